// My day on a seeded database: known calls, promises and overrides → exact figures. The agent is in
// Shanghai and it is 23:45 on 2026-11-23 there; one debtor lives in Auckland (already the 24th).
import { describe, expect, it } from 'vitest';
import { computeMyDay, isRightPartyContact } from '@/lib/analytics/my-day';
import { myDayTitles } from '@/lib/analytics/my-day-titles';
import { discardCall, logOverride, markPromise, saveCallWithNote, startCall, type CallResult, type DaihouDB, type PromiseInput } from '@/lib/db';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { mergePacks } from '@/lib/packs/merge';
import { freshDb } from '../db/helpers';

const ZONE = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);
const NOW = at('2026-11-23T23:45:00');

interface Seeded {
  callId: number;
  promiseId?: number;
}

async function call(
  d: DaihouDB,
  local: string,
  result: CallResult,
  opts: { debtor?: string; timeZone?: string; contact?: string; promise?: PromiseInput; scenarios?: string[]; scripts?: string[] } = {},
): Promise<Seeded> {
  const startedAt = at(local);
  const callId = await startCall(
    opts.debtor ?? 'crm|1',
    { startedAt, timeZone: opts.timeZone ?? ZONE, scenarios: opts.scenarios ?? [], scriptsUsed: opts.scripts ?? [], ...(opts.contact ? { contact: opts.contact } : {}) },
    d,
  );
  const saved = await saveCallWithNote({ debtorKey: opts.debtor ?? 'crm|1', callId, result: { endedAt: startedAt + 120_000, ...result }, note: '', promise: opts.promise ?? null, now: startedAt + 120_000 }, d);
  return { callId, ...(saved.promiseId !== undefined ? { promiseId: saved.promiseId } : {}) };
}

async function seed(): Promise<DaihouDB> {
  const d = freshDb();
  // Today, 00:05 local (still the 22nd in UTC): a right-party contact with a promise.
  await call(d, '2026-11-23T00:05:00', { outcome: 'ptp', findings: [{ ruleId: 'call-hours', severity: 'warn' }] }, {
    promise: { amount: 1000.1, dueDate: '2026-11-30', method: '手机银行' },
    scenarios: ['no-money-now', 'no-money-now'],
    scripts: ['no-money-now-partial'],
  });
  // Today 23:30 local, debtor in Auckland: filed under the debtor's 2026-11-24, still the agent's today.
  await call(d, '2026-11-23T23:30:00', { outcome: 'refused', findings: [{ ruleId: 'call-hours', severity: 'block', overridden: true }, { ruleId: 'tone', severity: 'info' }] }, {
    debtor: 'crm|2',
    timeZone: 'Pacific/Auckland',
    scenarios: ['hard-times'],
    scripts: ['hard-times-understand', 'no-money-now-partial'],
  });
  // Today: a third party reached and a call-back agreed — an attempt, never a right-party contact.
  await call(d, '2026-11-23T10:00:00', { outcome: 'callback', callback: { at: at('2026-11-24T10:00:00'), timeZone: ZONE } }, { contact: '配偶', scenarios: ['hard-times'] });
  // Today: nobody answered.
  await call(d, '2026-11-23T11:00:00', { outcome: 'no-answer', findings: [{ ruleId: 'daily-frequency', severity: 'warn' }] });
  // Today: discarded (started by mistake) and never ended: not attempts.
  const mistaken = await startCall('crm|3', { startedAt: at('2026-11-23T12:00:00'), timeZone: ZONE, scenarios: ['hard-times'] }, d);
  await discardCall(mistaken, { now: at('2026-11-23T12:00:05') }, d);
  await startCall('crm|3', { startedAt: at('2026-11-23T13:00:00'), timeZone: ZONE, scenarios: ['hard-times'] }, d);

  // Yesterday 23:30 local: in the 30-day tables, not today. Its promise falls due today and is kept.
  const late = await call(d, '2026-11-22T23:30:00', { outcome: 'ptp' }, { promise: { amount: 500, dueDate: '2026-11-23', method: '柜台' }, scenarios: ['no-money-now'], scripts: ['no-money-now-partial'] });
  await markPromise(late.promiseId!, 'kept', { paidAmount: 500 }, d, at('2026-11-23T15:00:00'));
  // Ten days ago: a promise due today, still pending; another due today was cancelled.
  await call(d, '2026-11-13T09:00:00', { outcome: 'ptp' }, { promise: { amount: 300, dueDate: '2026-11-23', method: '柜台', currency: 'HKD' }, scenarios: ['hard-times'], scripts: ['hard-times-plan'] });
  const cancelled = await call(d, '2026-11-14T09:00:00', { outcome: 'ptp' }, { promise: { amount: 700, dueDate: '2026-11-23', method: '柜台' } });
  await markPromise(cancelled.promiseId!, 'cancelled', {}, d, at('2026-11-15T09:00:00'));
  // 40 days ago: outside the window.
  await call(d, '2026-10-14T09:00:00', { outcome: 'paid' }, { scenarios: ['no-money-now'], scripts: ['no-money-now-partial'] });

  // Overrides: one logged today (two rules), one yesterday.
  await logOverride({ debtorKey: 'crm|2', reason: '客户主动要求此时回电', rules: ['call-hours', 'daily-frequency'] }, d, at('2026-11-23T23:31:00'));
  await logOverride({ debtorKey: 'crm|1', reason: '客户主动要求此时回电', rules: ['call-hours'] }, d, at('2026-11-22T23:31:00'));
  return d;
}

