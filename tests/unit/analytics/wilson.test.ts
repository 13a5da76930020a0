import { describe, expect, it } from 'vitest';
import { intervalsOverlap, wilson } from '@/lib/analytics/wilson';

describe('Wilson 95 % interval', () => {
  it.each([
    // k, n, lo, hi (published values for z = 1.96)
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [5, 10, 0.2366, 0.7634],
    [1, 10, 0.0179, 0.4042],
    [81, 263, 0.2553, 0.3662],
    [50, 100, 0.4038, 0.5962],
  ])('%i of %i → [%f, %f]', (k, n, lo, hi) => {
    const r = wilson(k, n);
    expect(r.p).toBeCloseTo(k / n, 10);
    expect(r.lo).toBeCloseTo(lo, 4);
    expect(r.hi).toBeCloseTo(hi, 4);
  });

  it('no trials: no rate, no interval', () => {
    const r = wilson(0, 0);
    expect(r.n).toBe(0);
    expect(Number.isNaN(r.p) && Number.isNaN(r.lo) && Number.isNaN(r.hi)).toBe(true);
  });

  it('overlap: 40 % vs 20 % of 200 do not overlap; of 20 they do', () => {
    expect(intervalsOverlap(wilson(80, 200), wilson(40, 200))).toBe(false);
    expect(intervalsOverlap(wilson(8, 20), wilson(4, 20))).toBe(true);
  });
});
