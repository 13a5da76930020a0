import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketFromDays, isBucket } from '@/lib/domain/bucket';

describe('bucketFromDays (shared/domain.md §7)', () => {
  it('puts each boundary day in its bucket', () => {
    const at = [0, 1, 30, 31, 60, 61, 90, 91, 120, 121, 150, 151, 180, 181, 999];
    expect(at.map(bucketFromDays)).toEqual(['M0', 'M1', 'M1', 'M2', 'M2', 'M3', 'M3', 'M4', 'M4', 'M5', 'M5', 'M6', 'M6', 'M6+', 'M6+']);
  });

  it('treats no days past due, negatives and non-numbers as current', () => {
    expect([-3, Number.NaN].map(bucketFromDays)).toEqual(['M0', 'M0']);
  });

  it('only ever answers a listed bucket', () => {
    for (let d = 0; d <= 400; d++) expect(isBucket(bucketFromDays(d)), String(d)).toBe(true);
    expect(BUCKETS).toContain('M6');
    expect(isBucket('M7')).toBe(false);
  });
});
