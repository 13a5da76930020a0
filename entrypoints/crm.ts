// Content script on CRM pages: reads the debtor's fields and tells the extension. What serves an
// open panel only (the call's live transcript, the field the agent is in for the page tools that
// insert a script) is injected into tabs a panel has shown (entrypoints/panel-tab.ts,
// docs/live-transcript.md) and rides on this script's page watcher. Never restyles the page or
// throws into it.
//
// An unlisted script, declared as a content script in wxt.config.ts (and registered at run time
// for the bank's CRM origins, lib/background/crm-origins.ts): WXT's content-script wrapper would
// add its context class (about 1 KB gzip on every CRM page) and announce each start to the page
// with a DOM event named after this extension's id. This script keeps its own life: one
// instance per tab, stopped when the extension is updated or removed.
import { browser } from 'wxt/browser';
import { extractDebtorContext, fieldElements, wantsDetailReaders } from '@/lib/extract';
import { registerDetailHost, type DetailReaders } from '@/lib/extract/detail-host';
import { watchDebtorContext } from '@/lib/extract/watch';
import { hasDebtor, type DebtorContext } from '@/lib/extract/types';
import type { SiteRules } from '@/lib/extract/adapter-match';
import { registerSiteHost } from '@/lib/extract/site-host';
import { registerFoldHost, wantsLabelFold } from '@/lib/extract/fold-host';
import { addLabelFold } from '@/lib/extract/normalize';
import { adaptersStored, onAdaptersStored } from '@/lib/extract/adapter-store';
import { registerPanelHost, type PanelTab } from '@/lib/live/transcript/host';
import { onMessages, sendMessage, type ContentStats } from '@/lib/messaging';
import { checkCrmMessage } from '@/lib/crm/message-check';
import { providePage } from '@/lib/crm/focus';
import { keepShown } from '@/lib/crm/shown-elements';

/**
 * What the extension is told: the debtor, or on a case list only that it is a list (its first
 * row is no debtor, so none of its fields leave the page), or nothing.
 */
function reportable(found: DebtorContext): DebtorContext | null {
  const maybe: DebtorContext | null = found; // hasDebtor narrows: keep `found` whole
  if (hasDebtor(maybe)) return maybe;
  if (found.page?.kind !== 'list') return null;
  return { url: found.url, origin: found.origin, extractedAt: found.extractedAt, fields: {}, page: found.page };
}

