// Calendar days of instants in a time zone, without a date library: the frequency rules count calls
// per debtor-local day, promises fall due on a calendar day.
import { addDays } from './iso-date';
import { zonedTimeToEpoch } from './zones';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/** YYYY-MM-DD of an instant in a time zone (undefined zone = this machine's). */
export function dayOf(epochMs: number, timeZone?: string): string {
  const f = timeZone ? dayFormatter(timeZone) : dayFormatter(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const parts = f.formatToParts(new Date(epochMs));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Today on this machine (the agent's day), YYYY-MM-DD. */
export function todayISO(now = Date.now()): string {
  return dayOf(now);
}

/** Epoch ms of a wall-clock time on a day in a zone (DST-correct; the compliance guard's arithmetic). */
export function zonedTime(day: string, timeZone: string, hour = 0, minute = 0): number {
  return zonedTimeToEpoch(day, hour * 60 + minute, timeZone);
}

/** [start, end) epoch ms of a calendar day in a zone. */
export function dayRange(day: string, timeZone: string): [number, number] {
  const next = addDays(day, 1);
  return [zonedTime(day, timeZone), zonedTime(next, timeZone)];
}
