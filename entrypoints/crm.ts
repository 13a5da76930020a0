// Content script on CRM pages: reads the debtor's fields and tells the extension; streams the
// call's live transcript when the page shows one (its detector is injected only into tabs a panel
// has shown, and the reader only into pages where the detector notices a candidate:
// docs/live-transcript.md); follows the field the
// agent is in, for the page tools that insert a script (entrypoints/picker.ts). Never restyles the
// page or throws into it.
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
import { adaptersStored, onAdaptersStored } from '@/lib/extract/adapter-store';
import type { ReaderMemory, TranscriptReader } from '@/lib/live/transcript/reader';
import { registerTranscriptHost, type TranscriptDetector } from '@/lib/live/transcript/host';
import { onMessages, sendMessage, type ContentStats } from '@/lib/messaging';
import { checkCrmMessage } from '@/lib/crm/message-check';
import { providePage, trackFocus } from '@/lib/crm/focus';
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
  const running = window as unknown as { __daihouContent?: AbortController; __daihouReaderMemory?: ReaderMemory };
  running.__daihouContent?.abort();
  running.__daihouContent = controller;
  // The transcript lines already read in this tab keep their ids (and are not sent again) when the
  // reader is started anew by a newer instance.
  const readerMemory = (running.__daihouReaderMemory ??= {});

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
  const timedExtract = (): DebtorContext => {
    const t0 = performance.now();
    const found = extractDebtorContext(document, { site, readers, exclude: transcript ? (n) => transcript!.owns(n) : undefined });
    stats.lastExtractMs = performance.now() - t0;
    stats.scans++;
    lastFound = found;
    // For "where was this read?" (the page tools outline the element: lib/crm/shown-elements).
    keepShown(fieldElements(found));
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
  // The call's live transcript, if the page shows one. It goes to an open panel only, so the
  // detector is asked for once the page is idle (start-up cost is measured) and the background
  // injects it only into a tab a panel has shown (entrypoints/transcript-detector.ts; a panel
  // opened later injects it then). With it, this script looks for a candidate then, and again on
  // the page watcher's changes that may add a transcript (the reader's own evidence:
  // lib/live/transcript/detect). On one, or when a site adapter says where this site's transcript
  // is, the background injects the full reader (entrypoints/live-reader.ts), which hands its start
  // function to this script (lib/live/transcript/host): the reader rides on the page watcher's
  // observer, and its own changes never make the debtor be read again.
  let transcript: TranscriptReader | null = null;
  let detector: TranscriptDetector | null = null;
  /** The detector was asked for (and not refused). */
  let askedDetector = false;
  /** The reader was asked for (and not refused). */
  let asked = false;
  let lookTimer: ReturnType<typeof setTimeout> | undefined;
  let lookedAt = 0;
  const look = () => {
    lookTimer = undefined;
    if (transcript || asked || !alive()) return;
    lookedAt = Date.now();
    if (transcriptRule() || detector?.candidate(document, lastFound)) {
      asked = true;
      sendMessage('page:load-reader', {}).then((ok) => (asked = ok), () => (asked = false));
    } else if (!detector && !askedDetector) {
      // Its arrival looks again (detect, below).
      askedDetector = true;
      sendMessage('page:load-detector', {}).then((ok) => (askedDetector = ok), () => (askedDetector = false));
    }
  };
  const tap = (records: MutationRecord[]): boolean => {
    if (!transcript) {
      // At most one look per half second under a stream of page changes.
      if (detector && !asked && !lookTimer && detector.mayAdd(records, lastFound)) lookTimer = setTimeout(look, lookedAt + 500 - Date.now());
      return false;
    }
    transcript.poke(records);
    return records.every((r) => transcript!.owns(r.target));
  };
  // Registered before the first read, which may ask for it.
  registerDetailHost(window, {
    provide(given) {
      if (readers || controller.signal.aborted) return;
      readers = given;
      setTimeout(() => watch.flush());
    },
  });
  const watch = watchDebtorContext(document, { onChange: report, signal: controller.signal, extract: timedExtract, tap });
  registerTranscriptHost(window, {
    // Injected twice (re-injected after an update, a second candidate): one reader only.
    provide(start) {
      if (transcript || controller.signal.aborted) return;
      transcript = start({
        doc: document,
        signal: controller.signal,
        rule: transcriptRule,
        shown: () => lastFound,
        resolve: (doc, selector) => site?.resolve(doc, selector) ?? null,
        layout: true,
        memory: readerMemory,
        // Its "客户：…" lines are speech: read the debtor's fields again without them (once
        // `transcript` is set, so the extraction leaves its container out).
        onContainer: () => void setTimeout(watch.flush),
        send: (turns) => {
          if (alive()) sendMessage('page:turns', { turns }).catch(() => {});
        },
      });
    },
    detect(given) {
      if (detector || controller.signal.aborted) return;
      detector = given;
      look();
    },
  });
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(look, { timeout: 500 });
  else setTimeout(look, 50);
  registerSiteHost(window, {
    provide(given) {
      if (controller.signal.aborted) return;
      site = given;
      watch.flush();
      if (transcript) transcript.reset();
      else look();
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
  trackFocus(document, controller.signal);
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
