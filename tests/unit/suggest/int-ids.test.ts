import { describe, expect, it } from 'vitest';
import { IntIds } from '@/lib/suggest/int-ids';
import { featureKey } from '@/lib/suggest/ngrams';

describe('IntIds', () => {
  it('gives each key one dense id, in order of first sight, through many growths', () => {
    const ids = new IntIds(4);
    const keys = Array.from({ length: 5000 }, (_, i) => featureKey(2 ** 40 + i * 7919));
    keys.forEach((k, i) => expect(ids.idOf(k)).toBe(i));
    keys.forEach((k, i) => expect(ids.idOf(k)).toBe(i)); // again: the same id, nothing added
    expect(ids.size).toBe(5000);
    expect(ids.get(keys[1234]!)).toBe(1234);
    expect(ids.get(12345)).toBe(-1);
    const seen = new Map<number, number>();
    ids.forEach((k, id) => seen.set(k, id));
    expect(seen.size).toBe(5000);
    expect(seen.get(keys[4999]!)).toBe(4999);
  });
});

describe('featureKey', () => {
  it('keeps unigrams as char codes and folds every other key into [65536, 2^30)', () => {
    expect(featureKey(0x6ca1)).toBe(0x6ca1);
    for (const k of [65536, 0x6ca1 * 65536 + 0x94b1, 2 ** 49 + 12345, 2 ** 50 - 1]) {
      const f = featureKey(k);
      expect(Number.isInteger(f) && f >= 65536 && f < 2 ** 30).toBe(true);
    }
    expect(featureKey(2 ** 49 + 1)).toBe(featureKey(2 ** 49 + 1));
  });
});
