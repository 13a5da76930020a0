// Pure decisions of the reminders: which alarms to set, which promises to announce, and the
// notification text. No browser calls here, so every rule is a plain unit test.
import type { CallRecord, DebtorRecord, PromiseRecord } from '../db/schema';
import { formatMoney } from '../format/money';
import { formatHhMm, localTime } from '../time';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { reminderText } from './texts';

/** Reminders are shown from this hour (agent's local time) on the due date. */
export const REMINDER_HOUR = 9;
/** Periodic check: flags broken promises, catches reminders missed while the browser was closed. */
export const CHECK_ALARM = 'daihou-check';
export const CHECK_PERIOD_MINUTES = 30;
export const REMINDER_ALARM_PREFIX = 'daihou-reminder:';
export const NOTIFICATION_PREFIX = 'daihou-promise:';
export const SUMMARY_NOTIFICATION = 'daihou-promise-summary';
/** One alarm per agreed call-back, at its time. */
export const CALLBACK_ALARM_PREFIX = 'daihou-callback:';
export const CALLBACK_NOTIFICATION_PREFIX = 'daihou-callback-call:';
/** A call-back time missed while the browser was closed is still announced this long after it. */
export const CALLBACK_GRACE_MS = 2 * 60 * 60_000;
/** More notifications than this at once become one summary. */
export const MAX_NOTIFICATIONS = 5;

/** Epoch ms of REMINDER_HOUR:00 on a day, in this machine's local time. */
export function reminderTime(day: string, hour = REMINDER_HOUR): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, 0, 0, 0).getTime();
}

export interface PlannedAlarm {
  name: string;
  when: number;
}

/** One alarm at 09:00 on each future due date of a pending promise (today's, if 09:00 is still ahead),
 *  and on each extra reminder day the agent confirmed (`remindOn`, the day before the due date). */
export function planReminderAlarms(promises: Pick<PromiseRecord, 'dueDate' | 'status' | 'remindOn'>[], now: number, max = 60): PlannedAlarm[] {
  const pending = promises.filter((p) => p.status === 'pending');
  const days = [...new Set([...pending.map((p) => p.dueDate), ...pending.flatMap((p) => (p.remindOn ? [p.remindOn] : []))])].sort();
  return days
    .map((day) => ({ name: `${REMINDER_ALARM_PREFIX}${day}`, when: reminderTime(day) }))
    .filter((a) => a.when > now)
    .slice(0, max);
}

/** One alarm at each agreed call-back time still ahead (soonest first). */
export function planCallbackAlarms(calls: Pick<CallRecord, 'id' | 'callbackAt'>[], now: number, max = 40): PlannedAlarm[] {
  return calls
    .filter((c) => c.id !== undefined && c.callbackAt !== undefined && c.callbackAt > now)
    .sort((a, b) => a.callbackAt! - b.callbackAt!)
    .slice(0, max)
    .map((c) => ({ name: `${CALLBACK_ALARM_PREFIX}${c.id}`, when: c.callbackAt! }));
}

/** Promises to announce now: pending, due today or with an extra reminder today (`remindOn`), not
 *  yet announced today, and taken before today's reminder time (a promise made this afternoon for
 *  today needs no reminder). */
export function promisesToAnnounce(due: PromiseRecord[], today: string, now: number, force = false): PromiseRecord[] {
  const at = reminderTime(today);
  if (!force && now < at) return [];
  return due.filter((p) => p.status === 'pending' && (p.dueDate === today || p.remindOn === today) && p.remindedOn !== today && p.createdAt < at);
}

export interface NotificationText {
  id: string;
  title: string;
  message: string;
}

