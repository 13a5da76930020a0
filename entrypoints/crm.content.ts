// Content script on CRM pages: reads the debtor's fields and tells the extension; streams the
// call's live transcript when the page shows one; inserts a script into the CRM's note box on
// request. Never restyles the page or throws into it.
import { extractDebtorContext } from '@/lib/extract';
import { watchDebtorContext } from '@/lib/extract/watch';
import { hasDebtor, type DebtorContext } from '@/lib/extract/types';
import { debtorIdentity } from '@/lib/extract/identity';
import { transcriptRuleFor, type SiteAdapter } from '@/lib/extract/adapter-match';
import { resolveSelector } from '@/lib/extract/pick-selector';
import { startTranscriptReader, type TranscriptReader } from '@/lib/live/transcript/reader';
import { namesFromContext } from '@/lib/live/transcript/names';
import { loadSiteAdapters, watchSiteAdapters } from '@/lib/extract/adapter-store';
import { onMessages, sendMessage, type ContentStats } from '@/lib/messaging';
import { checkCrmMessage } from '@/lib/crm/message-check';
import { insertIntoPage, trackFocus } from '@/lib/crm/insert-text';

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

export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  // WXT would also window.postMessage its start-up (naming this extension's id) to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return; // frames are read from the top document
    const started = performance.now();
    const stats: ContentStats = { initMs: 0, lastExtractMs: 0, scans: 0 };
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());

    // Site adapters (options page) win over heuristics; the page is re-read when they change.
    let adapters: SiteAdapter[] = [];
    let lastFound: DebtorContext | null = null;
    const timedExtract = (): DebtorContext => {
      const t0 = performance.now();
      const found = extractDebtorContext(document, { adapters, exclude: transcript ? (n) => transcript!.owns(n) : undefined });
      stats.lastExtractMs = performance.now() - t0;
      stats.scans++;
      lastFound = found;
      return found;
    };
    const report = (found: DebtorContext) => {
      if (!ctx.isValid) return;
      sendMessage('page:context', { context: reportable(found) }).catch(() => {});
    };
    // The call's live transcript, if the page shows one: started once the page is idle (start-up
    // cost is measured), it rides on the page watcher's observer to notice a transcript appearing
    // late, and its own changes never make the debtor be read again.
    let transcript: TranscriptReader | null = null;
    const tap = (records: MutationRecord[]): boolean => {
      if (!transcript) return false;
      transcript.poke(records);
      return records.every((r) => transcript!.owns(r.target));
    };
    const watch = watchDebtorContext(document, { onChange: report, signal: controller.signal, extract: timedExtract, tap });
    const startTranscript = () => {
      if (controller.signal.aborted || transcript) return;
      transcript = startTranscriptReader({
        doc: document,
        signal: controller.signal,
        rule: () => transcriptRuleFor(adapters, location.href),
        names: () => namesFromContext(lastFound),
        resolve: (doc, selector) => resolveSelector(doc, selector),
        layout: true,
        // Its "客户：…" lines are speech: read the debtor's fields again without them.
        onContainer: () => watch.flush(),
        send: (turns) => {
          if (ctx.isValid) sendMessage('page:turns', { turns }).catch(() => {});
        },
      });
    };
    const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(startTranscript, { timeout: 500 });
    else setTimeout(startTranscript, 50);
    void loadSiteAdapters().then((a) => {
      adapters = a;
      if (a.length) watch.flush();
      if (transcriptRuleFor(a, location.href)) transcript?.reset();
    });
    controller.signal.addEventListener(
      'abort',
      watchSiteAdapters((a) => {
        adapters = a;
        watch.flush();
        transcript?.reset();
      }),
    );
    trackFocus(document, controller.signal);

    const stop = onMessages({
      'crm:extract-now': () => {
        return reportable(timedExtract());
      },
      // Read the page afresh: it may show another debtor than the panel last heard of.
      'crm:insert-text': (req) => insertIntoPage(document, req, debtorIdentity(timedExtract())?.key ?? null),
      'crm:stats': () => ({ ...stats }),
      // 'crm:pick' and 'crm:highlight' are answered by entrypoints/picker.ts, injected only when asked for.
    }, checkCrmMessage);
    controller.signal.addEventListener('abort', stop);
    stats.initMs = performance.now() - started;
  },
});
