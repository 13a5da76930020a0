// Optional daily posting of the roll-up to the bank's intranet (policy `reportingEndpoint`, https
// only). Without the key nothing is sent anywhere. Hourly, the background posts each finished day
// not yet posted (yesterday, catching up at most 7 days), one roll-up per day; a failure stops the
// round and the same day is tried again at the next tick. Never blocks anything else.
import { browser } from 'wxt/browser';
import { getSettings } from '../settings';
import { analyticsReportedItem } from '../storage/items';
import { addDays, isISODay, todayISO } from '../time';
import { exportRollup, scriptInfoOf } from './rollup-export';
import type { ScriptInfo } from './rollup-build';
import type { DaihouDB } from '../db/database';

export const REPORT_ALARM = 'analytics-report';
const CATCH_UP_DAYS = 7;

export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export interface ReportDeps {
  fetch?: typeof fetch;
  now?: number;
  database?: DaihouDB;
  scriptInfo?: () => Promise<ReadonlyMap<string, ScriptInfo>>;
}

export type ReportOutcome = { status: 'off' | 'not-configured' | 'up-to-date' } | { status: 'sent'; days: string[] } | { status: 'failed'; days: string[]; failedDay: string };

async function activeScriptInfo(): Promise<ReadonlyMap<string, ScriptInfo>> {
  const { loadActivePack } = await import('../packs/active');
  const a = await loadActivePack();
  return scriptInfoOf(a.pack, a.packs);
}

/** Post every finished day not yet posted. */
export async function reportDue(deps: ReportDeps = {}): Promise<ReportOutcome> {
  const { values } = await getSettings();
  const url = values.reportingEndpoint;
  if (!url || !isHttpsUrl(url)) return { status: 'off' };
  const agentId = (values.rollupAgentId || values.agentId).trim();
  if (!agentId || !values.analyticsTeamSalt.trim()) return { status: 'not-configured' };
  const yesterday = addDays(todayISO(deps.now ?? Date.now()), -1);
  const last = await analyticsReportedItem.getValue();
  let day = isISODay(last) && last >= addDays(yesterday, -CATCH_UP_DAYS) ? addDays(last, 1) : addDays(yesterday, -CATCH_UP_DAYS + 1);
  if (day > yesterday) return { status: 'up-to-date' };
  const scriptInfo = await (deps.scriptInfo ?? activeScriptInfo)();
  const post = deps.fetch ?? fetch;
  const sent: string[] = [];
  for (; day <= yesterday; day = addDays(day, 1)) {
    try {
      const file = await exportRollup({ agentId, from: day, to: day, salt: values.analyticsTeamSalt, scriptInfo, ...(deps.database ? { database: deps.database } : {}) });
      const res = await post(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(file), credentials: 'omit', cache: 'no-store' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    } catch {
      return { status: 'failed', days: sent, failedDay: day };
    }
    await analyticsReportedItem.setValue(day);
    sent.push(day);
  }
  return { status: 'sent', days: sent };
}

/** Call once in the background's main(): an hourly tick (a failed day is retried at the next). */
export function registerReporting(deps: ReportDeps = {}): void {
  // Created once: the service worker starts often, and re-creating would push the tick back each time.
  void browser.alarms
    .get(REPORT_ALARM)
    .then(async (a) => {
      if (!a) await browser.alarms.create(REPORT_ALARM, { periodInMinutes: 60, delayInMinutes: 5 });
    })
    .catch(() => {});
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPORT_ALARM) void reportDue(deps).catch(() => {});
  });
}