/** The last four digits of a number as shown (masked or not), or null. */
function lastDigits(shown: string): string | null {
  const digits = shown.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** How a notification is written: the agent's UI language, and whether it may show details. */
export interface NotificationOptions {
  details?: boolean | undefined;
  /** The agent's day: a promise due after it is announced as due tomorrow (the extra reminder). */
  today?: string | undefined;
  locale?: Locale | undefined;
}

/**
 * What a reminder says. By default only what the agent needs to find the case: the surname and
 * the account's last four digits ("张*（尾号 8812）的还款承诺今日到期…"), no amount, no full name,
 * as an OS notification shows on a shared screen and in the system's notification history.
 * With `details` (Options, or policy): "张伟（6225 **** **** 8812）承诺今日通过手机银行还款 ¥1,834.28。…"
 */
export function notificationFor(
  p: PromiseRecord,
  debtor: Pick<DebtorRecord, 'name' | 'accountId'> | undefined,
  opts: NotificationOptions = {},
): NotificationText {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const id = `${NOTIFICATION_PREFIX}${p.id}`;
  // The extra reminder the day before says "tomorrow" for "today".
  const tomorrow = opts.today !== undefined && p.dueDate > opts.today;
  const title = reminderText(locale, tomorrow ? 'dueTomorrowTitle' : 'dueTitle');
  const name = who(p.debtorKey, debtor, opts.details, locale);
  if (opts.details) {
    const amount = formatMoney(p.amount, locale, p.currency);
    return { id, title, message: reminderText(locale, tomorrow ? 'dueTomorrowDetails' : 'dueDetails', { who: name, method: p.method, amount }) };
  }
  return { id, title, message: reminderText(locale, tomorrow ? 'dueTomorrow' : 'due', { who: name }) };
}

/** Who the notification names: the surname and the account's last four digits, unless details are on. */
function who(debtorKey: string, debtor: Pick<DebtorRecord, 'name' | 'accountId'> | undefined, details: boolean | undefined, locale: Locale): string {
  const number = debtor?.accountId ?? debtorKey.split('|').slice(1).join('|');
  if (details) return debtor ? reminderText(locale, 'whoDetails', { name: debtor.name || reminderText(locale, 'debtor'), account: debtor.accountId }) : number;
  const name = [...(debtor?.name ?? '').trim()];
  const tail = lastDigits(number);
  const person = name.length ? reminderText(locale, 'whoMasked', { surname: name[0]! }) : reminderText(locale, 'whoUnknown');
  return `${person}${tail ? reminderText(locale, 'tail', { tail }) : ''}`;
}

/** "张*（尾号 8812）约定 15:30（债务人当地时间）回拨，请现在联系。" — the time on the debtor's clock. */
export function callbackNotificationFor(
  c: Pick<CallRecord, 'id' | 'debtorKey' | 'callbackAt' | 'callbackZone' | 'timeZone'>,
  debtor: Pick<DebtorRecord, 'name' | 'accountId'> | undefined,
  opts: Pick<NotificationOptions, 'details' | 'locale'> = {},
): NotificationText {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const zone = c.callbackZone ?? c.timeZone;
  const time = formatHhMm(localTime(c.callbackAt ?? 0, zone).minutesOfDay);
  return {
    id: `${CALLBACK_NOTIFICATION_PREFIX}${c.id}`,
    title: reminderText(locale, 'callbackTitle'),
    message: reminderText(locale, 'callback', { who: who(c.debtorKey, debtor, opts.details, locale), time }),
  };
}

/** The call id of a call-back notification, or null for any other notification. */
export function callbackCallIdOf(notificationId: string): number | null {
  if (!notificationId.startsWith(CALLBACK_NOTIFICATION_PREFIX)) return null;
  const id = Number(notificationId.slice(CALLBACK_NOTIFICATION_PREFIX.length));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function summaryFor(count: number, locale: Locale = DEFAULT_LOCALE): NotificationText {
  return { id: SUMMARY_NOTIFICATION, title: reminderText(locale, 'dueTitle'), message: reminderText(locale, 'summary', { count }) };
}

/** The promise id of a reminder notification, or null for any other notification. */
export function promiseIdOf(notificationId: string): number | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const id = Number(notificationId.slice(NOTIFICATION_PREFIX.length));
  return Number.isInteger(id) && id > 0 ? id : null;
}
