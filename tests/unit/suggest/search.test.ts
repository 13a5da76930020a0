import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { loadSearchIndex, type SearchIndex } from '@/lib/suggest/search';

let index: SearchIndex;
beforeAll(async () => {
  index = await loadSearchIndex(loadDefaultPackNode());
});

describe('quick search', () => {
  it('matches Chinese text, Simplified or Traditional', () => {
    expect(index.search('没钱')[0]).toMatchObject({ kind: 'scenario', scenarioId: 'no-money-now' });
    expect(index.search('離婚').map((h) => h.scenarioId)).toContain('divorced');
  });

  it('matches pinyin initials: mq → 没钱', () => {
    expect(index.search('mq').map((h) => h.scenarioId)).toContain('no-money-now');
  });

  it('matches full pinyin on syllable boundaries', () => {
    expect(index.search('lihun').map((h) => h.scenarioId)).toContain('divorced');
    expect(index.search('zhuguan')[0]?.scenarioId).toBe('ask-supervisor');
  });

  it('matches English titles and text', () => {
    expect(index.search('manager')[0]?.scenarioId).toBe('ask-supervisor');
    expect(index.search('wrong number').map((h) => h.scenarioId)).toContain('not-the-debtor');
  });

  it('finds scripts as well as scenarios, and nothing for an empty query', () => {
    expect(index.search('支付令', 50).some((h) => h.kind === 'script')).toBe(true);
    expect(index.search('   ')).toEqual([]);
  });
});

describe('pinyin ranking on the default pack', () => {
  it('"fenqi" finds what says 分期 first (scripts, or a scenario titled with it), before words it merely begins (分钱)', () => {
    const pack = loadDefaultPackNode();
    const text = new Map(pack.scenarios.flatMap((s) => s.scripts.map((x) => [x.id, x.text] as const)));
    const title = new Map(pack.scenarios.map((s) => [s.id, s.title['zh-CN']] as const));
    const hits = index.search('fenqi', 10);
    const top = hits.slice(0, 3);
    expect(top.length).toBe(3);
    expect(top.some((h) => h.kind === 'script')).toBe(true);
    for (const h of top) {
      expect(h.kind === 'script' ? text.get(h.scriptId!) : title.get(h.scenarioId)).toContain('分期');
    }
    const defiant = hits.findIndex((h) => h.scenarioId === 'defiant'); // only “一分钱都不会给”
    if (defiant >= 0) expect(hits[defiant]!.score).toBeLessThan(top[2]!.score);
  });
});
