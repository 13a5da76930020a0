// Limitation period (诉讼时效): 3 years (民法典 Art. 188) from the due date or the last interruption (Art. 195).
// Only evidence interrupts it: a demand recorded as having reached the debtor (with the call's
// recording reference), the debtor's acknowledgement or promise, a partial payment. A logged
// conversation alone moves nothing — the deadline must never look later than the evidence allows.
// Deliberately conservative: the deadline is the same calendar date 3 years on, and Art. 203's
// extension past a holiday is not applied — a warning that comes a day early is harmless, a late one is not.
import { addDays, addYears, daysBetween, DEFAULT_TIME_ZONE, isISODay, localTime } from '../time';
import type { CallAttempt, Interruption } from './types';

export const LIMITATION_YEARS = 3;
export const LIMITATION_WARN_DAYS = { first: 180, final: 30 } as const;

export type LimitationLevel = 'ok' | 'warn-180' | 'warn-30' | 'expired';

/** What the deadline rests on: the due date, or the kind of the latest interruption. */
export type LimitationBasis = 'due-date' | Interruption['kind'];

export interface LimitationStatus {
  /** The latest interruption that restarted the period, if any restarted it after the due date. */
  lastInterruption: (Interruption & { date: string }) | null;
  /** The event the deadline rests on (shown on the context card). */
  basis: LimitationBasis;
  /** ISO date the current period started from (due date or last interruption). */
  startDate: string;
  /** ISO date: last day of the period (conservative, see the file header). */
  deadline: string;
  /** Days from today (debtor's local date) to the deadline; 0 = today is the last day, negative = expired. */
  daysLeft: number;
  level: LimitationLevel;
}

export interface LimitationInput {
  now: number;
  timeZone?: string;
  defaultDate?: string;
  interruptions?: Interruption[];
  /** The call log: only calls whose wrap-up recorded an interruption count (see CallAttempt.interruption). */
  attempts?: CallAttempt[];
}

export function limitationLevel(daysLeft: number): LimitationLevel {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= LIMITATION_WARN_DAYS.final) return 'warn-30';
  if (daysLeft <= LIMITATION_WARN_DAYS.first) return 'warn-180';
  return 'ok';
}

/** The due date implied by days past due on the debtor's local `today` (conservative: the day before the first overdue day). */
export function dueDateFromDaysPastDue(today: string, daysPastDue: number | null | undefined): string | undefined {
  if (typeof daysPastDue !== 'number' || !Number.isInteger(daysPastDue) || daysPastDue < 1 || !isISODay(today)) return undefined;
  return addDays(today, -daysPastDue);
}

/** A recorded demand counts only with its recording reference: without it there is no evidence. */
export function isEvidence(i: Pick<Interruption, 'kind' | 'ref'>): boolean {
  return i.kind !== 'demand-reached' || !!i.ref?.trim();
}

/** Interruptions from the explicit list plus the call log's recorded evidence, up to now, latest last. */
export function collectInterruptions(input: LimitationInput): Interruption[] {
  const fromCalls: Interruption[] = (input.attempts ?? []).flatMap((a) =>
    a.interruption ? [{ at: a.at, kind: a.interruption.kind, ...(a.interruption.ref ? { ref: a.interruption.ref } : {}) }] : [],
  );
  return [...(input.interruptions ?? []), ...fromCalls]
    .filter((i) => i.at <= input.now && isEvidence(i))
    .sort((a, b) => a.at - b.at);
}

/** null when nothing is known to start a period from (no due date and no interruption). */
export function computeLimitation(input: LimitationInput): LimitationStatus | null {
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const interruptions = collectInterruptions(input);
  const last = interruptions[interruptions.length - 1];
  const lastDate = last ? localTime(last.at, zone).isoDate : undefined;
  const due = input.defaultDate && isISODay(input.defaultDate) ? input.defaultDate : undefined;

  let startDate: string;
  let lastInterruption: LimitationStatus['lastInterruption'] = null;
  if (last && lastDate && (!due || lastDate >= due)) {
    startDate = lastDate;
    lastInterruption = { ...last, date: lastDate };
  } else if (due) {
    startDate = due;
  } else {
    return null;
  }
  const deadline = addYears(startDate, LIMITATION_YEARS);
  const daysLeft = daysBetween(localTime(input.now, zone).isoDate, deadline);
  const basis: LimitationBasis = lastInterruption ? lastInterruption.kind : 'due-date';
  return { lastInterruption, basis, startDate, deadline, daysLeft, level: limitationLevel(daysLeft) };
}
