// Component tests of the side panel on the fake connector (lib/connector-fake): pages built in
// code, the panel rendered as an agent sees it, a clean database and the default pack per test.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { resetIdentityChoices } from '@/components/panel/hooks/useIdentity';
import { createFakeConnector, type FakeConnector, type FakeConnectorOptions } from '@/lib/connector-fake';
import { db } from '@/lib/db';
import type { DebtorContext, DebtorFields, ExtractedField } from '@/lib/extract/types';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';

export const ORIGIN = 'http://127.0.0.1:5174';

/** A field read from the page; confidence 0.95 is a sure value, below 0.7 one to check. */
export function field(value: string | number, confidence = 0.95): ExtractedField {
  return { value, raw: String(value), confidence, source: { method: 'table' } };
}

/** A case page of the demo CRM: 张伟, CS-2026-004817, unless the fields say otherwise. */
export function casePage(fields: DebtorFields = {}, extra: Partial<DebtorContext> = {}): DebtorContext {
  return {
    url: `${ORIGIN}/app.html#/case/CS-2026-004817`,
    origin: ORIGIN,
    extractedAt: 1,
    fields: { name: field('张伟'), caseId: field('CS-2026-004817'), region: field('广东省深圳市'), ...fields },
    ...extra,
  };
}
export const CASE_KEY = `${ORIGIN}|CS-2026-004817`;

/** The panel on a fake connector; resolves once something other than "loading" is on screen. */
export async function renderPanel(options: FakeConnectorOptions = {}, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<FakeConnector> {
  const connector = createFakeConnector(options);
  render(<SidePanelApp connector={connector} locale={locale} />);
  await waitFor(() => expect(screen.queryByTestId('loading')).toBeNull(), { timeout: 5_000 });
  return connector;
}

/** The panel showing a debtor's tools (the call bar is there). */
export async function renderDebtor(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const connector = await renderPanel({ page: casePage(), ...options });
  await screen.findByTestId('start-call', {}, { timeout: 5_000 });
  return connector;
}

/** What the debtor said, typed into the utterance box. */
export function say(text: string): void {
  fireEvent.change(screen.getByTestId('utterance-input'), { target: { value: text } });
}

export const cards = () => screen.queryAllByTestId('script-card');

/** Alt+F: every card shows its full text (where the debtor's figures are) instead of its short form. */
export function showFullTexts(): void {
  fireEvent.keyDown(window, { key: 'f', code: 'KeyF', altKey: true });
}

export async function clearDb(): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

beforeAll(() => setDefaultPackLoader(async () => loadDefaultPackNode()));
beforeEach(async () => {
  // A weekday morning in Shanghai: inside the call window. Only Date is faked; timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00+08:00'));
  resetIdentityChoices();
  await clearDb();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

export { act, fireEvent, screen, waitFor };
