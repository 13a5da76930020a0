// A live call survives the panel closing (lib/live/saved-call): the call in progress is kept per tab +
// debtor in session storage (the fake connector's memory store) and comes back when the panel reopens
// on the same tab showing the same debtor — never for another debtor, never from malformed data.
import { cleanup, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { db } from '@/lib/db';
import { createFakeConnector, type FakeConnector } from '@/lib/connector-fake';
import { SAVED_CALL_TTL_MS, savedCallKey } from '@/lib/live/saved-call';
import { turn } from './live-turns';
import { act, CASE_KEY, casePage, field, fireEvent, screen, waitFor } from './helpers';

const item = (id: string) => document.querySelector(`[data-testid="checklist-item"][data-item="${id}"]`);
const checked = (id: string) => item(id)?.getAttribute('data-checked');
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const currentStage = () => document.querySelector('[data-stage][aria-current="step"]')?.getAttribute('data-stage');
const KEY = savedCallKey(7, CASE_KEY);

async function open(c: FakeConnector) {
  render(<SidePanelApp connector={c} locale="zh-CN" />);
  await screen.findByTestId('start-call', {}, { timeout: 5_000 });
}

/** The panel closes (unmounted) and opens again on the same connector, i.e. the same browser session. */
async function reopen(c: FakeConnector) {
  cleanup();
  await open(c);
}

/** A call with some of everything: ticked items, a situation, a heard warning, a wrap-up begun. */
async function callInProgress(): Promise<FakeConnector> {
  const c = createFakeConnector({ page: casePage() });
  await open(c);
  fireEvent.click(screen.getByTestId('start-call'));
  act(() => c.hear([turn('agent', '您好，先跟您说一声，咱们这个电话是全程录音的'), turn('debtor', '我现在手头真的没钱')]));
  await waitFor(() => expect(checked('recording-notice')).toBe('true'));
  fireEvent.click(await screen.findByTestId('verify-identity'));
  await waitFor(() => expect(screen.getAllByTestId('script-card')[0]?.getAttribute('data-scenario')).toBe('no-money-now'));
  act(() => c.hear([turn('agent', '你再不还，我们就起诉你，让你去坐牢')]));
  await screen.findByTestId('live-lint');
  fireEvent.change(input('outcome'), { target: { value: 'ptp' } });
  fireEvent.change(input('ptp-amount'), { target: { value: '1500' } });
  act(() => void vi.setSystemTime(Date.now() + 65_000));
  await waitFor(() => expect((c.liveCalls.raw.get(KEY) as { wrapUp?: { promise: { amount: string } } } | undefined)?.wrapUp?.promise.amount).toBe('1500'));
  return c;
}

describe('a live call survives the panel closing', () => {
  it('comes back as it was: timer, stage, checklist, situation, turns, warning, wrap-up — one record', async () => {
    const c = await callInProgress();
    await waitFor(() => expect(input('call-timer').textContent).toBe('01:05'));
    const before = { timer: input('call-timer').textContent, stage: currentStage() };
    await reopen(c);
    expect(await screen.findByTestId('call-restored')).toBeTruthy();
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active');
    expect(input('call-timer').textContent).toBe(before.timer);
    expect(currentStage()).toBe(before.stage);
    fireEvent.click(document.querySelector('[data-stage="open"]')!);
    expect(checked('recording-notice')).toBe('true');
    expect(item('recording-notice')!.querySelector('[data-testid="heard-badge"]')).toBeTruthy();
    toStageVerify();
    expect(checked('identity-verified')).toBe('true');
    expect(screen.getAllByTestId('script-card')[0]?.getAttribute('data-scenario')).toBe('no-money-now');
    expect(screen.getByTestId('live-feed').querySelectorAll('[data-speaker]').length).toBe(3);
    expect(screen.getByTestId('live-lint')).toBeTruthy();
    expect(input('outcome').value).toBe('ptp');
    expect(input('ptp-amount').value).toBe('1500');
    // The turns heard before are not heard again: one warning, not two.
    expect(screen.getByTestId('live-lint').querySelectorAll('[data-rule]').length).toBe(1);
    // The call goes on and is saved on its one record.
    fireEvent.change(input('ptp-date'), { target: { value: '2026-11-27' } });
    fireEvent.change(input('ptp-method'), { target: { value: '手机银行' } });
    fireEvent.click(screen.getByTestId('save-call'));
    await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle'));
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.outcome).toBe('ptp');
    expect(calls[0]!.checklist?.['identity-verified']).toBe(true);
    expect(calls[0]!.findings?.some((f) => f.heardLive)).toBe(true);
    // Saved: nothing left to restore.
    await waitFor(() => expect(c.liveCalls.raw.has(KEY)).toBe(false));
  });

  it('words heard after the panel reopens still tick and warn', async () => {
    const c = await callInProgress();
    await reopen(c);
    await screen.findByTestId('call-restored');
    fireEvent.click(document.querySelector('[data-stage="commit"]')!);
    act(() => c.hear([turn('agent', '好的，我跟您确认一下，您12月15号之前用手机银行还3000元，对吧'), turn('agent', '不还钱就通知你单位领导和同事')]));
    await waitFor(() => expect(checked('ptp-date')).toBe('true'));
    expect([...screen.getByTestId('live-feed').querySelectorAll('[data-speaker]')].at(-1)!.textContent).toContain('单位领导');
    await waitFor(() => expect(screen.getByTestId('live-lint').querySelectorAll('[data-rule]').length).toBe(2));
  });

  it('another debtor on the tab starts fresh; the kept call stays for its own debtor', async () => {
    const c = await callInProgress();
    cleanup();
    c.show(casePage({ name: field('李娜'), caseId: field('CS-2026-009999') }));
    await open(c);
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle');
    expect(input('call-timer').textContent).toBe('00:00');
    expect(screen.queryByTestId('call-restored')).toBeNull();
    expect(screen.queryByTestId('live-feed')).toBeNull();
    expect(c.liveCalls.raw.has(KEY)).toBe(true);
  });

  it('another tab showing the same debtor starts fresh', async () => {
    const c = await callInProgress();
    cleanup();
    c.switchTab(8, casePage());
    await open(c);
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle');
    expect(screen.queryByTestId('call-restored')).toBeNull();
  });

  it('a call kept longer than two hours is dropped', async () => {
    const c = await callInProgress();
    cleanup();
    act(() => void vi.setSystemTime(Date.now() + SAVED_CALL_TTL_MS + 60_000));
    await open(c);
    await waitFor(() => expect(c.liveCalls.raw.has(KEY)).toBe(false));
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle');
    expect(screen.queryByTestId('call-restored')).toBeNull();
  });

  it.each([
    ['not an object', 'garbage'],
    ['a wrong version', (v: Record<string, unknown>) => ({ ...v, v: 99 })],
    ['a bad status', (v: Record<string, unknown>) => ({ ...v, session: { ...(v.session as object), status: 'hacked' } })],
    ['a bad turn', (v: Record<string, unknown>) => ({ ...v, live: { ...(v.live as object), turns: [{ id: 1, speaker: 'x' }] } })],
    ['a prototype key', (v: Record<string, unknown>) => ({ ...v, session: { ...(v.session as object), checked: JSON.parse('{"__proto__": true}') } })],
    ['a finding without words', (v: Record<string, unknown>) => ({ ...v, live: { ...(v.live as object), findings: [{ ruleId: 'x' }] } })],
    ['a record id that is not one', (v: Record<string, unknown>) => ({ ...v, callId: 'drop table' })],
  ])('corrupted stored state (%s) → a fresh panel, no crash, the bad entry dropped', async (_what, corrupt) => {
    const c = await callInProgress();
    cleanup();
    const stored = c.liveCalls.raw.get(KEY) as Record<string, unknown>;
    c.liveCalls.raw.set(KEY, typeof corrupt === 'string' ? corrupt : corrupt(stored));
    await open(c);
    await waitFor(() => expect(c.liveCalls.raw.has(KEY)).toBe(false));
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle');
    expect(screen.queryByTestId('call-restored')).toBeNull();
    // The fresh panel works: a new call starts (a second record, as the agent asked for it).
    fireEvent.click(screen.getByTestId('start-call'));
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active');
  });

  it('the crisis protocol comes back as it was: still on, or dismissed and not started again', async () => {
    const c = createFakeConnector({ page: casePage() });
    await open(c);
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('debtor', '我真的不想活了，活着没意思')]));
    await screen.findByTestId('crisis-protocol');
    await waitFor(() => expect((c.liveCalls.raw.get(KEY) as { session?: { crisis?: unknown } } | undefined)?.session?.crisis).toBeTruthy());
    await reopen(c);
    await screen.findByTestId('call-restored');
    expect(screen.getByTestId('crisis-protocol')).toBeTruthy();
    fireEvent.click(screen.getByTestId('crisis-dismiss'));
    fireEvent.click(await screen.findByTestId('crisis-confirm-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('crisis-protocol')).toBeNull());
    await waitFor(() => expect((c.liveCalls.raw.get(KEY) as { session: { crisis: { active: boolean } } }).session.crisis.active).toBe(false));
    await reopen(c);
    await screen.findByTestId('call-restored');
    expect(screen.queryByTestId('crisis-protocol')).toBeNull();
  });

  it('an ended call awaiting its wrap-up comes back ended, its timer stopped, and saves on its one record', async () => {
    const c = await callInProgress();
    fireEvent.click(screen.getByTestId('start-call')); // 结束通话
    await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('ended'));
    const timer = input('call-timer').textContent;
    await waitFor(() => expect((c.liveCalls.raw.get(KEY) as { session: { status: string } }).session.status).toBe('ended'));
    act(() => void vi.setSystemTime(Date.now() + 120_000));
    await reopen(c);
    await screen.findByTestId('call-restored');
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('ended');
    expect(input('call-timer').textContent).toBe(timer);
    fireEvent.change(input('outcome'), { target: { value: 'refused' } });
    fireEvent.click(screen.getByTestId('save-call'));
    await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle'));
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(1);
    expect([calls[0]!.outcome, typeof calls[0]!.endedAt]).toEqual(['refused', 'number']);
  });

  it('a discarded call is not restored', async () => {
    const c = await callInProgress();
    fireEvent.click(screen.getByTestId('discard-call'));
    fireEvent.click(await screen.findByTestId('discard-yes'));
    await waitFor(() => expect(c.liveCalls.raw.has(KEY)).toBe(false));
    await reopen(c);
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('idle');
  });
});

function toStageVerify() {
  fireEvent.click(document.querySelector('[data-stage="verify"]')!);
}
