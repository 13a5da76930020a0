// Delinquency buckets (shared/domain.md §7): the one place days past due become M0…M6+.
// Every caller (extraction, the context card, script variables and ranking, pack tags) reads it here.

/** M0 = current, M1 = 1–30 days … M6 = 151–180, M6+ = 181 and over. */
export const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M6+'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The bucket for whole days past due; 0 or less (or not a number) is current, M0. */
export function bucketFromDays(days: number): Bucket {
  if (!(days > 0)) return 'M0';
  const n = Math.ceil(days / 30);
  return n > 6 ? 'M6+' : (`M${n}` as Bucket);
}

export function isBucket(s: string): s is Bucket {
  return (BUCKETS as readonly string[]).includes(s);
}
