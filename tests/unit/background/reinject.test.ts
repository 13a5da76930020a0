// After an update, CRM tabs that were open keep working: the background runs the new content
// script in them (fake browser: the background's main() with its install/update event).
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectContentScripts } from '@/lib/background/reinject';

function fakeScripting() {
  const scripting = {
    executeScript: vi.fn(async (o: { target: { tabId: number } }) => {
      if (o.target.tabId === 13) throw new Error('Cannot access contents of the page');
      return [];
    }),
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => {}),
    unregisterContentScripts: vi.fn(async () => {}),
  };
  Object.assign(fakeBrowser, { scripting });
  return scripting;
}

describe('content script after an update', () => {
  it('runs again in every open tab on the CRM origins, top frame only, skipping what fails', async () => {
    const scripting = fakeScripting();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11 }, { id: 12, discarded: true }, { id: 13 }] as never);
    expect(await reinjectContentScripts(['https://crm.example-bank.cn/*'])).toEqual([11]);
    expect(query).toHaveBeenCalledWith({ url: ['https://crm.example-bank.cn/*'] });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 11 }, files: ['/crm.js'] });
    expect(await reinjectContentScripts([])).toEqual([]);
  });

  it('the background does it when the extension is updated', async () => {
    const scripting = fakeScripting();
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior: async () => {}, setOptions: async () => {}, open: async () => {} } });
    for (const event of [fakeBrowser.commands.onCommand, fakeBrowser.permissions.onAdded]) vi.spyOn(event, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ matches: ['http://127.0.0.1/*'], js: [] }] } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 21, url: 'http://127.0.0.1:5174/case.html' }] as never);
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    await vi.waitFor(() => expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 21 }, files: ['/crm.js'] }));
  });
});
