// Promise and call-back reminders for the service worker: chrome.alarms wake it at 09:00 on a due
// date, at each agreed call-back time, and
// every 30 minutes; it marks late promises broken, runs the retention purge once a day and shows
// a notification per promise due today (no amount or full name unless the setting asks for them).
// Clicking one opens the debtor's CRM page when known.
import { browser } from 'wxt/browser';
import { db, dueCallbacks, duePromises, flagBrokenPromises, getDbSetting, indexPendingNotes, markCallbacksReminded, markReminded, purgeExpiredNotes, setDbSetting, upcomingCallbacks, upcomingPromises, type DaihouDB } from '@/lib/db';
import { addDays, todayISO } from '@/lib/time';
import { effectiveRetentionDays } from '@/lib/compliance/retention';
import { defaultSettings, getSettings } from '@/lib/settings';
import { resolveLocale, type Locale } from '@/lib/i18n/locale';
import {
  CALLBACK_ALARM_PREFIX,
  CALLBACK_GRACE_MS,
  callbackCallIdOf,
  callbackNotificationFor,
  CHECK_ALARM,
  CHECK_PERIOD_MINUTES,
  MAX_NOTIFICATIONS,
  notificationFor,
  planReminderAlarms,
  planCallbackAlarms,
  promiseIdOf,
  promisesToAnnounce,
  REMINDER_ALARM_PREFIX,
  summaryFor,
} from './plan';

export * from './plan';

export interface ReminderDeps {
  database?: DaihouDB;
  now?: () => number;
  /** Retention days; defaults to the effective setting (policy wins). */
  retentionDays?: () => Promise<number>;
  /** Notifications with amounts and full names; defaults to the effective setting (off). */
  notificationDetails?: () => Promise<boolean>;
}

const MAINTENANCE_KEY = 'internal:last-maintenance-day';

/** (Re)create the periodic check, one alarm per future due date and one per agreed call-back.
 *  Call after saving a promise or a call-back. */
export async function scheduleReminders(deps: ReminderDeps = {}): Promise<void> {
  const database = deps.database ?? db;
  const now = deps.now?.() ?? Date.now();
  if (!(await browser.alarms.get(CHECK_ALARM))) await browser.alarms.create(CHECK_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_PERIOD_MINUTES });
  const planned = [...planReminderAlarms(await upcomingPromises(todayISO(now), database), now), ...planCallbackAlarms(await upcomingCallbacks(now, database), now)];
  const wanted = new Set(planned.map((a) => a.name));
  const ours = (name: string) => name.startsWith(REMINDER_ALARM_PREFIX) || name.startsWith(CALLBACK_ALARM_PREFIX);
  for (const a of await browser.alarms.getAll()) if (ours(a.name) && !wanted.has(a.name)) await browser.alarms.clear(a.name);
  for (const a of planned) {
    const existing = await browser.alarms.get(a.name);
    if (existing?.scheduledTime !== a.when) await browser.alarms.create(a.name, { when: a.when });
  }
}

/** Once a day: purge expired notes (retention) and finish any search-index backfill. */
async function maintenance(deps: ReminderDeps, database: DaihouDB, today: string, now: number): Promise<void> {
  if ((await getDbSetting<string>(MAINTENANCE_KEY, database)) === today) return;
  // cn-bank keeps call records two years whatever the setting says (effectiveRetentionDays).
  const { values } = await getSettings().catch(() => ({ values: defaultSettings }));
  const configured = deps.retentionDays ? await deps.retentionDays() : values.retentionDays;
  await purgeExpiredNotes(effectiveRetentionDays(values.complianceProfile, configured), database, now);
  await setDbSetting(MAINTENANCE_KEY, today, database);
  void indexPendingNotes(database).catch(() => {});
}

/** Whether notifications show details, and the agent's UI language they are written in. */
async function notificationSettings(deps: ReminderDeps): Promise<{ details: boolean; locale: Locale }> {
  const { values } = await getSettings().catch(() => ({ values: defaultSettings }));
  const details = deps.notificationDetails ? await deps.notificationDetails() : values.notificationDetails;
  return { details, locale: resolveLocale(values.locale, globalThis.navigator?.languages ?? []) };
}

