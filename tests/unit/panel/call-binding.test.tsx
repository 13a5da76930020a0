// The side panel with a fake connector: a call stays on its debtor while the CRM tab switches to
// another one, is saved or discarded there, and only then does the panel follow the tab.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { createFakeConnector } from '@/lib/connector-fake';
import { attemptsSince, db, getDraft } from '@/lib/db';
import type { DebtorContext } from '@/lib/extract/types';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';

const ORIGIN = 'http://127.0.0.1:5174';
const TAB = 7;
function debtor(caseId: string, name: string): DebtorContext {
  const f = (value: string) => ({ value, raw: value, confidence: 0.9, source: { method: 'sibling' as const } });
  return { url: `${ORIGIN}/app.html#/case/${caseId}`, origin: ORIGIN, extractedAt: 1, fields: { name: f(name), caseId: f(caseId), region: f('广东省深圳市') } };
}
const zhang = debtor('CS-2026-004817', '张伟');
const li = debtor('CS-2026-005102', '李秀英');
const ZHANG = `${ORIGIN}|CS-2026-004817`;
const LI = `${ORIGIN}|CS-2026-005102`;

/** A CRM tab whose debtor the test switches, as the background's context-changed message does. */
function fakeCrm(first: DebtorContext) {
  const connector = createFakeConnector({ page: first, tabId: TAB });
  const show = (c: DebtorContext | null) => act(() => connector.show(c));
  return { connector, show };
}

const shownDebtor = () => document.querySelector('.panel-body')?.getAttribute('data-debtor');

beforeAll(() => setDefaultPackLoader(async () => loadDefaultPackNode()));
beforeEach(async () => {
  // A weekday morning in Shanghai: inside the call window. Only Date is faked; timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00+08:00'));
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function startCallOnZhang() {
  const crm = fakeCrm(zhang);
  render(<SidePanelApp connector={crm.connector} locale="zh-CN" />);
  const start = await screen.findByTestId('start-call', {}, { timeout: 5_000 });
  await waitFor(() => expect(shownDebtor()).toBe(ZHANG));
  fireEvent.click(start);
  await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active'));
  await waitFor(() => expect((screen.getByTestId('note-input') as HTMLTextAreaElement).disabled).toBe(false));
  fireEvent.change(screen.getByTestId('note-input'), { target: { value: '客户说周五发工资' } });
  return crm;
}

describe('a call belongs to its debtor', () => {
  it('stays on its debtor with a banner when the CRM switches, is saved under it, then the panel follows', async () => {
    const crm = await startCallOnZhang();
    await crm.show(li);
    const banner = await screen.findByTestId('call-binding');
    expect(banner.textContent).toBe('本通话属于 张伟（CS-2026-004817）。CRM 已切换到 李秀英（CS-2026-005102） —— 保存或放弃本通话后再切换。');
    expect(shownDebtor()).toBe(ZHANG);
    expect((screen.getByTestId('note-input') as HTMLTextAreaElement).value).toBe('客户说周五发工资');
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active');

    // A page with no debtor: still the same call, the banner says the CRM no longer shows it.
    await crm.show(null);
    await waitFor(() => expect(screen.getByTestId('call-binding').textContent).toContain('CRM 当前未显示该债务人'));
    await crm.show(li);

    fireEvent.click(screen.getByTestId('start-call')); // end the call
    fireEvent.change(screen.getByTestId('outcome'), { target: { value: 'callback' } });
    fireEvent.click(screen.getByTestId('save-call'));
    await waitFor(() => expect(shownDebtor()).toBe(LI), { timeout: 5_000 });
    expect(screen.queryByTestId('call-binding')).toBeNull();

    const saved = await attemptsSince(ZHANG, 0);
    expect(saved.map((c) => c.outcome)).toEqual(['callback']);
    expect(await attemptsSince(LI, 0)).toEqual([]);
    const notes = await db.notes.where('callId').equals(saved[0]!.id!).toArray();
    expect(notes.map((n) => n.text)).toEqual(['客户说周五发工资']);
  });

  it('discard asks first; a discarded call is no attempt, keeps the draft, and the panel follows the CRM', async () => {
    const crm = await startCallOnZhang();
    await crm.show(li);
    await screen.findByTestId('call-binding');
    fireEvent.click(screen.getByTestId('discard-call'));
    fireEvent.click(screen.getByTestId('discard-no'));
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active');
    fireEvent.click(screen.getByTestId('discard-call'));
    expect(screen.getByTestId('discard-confirm').textContent).toContain('不计入联系次数');
    fireEvent.click(screen.getByTestId('discard-yes'));
    await waitFor(() => expect(shownDebtor()).toBe(LI), { timeout: 5_000 });

    await waitFor(async () => expect((await db.calls.toArray()).map((c) => c.discardedAt !== undefined)).toEqual([true]));
    expect(await attemptsSince(ZHANG, 0)).toEqual([]);
    await waitFor(async () => expect((await getDraft(ZHANG))?.text).toBe('客户说周五发工资'));
  });

  it('without a call the panel follows the CRM at once', async () => {
    const crm = fakeCrm(zhang);
    render(<SidePanelApp connector={crm.connector} locale="en" />);
    await screen.findByTestId('start-call', {}, { timeout: 5_000 });
    await crm.show(li);
    await waitFor(() => expect(shownDebtor()).toBe(LI));
    expect(screen.queryByTestId('call-binding')).toBeNull();
  });
});
