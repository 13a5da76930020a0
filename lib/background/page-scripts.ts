// The background's half of the scripts a CRM tab loads only when needed: the live-transcript
// reader ('page:load-reader', the page may show a transcript), its detector ('page:load-panel-tab',
// a panel has shown the tab), the detail readers ('page:load-detail-reader', the page shows a
// debtor's details), the site-adapter rules ('page:load-site-rules', adapters are stored) and the
// Traditional label fold ('page:load-label-fold', the page is written in Traditional Chinese). The
// tab's content script asks; the script is injected into that tab's top frame only, never into
// another tab or frame, nor into an extension page.
import { browser, type Browser } from 'wxt/browser';

/** Runs the reader's file (entrypoints/live-reader.ts) in a tab's top frame. */
type Inject = (tabId: number) => Promise<unknown>;

const injectReader: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/live-reader.js'] });

/** Runs the panel tab's file (entrypoints/panel-tab.ts: the live transcript, the field the agent is in), asked for the same way ('page:load-panel-tab'). */
export const injectPanelTab: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/panel-tab.js'] });

/** Runs the detail readers' file (entrypoints/detail-reader.ts), asked for the same way ('page:load-detail-reader'). */
export const injectDetailReader: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/detail-reader.js'] });

/** Runs the site-adapter rules' file (entrypoints/site-rules.ts), asked for the same way ('page:load-site-rules'). */
export const injectSiteRules: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/site-rules.js'] });

/** Runs the Traditional label fold's file (entrypoints/label-fold.ts), asked for the same way ('page:load-label-fold'). */
export const injectLabelFold: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/label-fold.js'] });

/** Inject the reader (or, with `inject`, another page reader) into the sender's own tab (top frame); false when the sender may not have it. */
export async function loadPageScript(
  sender: Browser.runtime.MessageSender,
  inject: Inject = injectReader,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return false;
  // A panel or options page opened in a tab has a tab and frame 0 too: only web pages get the reader.
  if (!sender.url || !/^https?:/i.test(sender.url) || sender.url.startsWith(browser.runtime.getURL('/'))) return false;
  try {
    await inject(tabId);
    return true;
  } catch {
    return false; /* the tab went away or navigated, or the origin is no longer granted */
  }
}
