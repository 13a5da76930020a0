// "插入备注" from the panel: the request names the debtor the script was filled for, and the
// page's refusal (another debtor on the CRM page, no field, no page) is said in the panel.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import type { Connector } from '@/lib/connector';
import { createFakeConnector } from '@/lib/connector-fake';
import { db } from '@/lib/db';
import type { DebtorContext } from '@/lib/extract/types';
import type { InsertResult } from '@/lib/messaging';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';

const ORIGIN = 'http://127.0.0.1:5174';
const f = (value: string) => ({ value, raw: value, confidence: 0.9, source: { method: 'sibling' as const } });
const zhang: DebtorContext = { url: `${ORIGIN}/app.html#/case/1`, origin: ORIGIN, extractedAt: 1, fields: { name: f('张伟'), caseId: f('CS-2026-004817'), region: f('广东省深圳市') } };

function connectorAnswering(answer: () => Promise<InsertResult>): Connector {
  const connector = createFakeConnector({ page: zhang, tabId: 7 });
  connector.insertText = vi.fn(answer);
  return connector;
}

async function clickInsert(connector: Connector, locale: 'zh-CN' | 'en') {
  render(<SidePanelApp connector={connector} locale={locale} />);
  fireEvent.change(await screen.findByTestId('utterance-input', {}, { timeout: 5_000 }), { target: { value: '我现在手上真的一分钱都没有' } });
  fireEvent.click(await screen.findByTestId('verify-identity'));
  const [button] = await screen.findAllByTestId('insert-script', {}, { timeout: 5_000 });
  fireEvent.click(button!);
  const flash = () => document.querySelector('.script-actions [role="status"]')?.textContent;
  await waitFor(() => expect(flash()).toBeTruthy());
  return flash();
}

beforeAll(() => setDefaultPackLoader(async () => loadDefaultPackNode()));
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00+08:00'));
  await db.open();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('insert from the panel', () => {
  it('names the debtor the script was filled for', async () => {
    const connector = connectorAnswering(async () => ({ ok: true, target: 'note' }));
    expect(await clickInsert(connector, 'zh-CN')).toContain('已插入 CRM');
    expect(connector.insertText).toHaveBeenCalledWith(7, expect.any(String), 'focused', `${ORIGIN}|CS-2026-004817`);
  });

  it('says so when the CRM page now shows another debtor', async () => {
    const connector = connectorAnswering(async () => ({ ok: false, error: 'other-debtor' }));
    expect(await clickInsert(connector, 'en')).toBe('The CRM shows another debtor: not inserted');
  });

  it('says where to click when there is no field, and to reload when the page cannot be reached', async () => {
    expect(await clickInsert(connectorAnswering(async () => ({ ok: false, error: 'no-target' })), 'zh-CN')).toContain('请先在 CRM 页面点击');
    cleanup();
    expect(await clickInsert(connectorAnswering(() => Promise.reject(new Error('Receiving end does not exist'))), 'zh-CN')).toContain('请刷新该页面');
  });
});