/** Show the due-today reminders that are due now; returns the promise ids announced. */
export async function checkPromises(deps: ReminderDeps = {}, force = false): Promise<number[]> {
  const database = deps.database ?? db;
  const now = deps.now?.() ?? Date.now();
  const today = todayISO(now);
  await flagBrokenPromises(today, database, now);
  await maintenance(deps, database, today, now).catch((e: unknown) => console.warn('daihou: maintenance failed', e));
  // Due today, and due tomorrow with the agent's extra reminder today.
  const tomorrow = (await duePromises(addDays(today, 1), database)).filter((p) => p.remindOn === today);
  const announce = promisesToAnnounce([...(await duePromises(today, database)), ...tomorrow], today, now, force);
  if (!announce.length) return [];
  const debtors = await database.debtors.bulkGet([...new Set(announce.map((p) => p.debtorKey))]);
  const byKey = new Map(debtors.filter((d) => d !== undefined).map((d) => [d.key, d]));
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const { details, locale } = await notificationSettings(deps);
  const shown = announce.length > MAX_NOTIFICATIONS ? [summaryFor(announce.length, locale)] : announce.map((p) => notificationFor(p, byKey.get(p.debtorKey), { details, today, locale }));
  for (const n of shown) {
    await browser.notifications.create(n.id, { type: 'basic', iconUrl, title: n.title, message: n.message, priority: 2, requireInteraction: true });
  }
  const ids = announce.map((p) => p.id!);
  await markReminded(ids, today, database);
  return ids;
}

/** Show the call-backs whose agreed time has come (or came while the browser was closed, within
 *  CALLBACK_GRACE_MS), once each; returns the call ids announced. */
export async function checkCallbacks(deps: ReminderDeps = {}): Promise<number[]> {
  const database = deps.database ?? db;
  const now = deps.now?.() ?? Date.now();
  const due = await dueCallbacks(now, CALLBACK_GRACE_MS, database);
  if (!due.length) return [];
  const debtors = await database.debtors.bulkGet([...new Set(due.map((c) => c.debtorKey))]);
  const byKey = new Map(debtors.filter((d) => d !== undefined).map((d) => [d.key, d]));
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const { details, locale } = await notificationSettings(deps);
  for (const c of due) {
    const n = callbackNotificationFor(c, byKey.get(c.debtorKey), { details, locale });
    await browser.notifications.create(n.id, { type: 'basic', iconUrl, title: n.title, message: n.message, priority: 2, requireInteraction: true });
  }
  const ids = due.map((c) => c.id);
  await markCallbacksReminded(ids, now, database);
  return ids;
}

/** The alarm listener: a due-date alarm announces at once; the periodic check from 09:00 on. */
export async function handleAlarm(alarm: { name: string }, deps: ReminderDeps = {}): Promise<number[]> {
  if (alarm.name === CHECK_ALARM) {
    const ids = await checkPromises(deps);
    await checkCallbacks(deps);
    await scheduleReminders(deps);
    return ids;
  }
  if (alarm.name.startsWith(CALLBACK_ALARM_PREFIX)) {
    const ids = await checkCallbacks(deps);
    await scheduleReminders(deps);
    return ids;
  }
  if (alarm.name.startsWith(REMINDER_ALARM_PREFIX)) {
    const ids = await checkPromises(deps, true);
    await scheduleReminders(deps);
    return ids;
  }
  return [];
}

/** Notification click: open the debtor's CRM page when its URL is known. Returns the URL opened. */
export async function handleNotificationClick(notificationId: string, deps: ReminderDeps = {}): Promise<string | null> {
  const promiseId = promiseIdOf(notificationId);
  const callId = callbackCallIdOf(notificationId);
  if (promiseId === null && callId === null) return null;
  const database = deps.database ?? db;
  await browser.notifications.clear(notificationId);
  const record = promiseId !== null ? await database.promises.get(promiseId) : await database.calls.get(callId!);
  const url = record ? (await database.debtors.get(record.debtorKey))?.url : undefined;
  if (!url || !/^https?:\/\//.test(url)) return null;
  await browser.tabs.create({ url, active: true });
  return url;
}

/** Call once, synchronously, in the background's main(): adds the listeners and schedules. */
export function registerReminders(deps: ReminderDeps = {}): void {
  const warn = (e: unknown) => console.warn('daihou: reminders', e);
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm, deps).catch(warn));
  browser.notifications?.onClicked.addListener((id) => void handleNotificationClick(id, deps).catch(warn));
  browser.runtime.onStartup?.addListener(() => void checkPromises(deps).catch(warn));
  void scheduleReminders(deps).catch(warn);
}
