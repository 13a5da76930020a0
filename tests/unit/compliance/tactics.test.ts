import { describe, expect, it } from 'vitest';
import { explainProhibitedSearch, isProhibitedStrategy, LAWFUL_ALTERNATIVES, PROHIBITED_TACTICS } from '@/lib/compliance';

describe('prohibited tactics', () => {
  it('has the six tactics from the training material, each with why and lawful alternatives', () => {
    expect(PROHIBITED_TACTICS.map((t) => t.id).sort()).toEqual(
      ['blacklist', 'group-visit', 'kill-one-warn-hundred', 'property-threat', 'relatives-employer-pressure', 'relay-calling'].sort(),
    );
    for (const t of PROHIBITED_TACTICS) {
      expect(t.alternatives.length).toBeGreaterThan(0);
      for (const a of t.alternatives) expect(LAWFUL_ALTERNATIVES[a]).toBeDefined();
      for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) expect(t.why[lang].length).toBeGreaterThan(10);
    }
  });
  it.each([
    ['黑名单', 'blacklist'],
    ['黑名單', 'blacklist'],
    ['上门', 'group-visit'],
    ['上門催收怎么做', 'group-visit'],
    ['车轮战术', 'relay-calling'],
    ['杀一儆百', 'kill-one-warn-hundred'],
    ['找他单位领导', 'relatives-employer-pressure'],
    ['财产要挟', 'property-threat'],
    ['Blacklist', 'blacklist'],
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
});
