import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages } from '@/lib/messaging';
import { parseMessage } from '@/lib/messaging-check';
import { lazyParseMessage } from '@/lib/messaging-check-lazy';

const ctx = {
  url: 'http://localhost:5174/case/1',
  origin: 'http://localhost:5174',
  extractedAt: 1,
  fields: { name: { value: '张伟', raw: '张伟', confidence: 0.9, source: { method: 'dl' as const } } },
};

describe('messaging', () => {
  it('accepts a well-formed page context', () => {
    expect(parseMessage('page:context', { context: ctx }).context?.fields.name?.value).toBe('张伟');
  });

  it('keeps the page kind and the CRM history (a list page reaches the panel as a list)', () => {
    const page = { kind: 'list' as const, rows: 8, openDetail: false };
    const crmHistory = { lastPromise: { date: '2026-11-10', amount: 1834.28, status: 'broken' as const, statusText: '未兑现' } };
    const got = parseMessage('page:context', { context: { ...ctx, page, crmHistory } }).context;
    expect(got?.page).toEqual(page);
    expect(got?.crmHistory).toEqual(crmHistory);
    expect(() => parseMessage('page:context', { context: { ...ctx, page: { ...page, kind: 'grid' } } })).toThrow();
  });

  it('rejects unknown fields and wrong shapes', () => {
    expect(() => parseMessage('panel:get-context', { tabId: -1 })).toThrow();
    expect(() => parseMessage('crm:insert-text', { text: 'x', target: 'elsewhere' })).toThrow();
    expect(() => parseMessage('page:context', { context: { ...ctx, fields: { salary: ctx.fields.name } } })).toThrow();
  });

  it('calls the handler only for this extension with a valid payload', async () => {
    const handler = vi.fn(() => ({ tabId: 7, url: null, context: null }));
    onMessages({ 'panel:get-context': handler }, parseMessage);
    const own = { id: fakeBrowser.runtime.id };
    const ok = await fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'panel:get-context', data: { tabId: 7 } }, own, () => {});
    expect(ok).toContainEqual({ ok: true, value: { tabId: 7, url: null, context: null } });
    const foreign = await fakeBrowser.runtime.onMessage.trigger(
      { daihou: 1, type: 'panel:get-context', data: { tabId: 7 } },
      { id: "someone-else" }, () => {},
    );
    expect(foreign).toContainEqual({ ok: false, error: 'foreign sender' });
    const bad = await fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'panel:get-context', data: { tabId: 'x' } }, own, () => {});
    expect(bad).toContainEqual({ ok: false, error: 'invalid payload for panel:get-context' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('with the schemas loaded lazily (the side panel), checks the same and keeps the order messages came in', async () => {
    const seen: number[] = [];
    const off = onMessages({ 'panel:get-context': ({ tabId }) => (seen.push(tabId), { tabId, url: null, context: null }) }, lazyParseMessage());
    const own = { id: fakeBrowser.runtime.id };
    const send = (data: unknown) => fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'panel:get-context', data }, own, () => {});
    const replies = await Promise.all([send({ tabId: 1 }), send({ tabId: 'x' }), send({ tabId: 2 }), send({ tabId: -3 })]);
    expect(replies.map((r) => r[0])).toEqual([
      { ok: true, value: { tabId: 1, url: null, context: null } },
      { ok: false, error: 'invalid payload for panel:get-context' },
      { ok: true, value: { tabId: 2, url: null, context: null } },
      { ok: false, error: 'invalid payload for panel:get-context' },
    ]);
    expect(seen).toEqual([1, 2]);
    off();
  });

  it('refuses panel and background messages from a CRM tab (a content script), not from our own pages in a tab', async () => {
    const handler = vi.fn(() => ({ tabId: 7, url: null, context: null }));
    const changed = vi.fn(() => null);
    onMessages({ 'panel:get-context': handler, 'bg:context-changed': changed }, parseMessage);
    const fromCrm = { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 0, url: 'https://crm.example-bank.cn/case/1' };
    const ask = (sender: object) => fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'panel:get-context', data: { tabId: 7 } }, sender, () => {});
    expect(await ask(fromCrm)).toContainEqual({ ok: false, error: 'not for pages' });
    const spoof = { daihou: 1, type: 'bg:context-changed', data: { tabId: 7, url: null, context: null } };
    expect(await fakeBrowser.runtime.onMessage.trigger(spoof, fromCrm, () => {})).toContainEqual({ ok: false, error: 'not for pages' });
    expect(handler).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
    // The side panel (no tab) and the panel page opened as a tab (our own URL) are answered.
    expect(await ask({ id: fakeBrowser.runtime.id })).toContainEqual({ ok: true, value: { tabId: 7, url: null, context: null } });
    const panelTab = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, url: fakeBrowser.runtime.getURL('/sidepanel.html?tabId=7') };
    expect(await ask(panelTab)).toContainEqual({ ok: true, value: { tabId: 7, url: null, context: null } });
  });
});

describe("the content script's own check of its messages", async () => {
  const { checkCrmMessage } = await import('@/lib/crm/message-check');
  const { checkPageToolMessage } = await import('@/lib/crm/page-tool-check');
  // The content script answers extract-now and stats; the page tools the rest (a type neither answers is refused by both).
  const lightCheck = (type: string, data: unknown) => (type === 'crm:extract-now' || type === 'crm:stats' ? checkCrmMessage : checkPageToolMessage)(type as never, data);
  const cases: [string, unknown][] = [
    ['crm:insert-text', { text: '您好', target: 'note' }],
    ['crm:insert-text', { text: '您好', target: 'focused', debtor: 'http://127.0.0.1|CS-1' }],
    ['crm:insert-text', { text: '您好', target: 'focused', debtor: '' }],
    ['crm:insert-text', { text: '您好', target: 'focused', debtor: 'x'.repeat(2_001) }],
    ['crm:insert-text', { text: 'x', target: 'elsewhere' }],
    ['crm:insert-text', { text: 'x'.repeat(20_001), target: 'note' }],
    ['crm:pick', { hint: '逾期金额' }],
    ['crm:pick', { hint: 7 }],
    ['crm:highlight', { field: 'amountOverdue' }],
    ['crm:highlight', { field: 'name' }],
    ['crm:highlight', { field: 'password' }],
    ['crm:highlight', { field: '' }],
    ['crm:highlight', {}],
    ['crm:highlight', { selector: '#amount', path: [] }],
    ['crm:extract-now', {}],
    ['crm:stats', null],
  ];
  it.each(cases)('agrees with the full schema on %s %j', (type, data) => {
    const full = (() => {
      try {
        return { ok: true, value: parseMessage(type as never, data) };
      } catch {
        return { ok: false };
      }
    })();
    const light = (() => {
      try {
        return { ok: true, value: lightCheck(type, data) };
      } catch {
        return { ok: false };
      }
    })();
    expect(light).toEqual(full);
  });
});
