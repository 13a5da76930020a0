// The panel with a fake CRM tab: a page that shows only a masked card number is linked to an
// existing record only after the agent says so; two debtors whose cards mask alike keep apart.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { resetIdentityChoices } from '@/components/panel/hooks/useIdentity';
import { createFakeConnector } from '@/lib/connector-fake';
import { db, upsertDebtor } from '@/lib/db';
import type { DebtorContext } from '@/lib/extract/types';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';

const ORIGIN = 'http://127.0.0.1:5174';
const CARD = '6225 **** **** 8812';
function page(name: string, extra: DebtorContext['fields'] = {}): DebtorContext {
  const f = (value: string, confidence = 0.95) => ({ value, raw: value, confidence, source: { method: 'table' as const } });
  return { url: `${ORIGIN}/legacy/case`, origin: ORIGIN, extractedAt: 1, fields: { name: f(name), accountId: f(CARD), ...extra } };
}
const WEAK_ZHANG = `${ORIGIN}|~${CARD}|张伟|`;

const fakeCrm = (first: DebtorContext) => createFakeConnector({ page: first });
const shownDebtor = () => document.querySelector('.panel-body')?.getAttribute('data-debtor');

beforeAll(() => setDefaultPackLoader(async () => loadDefaultPackNode()));
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00+08:00'));
  resetIdentityChoices();
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('identity before linking', () => {
  it('a first visit links at once: there is no record to confuse it with', async () => {
    render(<SidePanelApp connector={fakeCrm(page('张伟'))} locale="zh-CN" />);
    await waitFor(() => expect(shownDebtor()).toBe(WEAK_ZHANG), { timeout: 5_000 });
    expect(screen.queryByTestId('identity-gate')).toBeNull();
  });

  it('another name behind the same masked card is another record, without asking', async () => {
    await upsertDebtor(page('张伟'));
    render(<SidePanelApp connector={fakeCrm(page('王芳'))} locale="zh-CN" />);
    await waitFor(() => expect(shownDebtor()).toBe(`${ORIGIN}|~${CARD}|王芳|`), { timeout: 5_000 });
  });

  it('the same name and masked card asks; "不是" makes a new record', async () => {
    await upsertDebtor(page('张伟'));
    render(<SidePanelApp connector={fakeCrm(page('张伟'))} locale="zh-CN" />);
    const gate = await screen.findByTestId('identity-gate', {}, { timeout: 5_000 });
    expect(gate.textContent).toContain('是否为同一客户？');
    expect(gate.textContent).toContain(CARD);
    expect(shownDebtor()).toBeUndefined(); // nothing linked, nothing shown, until the agent answers
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '不是，新建客户记录' })));
    await waitFor(() => expect(shownDebtor()).toBe(`${WEAK_ZHANG}#2`));
  });

  it('"是同一人" links to the record the agent picked', async () => {
    await upsertDebtor(page('张伟'));
    render(<SidePanelApp connector={fakeCrm(page('张伟'))} locale="zh-CN" />);
    await screen.findByTestId('identity-gate', {}, { timeout: 5_000 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '是同一人' })));
    await waitFor(() => expect(shownDebtor()).toBe(WEAK_ZHANG));
  });

  it('a value read with doubt is marked 请核对, a sure one is not', async () => {
    const f = (value: string | number, confidence: number) => ({ value, raw: String(value), confidence, source: { method: 'table' as const } });
    render(<SidePanelApp connector={fakeCrm(page('张伟', { caseId: f('CS-9', 0.95), amountOverdue: f(1200, 0.5), daysPastDue: f(47, 0.95) }))} locale="zh-CN" />);
    const mark = await screen.findByTestId('check-amountOverdue', {}, { timeout: 5_000 });
    expect(mark.textContent).toBe('请核对');
    expect(mark.getAttribute('title')).toContain('50%');
    expect(screen.queryByTestId('check-daysPastDue')).toBeNull();
  });
});
