// The background injects the live-transcript reader only into the CRM tab whose content script
// asked ('page:load-reader'), top frame only: never into another tab, a frame, an extension page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageScript } from '@/lib/background/page-scripts';
import { onMessages } from '@/lib/messaging';
import { parseMessage } from '@/lib/messaging-check';

const PAGE = 'http://127.0.0.1:5174/case.html?id=CS-2026-004817';
const tab = (id: number, url = PAGE) => ({ id, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 }) as never;

afterEach(() => vi.restoreAllMocks());

describe('loading the live reader', () => {
  it("injects the reader into the sender's own tab, top frame only", async () => {
    const inject = vi.fn(async () => []);
    expect(await loadPageScript({ id: fakeBrowser.runtime.id, tab: tab(7), frameId: 0, url: PAGE }, inject)).toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith(7);
  });

  it('refuses a frame, a sender without a tab, an extension page opened in a tab, a non-web page', async () => {
    const inject = vi.fn(async () => []);
    const own = `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?tabId=7`;
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p: string) => `chrome-extension://${fakeBrowser.runtime.id}${p}`);
    for (const sender of [
      { tab: tab(7), frameId: 3, url: PAGE },
      { tab: tab(7), url: PAGE },
      { frameId: 0, url: PAGE },
      { tab: tab(7, own), frameId: 0, url: own },
      { tab: tab(7, 'file:///tmp/x.html'), frameId: 0, url: 'file:///tmp/x.html' },
      { tab: tab(-1), frameId: 0, url: PAGE },
    ]) expect(await loadPageScript({ id: fakeBrowser.runtime.id, ...sender }, inject)).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers false, never throws, when the tab cannot be scripted', async () => {
    const inject = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await loadPageScript({ tab: tab(9), frameId: 0, url: PAGE }, inject)).toBe(false);
  });

  it('the message carries nothing to aim with: any payload beyond {} is refused before the handler', async () => {
    const handler = vi.fn(() => true);
    const stop = onMessages({ 'page:load-reader': handler }, parseMessage);
    const sender = { id: fakeBrowser.runtime.id, tab: tab(7), frameId: 0, url: PAGE };
    const [bad] = await fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'page:load-reader', data: { tabId: 8 } }, sender, () => {});
    expect(bad).toEqual({ ok: false, error: 'invalid payload for page:load-reader' });
    expect(handler).not.toHaveBeenCalled();
    const [good] = await fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'page:load-reader', data: {} }, sender, () => {});
    expect(good).toEqual({ ok: true, value: true });
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
  });

  it('the background answers page:load-reader by injecting live-reader.js into that tab only', async () => {
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser, {
      scripting: { executeScript, getRegisteredContentScripts: async () => [], registerContentScripts: async () => {}, unregisterContentScripts: async () => {} },
      sidePanel: { setPanelBehavior: async () => {}, setOptions: async () => {}, open: async () => {} },
    });
    for (const event of [fakeBrowser.commands.onCommand, fakeBrowser.permissions.onAdded]) vi.spyOn(event, 'addListener').mockImplementation(() => {});
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    const msg = { daihou: 1, type: 'page:load-reader', data: {} };
    const replies = await fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id, tab: tab(7), frameId: 0, url: PAGE }, () => {});
    expect(replies).toContainEqual({ ok: true, value: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/live-reader.js'] });
    executeScript.mockClear();
    const fromFrame = await fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id, tab: tab(7), frameId: 2, url: PAGE }, () => {});
    expect(fromFrame).toContainEqual({ ok: true, value: false });
    expect(executeScript).not.toHaveBeenCalled();
    // The title reader (a page whose labels name no debtor) is loaded the same way, top frame only.
    const title = { daihou: 1, type: 'page:load-detail-reader', data: {} };
    expect(await fakeBrowser.runtime.onMessage.trigger(title, { id: fakeBrowser.runtime.id, tab: tab(7), frameId: 0, url: PAGE }, () => {})).toContainEqual({ ok: true, value: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/detail-reader.js'] });
    executeScript.mockClear();
    expect(await fakeBrowser.runtime.onMessage.trigger(title, { id: fakeBrowser.runtime.id, tab: tab(7), frameId: 2, url: PAGE }, () => {})).toContainEqual({ ok: true, value: false });
    expect(executeScript).not.toHaveBeenCalled();

    // The panel tab (transcript, focus): refused to a tab no panel has shown; injected into a tab as soon as
    // a panel asks for its debtor, and to that tab's later pages when they ask.
    const detector = { daihou: 1, type: 'page:load-panel-tab', data: {} };
    const own = { id: fakeBrowser.runtime.id };
    expect(await fakeBrowser.runtime.onMessage.trigger(detector, { ...own, tab: tab(7), frameId: 0, url: PAGE }, () => {})).toContainEqual({ ok: true, value: false });
    expect(executeScript).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type: 'panel:get-context', data: { tabId: 7 } }, own, () => {});
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/panel-tab.js'] }));
    executeScript.mockClear();
    expect(await fakeBrowser.runtime.onMessage.trigger(detector, { ...own, tab: tab(7), frameId: 0, url: PAGE }, () => {})).toContainEqual({ ok: true, value: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/panel-tab.js'] });
    executeScript.mockClear();
    // Another tab, and a frame of the shown one, still get nothing.
    expect(await fakeBrowser.runtime.onMessage.trigger(detector, { ...own, tab: tab(8), frameId: 0, url: PAGE }, () => {})).toContainEqual({ ok: true, value: false });
    expect(await fakeBrowser.runtime.onMessage.trigger(detector, { ...own, tab: tab(7), frameId: 2, url: PAGE }, () => {})).toContainEqual({ ok: true, value: false });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