describe('computeMyDay', () => {
  it('counts today in the agent’s zone: attempts, exclusions, right-party contacts, promises, due and kept, warnings', async () => {
    const d = await seed();
    const { today } = await computeMyDay({ now: NOW, timeZone: ZONE }, d);
    expect(today.day).toBe('2026-11-23');
    expect(today.calls).toBe(4);
    expect(today.excluded).toEqual({ discarded: 1, notEnded: 1 });
    expect(today.rpc).toBe(2);
    expect(today.thirdParty).toBe(1);
    expect(today.promises).toEqual({ count: 1, amount: { CNY: 1000.1 } });
    expect(today.due).toEqual({ count: 2, kept: 1, pending: 1, broken: 0, amount: { CNY: 500, HKD: 300 }, keptAmount: { CNY: 500 } });
    expect(today.compliance.callsWithWarnings).toBe(3);
    expect(today.compliance.overrides).toBe(1);
    expect(today.compliance.byRule).toEqual([
      { ruleId: 'call-hours', calls: 2, blocks: 1, overrides: 1 },
      { ruleId: 'daily-frequency', calls: 1, blocks: 0, overrides: 1 },
    ]);
  });

  it('the same records seen from UTC: the 00:05 call belongs to the day before, the 23:30 one to today', async () => {
    const d = await seed();
    const { today } = await computeMyDay({ now: NOW, timeZone: 'UTC' }, d);
    // 2026-11-23 in UTC runs 08:00 on the 23rd to 08:00 on the 24th Shanghai time.
    expect(today.day).toBe('2026-11-23');
    expect(today.calls).toBe(3); // third party 10:00, no answer 11:00, Auckland 23:30
    expect(today.rpc).toBe(1);
    expect(today.promises.count).toBe(0);
    expect(today.excluded).toEqual({ discarded: 1, notEnded: 1 });
  });

  it('the 30-day tables: situations and scripts with calls, right-party contacts, promised and kept calls', async () => {
    const d = await seed();
    const { window } = await computeMyDay({ now: NOW, timeZone: ZONE }, d);
    expect(window.from).toBe('2026-10-25');
    expect(window.to).toBe('2026-11-23');
    expect(window.total).toEqual({ calls: 7, rpc: 5, promised: 4, kept: 1 });
    expect(window.scenarios).toEqual([
      { id: 'hard-times', calls: 3, rpc: 2, promised: 1, kept: 0 },
      { id: 'no-money-now', calls: 2, rpc: 2, promised: 2, kept: 1 },
    ]);
    expect(window.scripts).toEqual([
      { id: 'no-money-now-partial', calls: 3, rpc: 3, promised: 2, kept: 1 },
      { id: 'hard-times-plan', calls: 1, rpc: 1, promised: 1, kept: 0 },
      { id: 'hard-times-understand', calls: 1, rpc: 1, promised: 0, kept: 0 },
    ]);
  });

  it('a new agent: every figure zero, empty tables', async () => {
    const report = await computeMyDay({ now: NOW, timeZone: ZONE }, freshDb());
    expect(report.today).toMatchObject({ calls: 0, rpc: 0, excluded: { discarded: 0, notEnded: 0 }, promises: { count: 0, amount: {} } });
    expect(report.today.due.count).toBe(0);
    expect(report.window).toMatchObject({ total: { calls: 0, rpc: 0, promised: 0, kept: 0 }, scenarios: [], scripts: [] });
  });

  it('a right-party contact is the debtor reached: not a third party, not a discarded or unanswered call', () => {
    expect(isRightPartyContact({ outcome: 'refused', endedAt: 1 })).toBe(true);
    expect(isRightPartyContact({ outcome: 'refused', endedAt: 1, contact: 'debtor' })).toBe(true);
    expect(isRightPartyContact({ outcome: 'callback', endedAt: 1, contact: '配偶' })).toBe(false);
    expect(isRightPartyContact({ outcome: 'no-answer', endedAt: 1 })).toBe(false);
    expect(isRightPartyContact({ endedAt: 1 })).toBe(false);
    expect(isRightPartyContact({ outcome: 'ptp', endedAt: 1, discardedAt: 2 })).toBe(false);
  });
});

describe('myDayTitles', () => {
  it('names situations and scripts from the active pack; an id it lacks stands as itself', async () => {
    const pack = mergePacks([await loadDefaultPackNode()]);
    const zh = myDayTitles(pack, 'zh-CN');
    expect(zh.scenario('no-money-now')).toEqual({ title: '暂时没钱' });
    const script = zh.script('no-money-now-partial');
    expect(script.context).toBe('暂时没钱');
    expect(script.title.length).toBeGreaterThan(4);
    expect(script.title.length).toBeLessThanOrEqual(40);
    expect(script.unknown).toBeUndefined();
    expect(myDayTitles(pack, 'en').scenario('no-money-now').title).not.toBe('暂时没钱');
    expect(zh.script('stage-open-recording').context).toBeTruthy();
    expect(zh.scenario('gone-scenario')).toEqual({ title: 'gone-scenario', unknown: true });
    expect(myDayTitles(null, 'en').script('x')).toEqual({ title: 'x', unknown: true });
  });
});
