// The panel's only door to the browser: which tab it is bound to, that tab's debtor, requests to
// the CRM page, the clipboard, the settings, and (loaded with the debtor's tools) the stored
// records, the pack and the alarms. Components reach it through hooks (components/panel/hooks), so tests
// and screenshots can hand them a fake one (lib/connector-fake.ts, never bundled into the panel).
import { browser } from 'wxt/browser';
import type { DebtorContext, FieldName } from './extract/types';
import type { Turn } from './live/turn';
import { onMessages, sendMessage, sendToTab, type InsertResult, type TabContext } from './messaging';
import { lazyParseMessage } from './messaging-check-lazy';
import type { PanelServices } from './panel-services';
import { browserSettings, type SettingsSource } from './settings';

export interface Connector {
  /** The CRM tab this panel shows: `?tabId=` when given, else the active tab of the window. */
  boundTab(): Promise<number | null>;
  /** Called when the followed tab changes (only for a panel without `?tabId=`). */
  onBoundTabChanged(cb: (tabId: number | null) => void): () => void;
  getContext(tabId: number): Promise<TabContext>;
  onContextChanged(cb: (ctx: TabContext) => void): () => void;
  /** Turns of the live call heard on a tab (its workbench transcript or the call audio). */
  onTurns(cb: (tabId: number, turns: Turn[]) => void): () => void;
  /** `debtor`: the identity key of the debtor the text was filled for; the page refuses it when it shows another. */
  insertText(tabId: number, text: string, target: 'note' | 'focused', debtor: string): Promise<InsertResult>;
  /** Resolves false when the clipboard refuses. */
  copyText(text: string): Promise<boolean>;
  /** Flash on the CRM page the element a field was read from; false when it is not there any more. */
  highlight(tabId: number, field: FieldName): Promise<boolean>;
  settings: SettingsSource;
  /** Open the options page at one of its sections (its element id, e.g. `crm-sites`). */
  openOptions(section: OptionsSection): Promise<void>;
  /** The debtor's records, the pack and the alarms: loaded on first use, the same object after. */
  services(): Promise<PanelServices>;
}

/** Sections of the options page the panel links to (element ids the options page scrolls to). */
export type OptionsSection = 'crm-sites' | 'adapters' | 'compliance';

export function tabIdFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Ask the page itself when the background knows nothing yet (e.g. panel opened first). */
async function freshContext(tabId: number): Promise<DebtorContext | null> {
  try {
    return await sendToTab(tabId, 'crm:extract-now', {});
  } catch {
    return null; // no content script on that tab: not a CRM page
  }
}

export function createBrowserConnector(search = location.search): Connector {
  const pinned = tabIdFromUrl(search);
  let services: Promise<PanelServices> | null = null;
  return {
    boundTab: async () => pinned ?? activeTabId(),
    onBoundTabChanged(cb) {
      if (pinned !== null) return () => {};
      const onActivated = (info: { tabId: number }) => cb(info.tabId);
      browser.tabs.onActivated.addListener(onActivated);
      return () => browser.tabs.onActivated.removeListener(onActivated);
    },
    async getContext(tabId) {
      const known = await sendMessage('panel:get-context', { tabId });
      if (known.context) return known;
      const context = await freshContext(tabId);
      return { ...known, context };
    },
    onContextChanged(cb) {
      return onMessages({
        'bg:context-changed': (data) => {
          cb(data);
          return null;
        },
      }, lazyParseMessage());
    },
    onTurns(cb) {
      return onMessages({
        'bg:turns': ({ tabId, turns }) => {
          cb(tabId, turns);
          return null;
        },
      }, lazyParseMessage());
    },
    async insertText(tabId, text, target, debtor) {
      // The page tools insert (the CRM page's own script stays lean); injected again, they keep one listener.
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/picker.js'] });
      return sendToTab(tabId, 'crm:insert-text', { text, target, debtor });
    },
    copyText: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
    async highlight(tabId, field) {
      try {
        // The page tools are injected for this only: the CRM page's own script stays lean.
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/picker.js'] });
        return await sendToTab(tabId, 'crm:highlight', { field });
      } catch {
        return false;
      }
    },
    settings: browserSettings,
    async openOptions(section) {
      // openOptionsPage() cannot carry a hash: open the page's URL with the section in it.
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
    },
    services() {
      // A failed chunk load is retried on the next call rather than remembered.
      services ??= import('./panel-services').then(
        (m) => m.createBrowserServices(),
        (e: unknown) => {
          services = null;
          throw e;
        },
      );
      return services;
    },
  };
}
