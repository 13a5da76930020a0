// "Pick on page" from the options page: choose the CRM tab, bring it forward, let the supervisor
// click the element there, then come back here. Never injects anything: it only messages our own
// content script, which is present only on CRM sites the extension was given.
import { browser, type Browser } from 'wxt/browser';
import { sendToTab, type PickedElement } from '@/lib/messaging';

export interface CrmTab {
  id: number;
  title: string;
  url: string;
  lastAccessed: number;
  active: boolean;
}

export const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** Open http(s) tabs, the most recently used first (the default choice). */
export async function listCrmTabs(): Promise<CrmTab[]> {
  const tabs: Browser.tabs.Tab[] = await browser.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== undefined && isWebUrl(tab.url))
    .map((tab, i) => ({
      id: tab.id!,
      title: tab.title || tab.url!,
      url: tab.url!,
      // Tabs without lastAccessed keep their order, the active one counting as the latest.
      lastAccessed: tab.lastAccessed ?? (tab.active ? Number.MAX_SAFE_INTEGER : i),
      active: !!tab.active,
    }))
    .sort((a, b) => b.lastAccessed - a.lastAccessed);
}

export type PickOutcome =
  | { kind: 'picked'; picked: PickedElement }
  | { kind: 'cancelled' }
  | { kind: 'not-enabled' }
  | { kind: 'tab-gone' }
  | { kind: 'failed'; message: string };

/** Errors Chrome and our protocol give when the tab has no content script of ours. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|no handler answered|Cannot access contents|Missing host permission|Cannot access a chrome/i;

export async function pickOnPage(tabId: number, hint: string, kind: 'field' | 'transcript' = 'field'): Promise<PickOutcome> {
  const me = await browser.tabs.getCurrent().catch(() => undefined);
  try {
    const tab = await browser.tabs.update(tabId, { active: true }).catch(() => null);
    if (!tab) return { kind: 'tab-gone' };
    // Raise the CRM tab's window too; a browser without that API just skips it.
    await Promise.resolve()
      .then(() => browser.windows.update(tab.windowId, { focused: true }))
      .catch(() => {});
    // The picker is not part of the CRM page's script: it is injected for this pick only.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/picker.js'] });
    const picked = await sendToTab(tabId, 'crm:pick', kind === 'transcript' ? { hint, kind } : { hint });
    return picked ? { kind: 'picked', picked } : { kind: 'cancelled' };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return NO_RECEIVER.test(message) ? { kind: 'not-enabled' } : { kind: 'failed', message };
  } finally {
    // Back to the options tab so the supervisor sees what was captured.
    if (me?.id !== undefined) await browser.tabs.update(me.id, { active: true }).catch(() => {});
  }
}
