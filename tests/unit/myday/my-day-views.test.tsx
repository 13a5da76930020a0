// "我的今天 / My day" as the agent sees it: the panel's fold (closed at first, today's figures once
// unfolded, live as calls are saved) and the page (figures, warnings by rule, 30-day tables with
// the pack's titles). Seeded in the product database (fake-indexeddb); figures read via data-metric.
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyDayPage } from '@/components/myday/MyDayPage';
import { db, discardCall, logOverride, markPromise, saveCallWithNote, startCall, type CallResult, type PromiseInput } from '@/lib/db';
import { dayRange, todayISO } from '@/lib/time';
import { fireEvent, renderPanel, screen, waitFor } from '../components/helpers';

// The agent's zone is this machine's; "today" is read as the page reads it.
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const todayStart = () => dayRange(todayISO(), zone())[0];
const MIN = 60_000;

async function call(startedAt: number, result: CallResult, opts: { contact?: string; promise?: PromiseInput; scenarios?: string[]; scripts?: string[] } = {}) {
  const callId = await startCall('crm|1', { startedAt, scenarios: opts.scenarios ?? [], scriptsUsed: opts.scripts ?? [], ...(opts.contact ? { contact: opts.contact } : {}) });
  return saveCallWithNote({ debtorKey: 'crm|1', callId, result: { endedAt: startedAt + MIN, ...result }, note: '', promise: opts.promise ?? null, now: startedAt + MIN });
}

async function seed() {
  const start = todayStart();
  const today = todayISO();
  await call(start + 30 * MIN, { outcome: 'ptp', findings: [{ ruleId: 'call-hours', severity: 'warn' }] }, { promise: { amount: 1200.5, dueDate: '2099-01-01', method: '手机银行' }, scenarios: ['no-money-now'], scripts: ['no-money-now-partial'] });
  await call(start + 40 * MIN, { outcome: 'callback', callback: { at: start + 26 * 60 * MIN, timeZone: 'Asia/Shanghai' } }, { contact: '配偶', scenarios: ['hard-times'] });
  await call(start + 50 * MIN, { outcome: 'no-answer' });
  // Yesterday 23:30 local: not today; its promise falls due today and is kept.
  const late = await call(start - 30 * MIN, { outcome: 'ptp' }, { promise: { amount: 800, dueDate: today, method: '柜台' }, scenarios: ['no-money-now'], scripts: ['no-money-now-partial'] });
  await markPromise(late.promiseId!, 'kept', {}, db);
  const mistaken = await startCall('crm|2', { startedAt: start + 60 * MIN });
  await discardCall(mistaken, {}, db);
  await startCall('crm|2', { startedAt: start + 70 * MIN }); // never ended
  await logOverride({ debtorKey: 'crm|1', reason: '客户要求此时回电', rules: ['call-hours'] }, db, start + 31 * MIN);
}

const metric = (name: string) => document.querySelector(`[data-metric="${name}"]`)?.textContent ?? null;

async function unfold() {
  const fold = await screen.findByTestId('myday-fold');
  (fold as HTMLDetailsElement).open = true;
  fireEvent(fold, new Event('toggle'));
}

describe('My day in the side panel', () => {
  it('is folded and reads nothing until unfolded; then today’s figures, live', async () => {
    await seed();
    await renderPanel({ page: null });
    expect(screen.getByTestId('myday-fold')).toHaveProperty('open', false);
    expect(screen.queryByTestId('myday-body')).toBeNull();
    expect(document.querySelector('[data-metric]')).toBeNull();

    await unfold();
    await waitFor(() => expect(metric('calls')).toBe('3'), { timeout: 5_000 });
    expect(metric('rpc')).toBe('1');
    expect(metric('third-party')).toBe('1');
    expect(metric('promises')).toBe('1');
    expect(metric('promises-amount')).toBe('¥1,200.50');
    expect(metric('due')).toBe('1');
    expect(metric('due-kept')).toBe('1');
    expect(metric('due-kept-amount')).toBe('¥800.00');
    expect(metric('warnings')).toBe('1');
    expect(metric('overrides')).toBe('1');
    expect(metric('excluded-discarded')).toBe('1');
    expect(metric('excluded-not-ended')).toBe('1');
    expect(screen.getByTestId('myday-open-page').getAttribute('href')).toBe('/myday.html');

    // A call saved now shows without a refresh.
    await call(todayStart() + 80 * MIN, { outcome: 'refused' });
    await waitFor(() => expect(metric('calls')).toBe('4'), { timeout: 5_000 });
    expect(metric('rpc')).toBe('2');
  });

  it('a new agent sees “今天还没有通话”', async () => {
    await renderPanel({ page: null });
    await unfold();
    expect(await screen.findByText('今天还没有通话', {}, { timeout: 5_000 })).toBeTruthy();
    expect(metric('calls')).toBeNull();
  });
});

describe('My day page', () => {
  it('today’s figures, warnings by rule and the 30-day tables with the pack’s titles', async () => {
    await seed();
    render(<MyDayPage locale="zh-CN" />);
    await waitFor(() => expect(metric('calls')).toBe('3'), { timeout: 5_000 });
    expect(metric('rpc')).toBe('1');
    expect(metric('rule:call-hours:calls')).toBe('1');
    expect(metric('rule:call-hours:overrides')).toBe('1');
    // 30 days: yesterday's call counts there.
    expect(metric('window:calls')).toBe('4');
    expect(metric('window:rpc')).toBe('2');
    expect(metric('window:promised')).toBe('2');
    expect(metric('window:kept')).toBe('1');
    expect(metric('scenario:no-money-now:calls')).toBe('2');
    expect(metric('scenario:no-money-now:kept')).toBe('1');
    expect(metric('scenario:hard-times:rpc')).toBe('0');
    expect(metric('script:no-money-now-partial:promised')).toBe('2');
    const scenarios = screen.getByTestId('myday-scenarios');
    await waitFor(() => expect(within(scenarios).getByText('暂时没钱')).toBeTruthy(), { timeout: 5_000 });
    expect(screen.getByText('仅根据本机浏览器中的记录统计，数据不会离开本机。')).toBeTruthy();
  });

  it('in English, with plurals', async () => {
    await call(todayStart() + 30 * MIN, { outcome: 'refused' });
    render(<MyDayPage locale="en" />);
    await waitFor(() => expect(metric('calls')).toBe('1'), { timeout: 5_000 });
    expect(document.querySelector('[data-metric="calls"]')!.parentElement!.textContent).toBe('1 call');
    expect(document.querySelector('[data-metric="rpc"]')!.parentElement!.textContent).toBe('1 right-party contact');
    expect(document.querySelector('[data-metric="promises"]')!.parentElement!.textContent).toBe('0 promises to pay');
    expect(screen.getByText('Last 30 days', { exact: false })).toBeTruthy();
  });
});
