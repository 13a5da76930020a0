// How the dashboard writes its figures: whole counts, percentages with one decimal, intervals.
import type { Rate } from '@/lib/analytics/wilson';

export const pct = (p: number) => (Number.isFinite(p) ? `${(p * 100).toFixed(1)}%` : '—');

export function rateText(r: Rate): string {
  return r.n > 0 ? `${pct(r.p)} [${pct(r.lo)}–${pct(r.hi)}]` : '—';
}

export function formatCell(v: string | number | Rate): string {
  if (typeof v === 'number') return Number.isFinite(v) ? v.toLocaleString('en-US') : '—';
  if (typeof v === 'string') return v;
  return rateText(v);
}

/** A number for a data attribute: '' when there is none (NaN: no trials). */
export const finite = (x: number): number | string => (Number.isFinite(x) ? x : '');
