// ISO calendar days ('YYYY-MM-DD') as plain values: checking, splitting and counting them.
// No time zone is involved here; an instant becomes a day only through lib/time/days.ts.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A real calendar day written YYYY-MM-DD ('2026-02-30' is not one). */
export function isISODay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function splitIso(isoDate: string): [number, number, number] {
  const m = ISO_DAY.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function isoFromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = splitIso(isoDate);
  return isoFromUtc(Date.UTC(y, m - 1, d + days));
}

/** Whole calendar days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = splitIso(a);
  const [y2, m2, d2] = splitIso(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Same month and day n years later; 29 Feb falls back to 28 Feb in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = splitIso(isoDate);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${pad(target, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

/** Same day n months later; a day past the month's end falls back to its last day (31 Jan → 28 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = splitIso(isoDate);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${pad(ty, 4)}-${pad(tm)}-${pad(Math.min(d, lastDay))}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = splitIso(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
