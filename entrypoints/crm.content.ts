// Content script on CRM pages: reads the debtor's fields and tells the extension; inserts a
// script into the CRM's note box on request. Never restyles the page or throws into it.
import { extractDebtorContext } from '@/lib/extract';
import { watchDebtorContext } from '@/lib/extract/watch';
import { hasDebtor, type DebtorContext } from '@/lib/extract/types';
import { onMessages, sendMessage, type ContentStats } from '@/lib/messaging';
import { insertIntoPage, trackFocus } from '@/lib/crm/insert-text';

export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return; // frames are read from the top document
    const started = performance.now();
    const stats: ContentStats = { initMs: 0, lastExtractMs: 0, scans: 0 };
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());

    const timedExtract = (): DebtorContext => {
      const t0 = performance.now();
      const found = extractDebtorContext(document);
      stats.lastExtractMs = performance.now() - t0;
      stats.scans++;
      return found;
    };
    const report = (found: DebtorContext) => {
      if (!ctx.isValid) return;
      sendMessage('page:context', { context: hasDebtor(found) ? found : null }).catch(() => {});
    };
    watchDebtorContext(document, { onChange: report, signal: controller.signal, extract: timedExtract });
    trackFocus(document, controller.signal);

    const stop = onMessages({
      'crm:extract-now': () => {
        const found = timedExtract();
        return hasDebtor(found) ? found : null;
      },
      'crm:insert-text': ({ text, target }) => insertIntoPage(document, text, target),
      'crm:highlight': () => false,
      'crm:stats': () => ({ ...stats }),
    });
    controller.signal.addEventListener('abort', stop);
    stats.initMs = performance.now() - started;
  },
});
