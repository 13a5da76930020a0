// "我的今天 / My day": the agent's own figures, read from this browser's database only (nothing is
// sent anywhere). Today = the agent's calendar day (this machine's zone unless told); the tables
// cover the last 30 such days. One indexed read per table: calls by `day`, promises by `callId`
// and `dueDate`, the audit by `at` — never a scan of the whole history.
import { REACHED_DEBTOR, type OutcomeCode } from '../call/outcomes';
import { countsAsAttempt } from '../db/calls';
import { DEBTOR_CONTACT } from '../db/contact-rules';
import { db, type DaihouDB } from '../db/database';
import type { CallRecord, PromiseRecord } from '../db/schema';
import { addDays, dayOf, dayRange } from '../time';

/** Amounts by currency code (a team may hold CNY and HKD cases): never summed across currencies. */
export type MoneyTotals = Record<string, number>;

export interface MyDayOptions {
  now?: number;
  /** The agent's IANA zone; this machine's when absent. */
  timeZone?: string;
  /** Length of the outcome tables' window in agent-local days, today included (30). */
  windowDays?: number;
}

/** Outcomes of a set of calls (one row of a 30-day table, or its total). */
export interface OutcomeRow {
  /** Contact attempts (see countsAsAttempt). */
  calls: number;
  /** Right-party contacts: the debtor (not a third party) was reached (REACHED_DEBTOR). */
  rpc: number;
  /** Calls that took at least one promise to pay. */
  promised: number;
  /** Calls with at least one of their promises marked kept. */
  kept: number;
}

export interface RuleCount {
  ruleId: string;
  /** Calls today with a warn or block finding of this rule. */
  calls: number;
  /** Of those, blocking findings. */
  blocks: number;
  /** Overrides of this rule logged today (audit). */
  overrides: number;
}

export interface MyDayToday {
  day: string;
  timeZone: string;
  /** Contact attempts started today: ended or saved with an outcome, not discarded. */
  calls: number;
  /** Call records started today that are not counted, and why. */
  excluded: { discarded: number; notEnded: number };
  rpc: number;
  /** Of `calls`, calls to a third-party contact (never right-party contacts). */
  thirdParty: number;
  /** Promise records taken on today's calls (each instalment of a signed plan is one). */
  promises: { count: number; amount: MoneyTotals };
  /** Promises falling due today (cancelled ones left out), and how many are kept so far. */
  due: { count: number; kept: number; pending: number; broken: number; amount: MoneyTotals; keptAmount: MoneyTotals };
  /** Calls today with at least one warn/block finding, findings by rule, overrides logged today. */
  compliance: { callsWithWarnings: number; overrides: number; byRule: RuleCount[] };
}

export interface IdRow extends OutcomeRow {
  id: string;
}

export interface MyDayWindow {
  /** First and last agent-local day of the window. */
  from: string;
  to: string;
  total: OutcomeRow;
  /** Situations (scenario ids) detected on calls, most frequent first. */
  scenarios: IdRow[];
  /** Scripts used or inserted on calls, most frequent first. */
  scripts: IdRow[];
}

export interface MyDayReport {
  today: MyDayToday;
  window: MyDayWindow;
}

const WINDOW_DAYS = 30;
// A call's `day` is in the debtor's zone; zones are at most 26 h apart, so a call of agent-local
// day D is filed under D-2 … D+2. The index range is widened by that, then instants decide.
const ZONE_SLACK_DAYS = 2;

const emptyRow = (): OutcomeRow => ({ calls: 0, rpc: 0, promised: 0, kept: 0 });

/** The debtor (not a third-party contact) was reached: the one definition of a right-party contact. */
export function isRightPartyContact(call: Pick<CallRecord, 'outcome' | 'contact' | 'endedAt' | 'discardedAt'>): boolean {
  if (!countsAsAttempt(call) || (call.contact ?? DEBTOR_CONTACT) !== DEBTOR_CONTACT) return false;
  return call.outcome !== undefined && REACHED_DEBTOR.has(call.outcome as OutcomeCode);
}

function addMoney(totals: MoneyTotals, p: PromiseRecord): void {
  const cur = p.currency || 'CNY';
  // Cents, so 0.1 + 0.2 adds up as the agent expects.
  totals[cur] = Math.round(((totals[cur] ?? 0) + p.amount) * 100) / 100;
}

function tally(rows: Map<string, IdRow>, ids: readonly string[], promised: boolean, kept: boolean, rpc: boolean): void {
  for (const id of new Set(ids)) {
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { id, ...emptyRow() }));
    row.calls++;
    if (rpc) row.rpc++;
    if (promised) row.promised++;
    if (kept) row.kept++;
  }
}

const byUse = (a: IdRow, b: IdRow) => b.calls - a.calls || b.promised - a.promised || a.id.localeCompare(b.id);