export default defineUnlistedScript(() => {
  if (window.top !== window) return; // frames are read from the top document
  const started = performance.now();
  const stats: ContentStats = { initMs: 0, lastExtractMs: 0, scans: 0 };
  const controller = new AbortController();
  // Cut off from the extension (updated, reloaded or removed: its messages go nowhere): stop.
  const alive = (): boolean => {
    if (!controller.signal.aborted && !browser.runtime?.id) controller.abort();
    return !controller.signal.aborted;
  };
  // One instance per tab: run again (after an install or update, lib/background/reinject), this
  // one stops the earlier instance in this isolated world, so the page is watched, and its live
  // transcript read and sent, once.
  const running = window as unknown as { __daihouContent?: AbortController };
  running.__daihouContent?.abort();
  running.__daihouContent = controller;

  // Site adapters (options page, packs) win over heuristics. Their rules are injected only into
  // tabs of a browser where adapters are stored (lib/extract/site-host.ts); the page is read
  // again when they arrive or change.
  let site: SiteRules | undefined;
  let askedSite = false;
  const transcriptRule = () => site?.transcriptRule(location.href) ?? null;
  let lastFound: DebtorContext | null = null;
  // The detail readers (lib/extract/detail-host.ts: a name from a title, the CRM's own history),
  // asked for once a page shows a debtor's details; the page is read again when they arrive.
  let readers: DetailReaders | undefined;
  let askedReaders = false;
  /** The Traditional label fold was asked for (lib/extract/fold-host.ts), or arrived. */
  let askedFold = false;
  const timedExtract = (): DebtorContext => {
    const t0 = performance.now();
    const found = extractDebtorContext(document, { site, readers, exclude: tab ? (n) => tab!.owns(n) : undefined });
    stats.lastExtractMs = performance.now() - t0;
    stats.scans++;
    lastFound = found;
    // For "where was this read?" (the page tools outline the element: lib/crm/shown-elements).
    keepShown(fieldElements(found));
    // A page written in Traditional Chinese: its labels are read through the fold, loaded now.
    if (!askedFold && alive() && wantsLabelFold(document, Object.keys(found.fields).length)) {
      askedFold = true;
      sendMessage('page:load-label-fold', {}).then((ok) => (askedFold = ok), () => (askedFold = false));
    }
    if (!readers && !askedReaders && alive() && wantsDetailReaders(found)) {
      askedReaders = true;
      // Asked once; again only when the message did not get through.
      sendMessage('page:load-detail-reader', {}).catch(() => (askedReaders = false));
    }
    return found;
  };
  const report = (found: DebtorContext) => {
    if (!alive()) return;
    sendMessage('page:context', { context: reportable(found) }).catch(() => {});
  };
  // What a tab a panel has shown runs (the call's live transcript, the field the agent is in:
  // lib/live/transcript/panel-tab.ts): asked for once the page is idle (start-up cost is
  // measured); the background injects it only into a tab a panel has shown (a panel opened later
  // injects it then). It rides on this script's page watcher (tap) and keeps the transcript's
  // own text out of the extraction (owns).
  let tab: PanelTab | null = null;
  let askedTab = false;
  const askTab = () => {
    if (tab || askedTab || !alive()) return;
    askedTab = true;
    sendMessage('page:load-panel-tab', {}).then((ok) => (askedTab = ok), () => (askedTab = false));
  };
  const tap = (records: MutationRecord[]): boolean => tab?.tap(records) ?? false;
  // Registered before the first read, which may ask for them.
  registerFoldHost(window, {
    provide(pairs) {
      askedFold = true;
      if (!controller.signal.aborted && addLabelFold(pairs)) setTimeout(() => watch.flush());
    },
  });
  registerDetailHost(window, {
    provide(given) {
      if (readers || controller.signal.aborted) return;
      readers = given;
      setTimeout(() => watch.flush());
    },
  });
  const watch = watchDebtorContext(document, { onChange: report, signal: controller.signal, extract: timedExtract, tap });
  registerPanelHost(window, {
    // Injected twice (a panel opened, and this script's own ask): one panel tab.
    provide(start) {
      if (tab || controller.signal.aborted) return;
      tab = start({
        doc: document,
        signal: controller.signal,
        alive,
        flush: () => watch.flush(),
        shown: () => lastFound,
        transcriptRule,
        resolve: (doc, selector) => site?.resolve(doc, selector) ?? null,
      });
    },
  });
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(askTab, { timeout: 500 });
  else setTimeout(askTab, 50);
  registerSiteHost(window, {
    provide(given) {
      if (controller.signal.aborted) return;
      site = given;
      watch.flush();
      tab?.sitesChanged();
    },
  });
  const askSite = () => {
    if (askedSite || !alive()) return;
    askedSite = true;
    // Asked once; again only when the message did not get through.
    sendMessage('page:load-site-rules', {}).then((ok) => (askedSite = ok), () => (askedSite = false));
  };
  void adaptersStored().then((stored) => stored && askSite());
  controller.signal.addEventListener('abort', onAdaptersStored(askSite));
  // Inserting a script is the page tools' (entrypoints/picker.ts): they ask this which debtor the
  // page shows, read afresh (it may show another one than the panel last heard of).
  providePage(timedExtract);

  const stop = onMessages({
    'crm:extract-now': () => {
      return reportable(timedExtract());
    },

    'crm:stats': () => ({ ...stats }),
    // 'crm:pick', 'crm:highlight' and 'crm:insert-text' are answered by entrypoints/picker.ts, injected only when asked for.
  }, checkCrmMessage);
  controller.signal.addEventListener('abort', stop);
  stats.initMs = performance.now() - started;
});
