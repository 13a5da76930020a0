// The background's half of loading the live-transcript reader: a CRM tab's content script asks
// ('page:load-reader') when its page may show a transcript; the reader is injected into that
// tab's top frame only, never into another tab or frame, nor into an extension page.
import { browser, type Browser } from 'wxt/browser';

/** Runs the reader's file (entrypoints/live-reader.ts) in a tab's top frame. */
type Inject = (tabId: number) => Promise<unknown>;

const injectReader: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/live-reader.js'] });

/** Runs the live-transcript detector's file (entrypoints/transcript-detector.ts), asked for the same way ('page:load-detector'). */
export const injectDetector: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/transcript-detector.js'] });

/** Runs the detail readers' file (entrypoints/detail-reader.ts), asked for the same way ('page:load-detail-reader'). */
export const injectDetailReader: Inject = (tabId) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/detail-reader.js'] });

/** Inject the reader (or, with `inject`, another page reader) into the sender's own tab (top frame); false when the sender may not have it. */
export async function loadLiveReader(
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
