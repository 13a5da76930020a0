import { describe, expect, it } from 'vitest';
import { explainProhibitedSearch, isProhibitedStrategy, LAWFUL_ALTERNATIVES, PROHIBITED_TACTICS } from '@/lib/compliance';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { PROHIBITED_TACTIC_IDS } from '@/lib/packs/domain-ids';

describe('prohibited tactics', () => {
  it('has the tactics the training material and agents name, each with why, the law and lawful alternatives', () => {
    // Every domain tactic, plus the default pack's prohibited strategy good-cop-bad-cop (软硬兼施 / 黑白脸).
    expect(PROHIBITED_TACTICS.map((t) => t.id).sort()).toEqual([...PROHIBITED_TACTIC_IDS, 'good-cop-bad-cop'].sort());
    for (const t of PROHIBITED_TACTICS) {
      expect(t.alternatives.length).toBeGreaterThan(0);
      for (const a of t.alternatives) expect(LAWFUL_ALTERNATIVES[a]).toBeDefined();
      for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
        expect(t.why[lang].length).toBeGreaterThan(10);
        expect(t.law[lang].length, `${t.id} law ${lang}`).toBeGreaterThan(5);
      }
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
    // Agents' own names for the tactics, each explained:
    ['黑白脸', 'good-cop-bad-cop'],
    ['軟硬兼施', 'good-cop-bad-cop'],
    ['软硬兼施', 'good-cop-bad-cop'],
    ['锁机', 'device-lock'],
    ['给他锁机', 'device-lock'],
    ['拖车', 'vehicle-repossession'],
    ['拖車', 'vehicle-repossession'],
    ['暗访', 'covert-surveillance'],
    ['暗訪客户', 'covert-surveillance'],
    ['车轮战', 'relay'],
    ['轮番轰炸', 'relay'],
    ['呼死你', 'relay'],
    ['爆通讯录', 'pressure-third-parties'],
    ['上门围堵', 'group-visit'],
    ['曝光黑名单', 'public-blacklist'],
    ['威胁财产', 'property-threat'],
    ['联系家人施压', 'pressure-third-parties'],
    ['lock the phone', 'device-lock'],
    ['repossession', 'vehicle-repossession'],
  ])('searching %s explains %s', (q, id) => {
    expect(explainProhibitedSearch(q).map((t) => t.id)).toContain(id);
  });
  it('ordinary searches find nothing', () => {
    expect(explainProhibitedSearch('分期还款')).toEqual([]);
    expect(explainProhibitedSearch('共情')).toEqual([]);
    for (const q of ['诉前财产保全', '跟踪还款进度', '手机停机了', '约定回拨', '支付令']) expect(explainProhibitedSearch(q), q).toEqual([]);
    expect(explainProhibitedSearch('')).toEqual([]);
  });
  it('maps the seed strategies relay and offensive to prohibited tactics', () => {
    expect(isProhibitedStrategy('relay')).toBe(true);
    expect(isProhibitedStrategy('offensive')).toBe(true);
    expect(isProhibitedStrategy('good-cop-bad-cop')).toBe(true);
    // …and the default pack rates that strategy prohibited, as the explanation says.
    expect(loadDefaultPackNode().techniques.find((t) => t.id === 'good-cop-bad-cop')?.rating).toBe('prohibited');
    expect(isProhibitedStrategy('rapport')).toBe(false);
  });

  it('shares its ids with the packs: every tactic the default pack describes is one of them, rated prohibited', () => {
    const pack = loadDefaultPackNode();
    const described = pack.techniques.filter((t) => (PROHIBITED_TACTIC_IDS as readonly string[]).includes(t.id));
    // kill-one-warn-hundred has no entry of its own (the pack describes it under pressure-third-parties).
    expect(described.map((t) => t.id).sort()).toEqual(PROHIBITED_TACTIC_IDS.filter((t) => t !== 'kill-one-warn-hundred').sort());
    for (const t of described) expect(t.rating, t.id).toBe('prohibited');
  });
});
