// A debtor who broke a promise and now promises again ("这次一定还"). When the call log holds a
// broken promise the agent has not yet acknowledged, and the debtor makes a new promise or a vague
// one, the `broken-promise` scenario's scripts come first; the flag quotes the earlier promise back
// and proposes a nearer date; a new promise from such a debtor gets a reminder the day before.
// Pure: no database, no browser.
import { addDays } from '../time/iso-date';
import { dateFromWords } from './promise-hints';

import { BROKEN_PROMISE_SCENARIO } from '../packs/domain-ids';

export { BROKEN_PROMISE_SCENARIO };

/** Situations that are a promise being made (vague or with a date): a broken one before makes them a broken-promise moment. */
export const PROMISE_SCENARIOS: readonly string[] = ['vague-promise', BROKEN_PROMISE_SCENARIO, 'after-payday'];

/** A debtor who broke a promise is asked for a date within this many days, not "next month". */
export const NEARER_PROMISE_DAYS = 3;

/** Is the debtor promising: the situation is a promise, or the words name a date ("下周五还")? */
export function isPromising(situation: string | null | undefined, utterance: string, todayISO: string): boolean {
  if (situation && PROMISE_SCENARIOS.includes(situation)) return true;
  return utterance.trim() !== '' && dateFromWords(utterance, todayISO) !== null;
}

/** The situations to show, the broken-promise one first when the debtor with a broken promise promises again. */
export function withBrokenPromiseFirst(scenarios: readonly string[], brokenPromise: boolean): string[] {
  if (!brokenPromise) return [...scenarios];
  return [BROKEN_PROMISE_SCENARIO, ...scenarios.filter((id) => id !== BROKEN_PROMISE_SCENARIO)];
}

/** A nearer date to propose instead of a far one: within NEARER_PROMISE_DAYS of today. */
export function nearerPromiseDate(todayISO: string, days = NEARER_PROMISE_DAYS): string {
  return addDays(todayISO, days);
}

/** The reminder day proposed for a new promise from a debtor who broke one: the day before it is due
 *  (null when that day is already past: the due-date reminder is all there is). */
export function dayBeforeReminder(dueDate: string, todayISO: string): string | null {
  const day = addDays(dueDate, -1);
  return day >= todayISO ? day : null;
}