/** The agent's figures for today and the last `windowDays` days. */
export async function computeMyDay(opts: MyDayOptions = {}, database: DaihouDB = db): Promise<MyDayReport> {
  const now = opts.now ?? Date.now();
  const timeZone = opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = dayOf(now, timeZone);
  const from = addDays(today, -((opts.windowDays ?? WINDOW_DAYS) - 1));
  const [windowStart] = dayRange(from, timeZone);
  const [todayStart, todayEnd] = dayRange(today, timeZone);

  // Plain key-range reads (getAll), filtered here: a Dexie .filter() walks a cursor record by
  // record, 20× slower on the same rows.
  const [filed, due, logged] = await database.transaction('r', [database.calls, database.promises, database.audit], () =>
    Promise.all([
      database.calls.where('day').between(addDays(from, -ZONE_SLACK_DAYS), addDays(today, ZONE_SLACK_DAYS), true, true).toArray(),
      database.promises.where('dueDate').equals(today).toArray(),
      database.audit.where('at').between(todayStart, todayEnd, true, false).toArray(),
    ]),
  );
  const records = filed.filter((c) => c.startedAt >= windowStart && c.startedAt < todayEnd);
  const audit = logged.filter((a) => a.kind === 'override');

  const calls = records.filter(countsAsAttempt);
  const promisesByCall = new Map<number, PromiseRecord[]>();
  if (calls.length) {
    const ids = calls.map((c) => c.id!);
    let lo = ids[0]!;
    let hi = lo;
    for (const id of ids) (lo = Math.min(lo, id)), (hi = Math.max(hi, id));
    const wanted = new Set(ids);
    // Call ids grow with time: one key range over `callId` holds the window's promises.
    const promises = (await database.promises.where('callId').between(lo, hi, true, true).toArray()).filter((p) => wanted.has(p.callId!));
    for (const p of promises) {
      const list = promisesByCall.get(p.callId!);
      if (list) list.push(p);
      else promisesByCall.set(p.callId!, [p]);
    }
  }

  const t: MyDayToday = {
    day: today,
    timeZone,
    calls: 0,
    excluded: { discarded: 0, notEnded: 0 },
    rpc: 0,
    thirdParty: 0,
    promises: { count: 0, amount: {} },
    due: { count: 0, kept: 0, pending: 0, broken: 0, amount: {}, keptAmount: {} },
    compliance: { callsWithWarnings: 0, overrides: audit.length, byRule: [] },
  };
  for (const c of records) {
    if (c.startedAt < todayStart || countsAsAttempt(c)) continue;
    if (c.discardedAt !== undefined) t.excluded.discarded++;
    else t.excluded.notEnded++;
  }

  const rules = new Map<string, RuleCount>();
  const rule = (ruleId: string) => {
    let r = rules.get(ruleId);
    if (!r) rules.set(ruleId, (r = { ruleId, calls: 0, blocks: 0, overrides: 0 }));
    return r;
  };
  const total = emptyRow();
  const scenarios = new Map<string, IdRow>();
  const scripts = new Map<string, IdRow>();
  for (const c of calls) {
    const rpc = isRightPartyContact(c);
    const promises = promisesByCall.get(c.id!) ?? [];
    const promised = promises.length > 0;
    const kept = promises.some((p) => p.status === 'kept');
    total.calls++;
    if (rpc) total.rpc++;
    if (promised) total.promised++;
    if (kept) total.kept++;
    tally(scenarios, c.scenarios, promised, kept, rpc);
    tally(scripts, c.scriptsUsed, promised, kept, rpc);
    if (c.startedAt < todayStart) continue;

    t.calls++;
    if (rpc) t.rpc++;
    if ((c.contact ?? DEBTOR_CONTACT) !== DEBTOR_CONTACT) t.thirdParty++;
    for (const p of promises) {
      t.promises.count++;
      addMoney(t.promises.amount, p);
    }
    const warned = new Map<string, boolean>();
    for (const f of c.findings) if (f.severity !== 'info') warned.set(f.ruleId, warned.get(f.ruleId) === true || f.severity === 'block');
    if (warned.size) t.compliance.callsWithWarnings++;
    for (const [ruleId, block] of warned) {
      const r = rule(ruleId);
      r.calls++;
      if (block) r.blocks++;
    }
  }
  for (const a of audit) {
    const ids = Array.isArray(a.detail.rules) ? a.detail.rules.filter((x): x is string => typeof x === 'string') : [];
    for (const id of new Set(ids)) rule(id).overrides++;
  }
  t.compliance.byRule = [...rules.values()].sort((a, b) => b.calls + b.overrides - (a.calls + a.overrides) || a.ruleId.localeCompare(b.ruleId));

  for (const p of due) {
    if (p.status === 'cancelled') continue;
    t.due.count++;
    addMoney(t.due.amount, p);
    if (p.status === 'kept') {
      t.due.kept++;
      addMoney(t.due.keptAmount, p);
    } else if (p.status === 'pending') t.due.pending++;
    else t.due.broken++;
  }

  return {
    today: t,
    window: { from, to: today, total, scenarios: [...scenarios.values()].sort(byUse), scripts: [...scripts.values()].sort(byUse) },
  };
}
