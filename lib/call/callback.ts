// The time agreed with the debtor for a call-back (outcome `callback`): a default to start from
// (an hour from now, on the next quarter hour, moved to the next time the guard allows), the
// date-time field's value in the debtor's zone, and what is wrong with a time the agent typed.
import { isISODay, localTime, zonedTimeToEpoch } from '../time';
import { pad } from '../time/iso-date';

const QUARTER = 15 * 60_000;

/** +1 hour, up to the next quarter hour (14:07 → 15:15). All real zone offsets are whole quarters,
 *  so the quarter is the same on the debtor's clock. `allowedFrom` moves it to an allowed time. */
export function defaultCallbackTime(now: number, allowedFrom?: (at: number) => number | null): number {
  const t = Math.ceil((now + 60 * 60_000) / QUARTER) * QUARTER;
  return allowedFrom?.(t) ?? t;
}

/** "YYYY-MM-DDTHH:MM" on the zone's clock (a datetime-local field's value). */
export function toZonedInput(epochMs: number, timeZone: string): string {
  const l = localTime(epochMs, timeZone);
  return `${l.isoDate}T${pad(l.hour)}:${pad(l.minute)}`;
}

/** The instant a datetime-local value means on the zone's clock, or null for anything else. */
export function fromZonedInput(value: string, timeZone: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [, day, hh, mm] = m as unknown as [string, string, string, string];
  const h = Number(hh);
  const min = Number(mm);
  if (h > 23 || min > 59 || !isISODay(day)) return null;
  return zonedTimeToEpoch(day, h * 60 + min, timeZone);
}

export type CallbackProblem = 'missing' | 'past';

/** A call-back needs a time that is still ahead. */
export function callbackProblems(at: number | null, now: number): CallbackProblem[] {
  if (at === null) return ['missing'];
  return at <= now ? ['past'] : [];
}
