// A rate with its Wilson score interval (95 %): unlike the normal approximation it stays inside
// [0, 1] and behaves with small counts, which is what a script tried 12 times has.

export const Z95 = 1.959963984540054;

export interface Rate {
  /** Successes and trials. */
  k: number;
  n: number;
  /** k / n; NaN when n = 0 (no data, shown as —). */
  p: number;
  lo: number;
  hi: number;
}

export function wilson(k: number, n: number, z = Z95): Rate {
  if (!(n > 0)) return { k, n: 0, p: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { k, n, p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** Whether two intervals overlap (then the difference is not significant: "差异尚不显著"). */
export function intervalsOverlap(a: Rate, b: Rate): boolean {
  if (!(a.n > 0 && b.n > 0)) return true;
  return a.lo <= b.hi && b.lo <= a.hi;
}
