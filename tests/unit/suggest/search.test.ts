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
