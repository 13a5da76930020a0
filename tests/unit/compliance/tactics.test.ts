import { describe, expect, it } from 'vitest';
import { explainProhibitedSearch, isProhibitedStrategy, LAWFUL_ALTERNATIVES, PROHIBITED_TACTICS } from '@/lib/compliance';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { PROHIBITED_TACTIC_IDS } from '@/lib/packs/domain-ids';

describe('prohibited tactics', () => {
  it('has the six tactics from the training material, each with why and lawful alternatives', () => {
    expect(PROHIBITED_TACTICS.map((t) => t.id).sort()).toEqual([...PROHIBITED_TACTIC_IDS].sort());
    for (const t of PROHIBITED_TACTICS) {
      expect(t.alternatives.length).toBeGreaterThan(0);
      for (const a of t.alternatives) expect(LAWFUL_ALTERNATIVES[a]).toBeDefined();
      for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) expect(t.why[lang].length).toBeGreaterThan(10);
    }
  });
  it.each([
    ['黑名单', 'public-blacklist'],
    ['黑名單', 'public-blacklist'],
    ['上门', 'group-visit'],
    ['上門催收怎么做', 'group-visit'],
    ['车轮战术', 'relay'],
    ['杀一儆百', 'kill-one-warn-hundred'],
    ['找他单位领导', 'pressure-third-parties'],
    ['财产要挟', 'property-threat'],
    ['Blacklist', 'public-blacklist'],
  ])('searching %s explains %s', (q, id) => {
    expect(explainProhibitedSearch(q).map((t) => t.id)).toContain(id);
  });
  it('ordinary searches find nothing', () => {
    expect(explainProhibitedSearch('分期还款')).toEqual([]);
    expect(explainProhibitedSearch('共情')).toEqual([]);
    expect(explainProhibitedSearch('')).toEqual([]);
  });
  it('maps the seed strategies relay and offensive to prohibited tactics', () => {
    expect(isProhibitedStrategy('relay')).toBe(true);
    expect(isProhibitedStrategy('offensive')).toBe(true);
    expect(isProhibitedStrategy('rapport')).toBe(false);
  });

  it('shares its ids with the packs: every tactic the default pack describes is one of them, rated prohibited', () => {
    const pack = loadDefaultPackNode();
    const described = pack.techniques.filter((t) => (PROHIBITED_TACTIC_IDS as readonly string[]).includes(t.id));
    expect(described.map((t) => t.id).sort()).toEqual(['group-visit', 'pressure-third-parties', 'property-threat', 'public-blacklist', 'relay']);
    for (const t of described) expect(t.rating, t.id).toBe('prohibited');
  });
});
