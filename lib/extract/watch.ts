// Re-extracts when the page changes (DOM mutations, pushState, hashchange), debounced, and
// reports only when the result differs. Never throws into the page.
import { extractDebtorContext } from './index';
import type { DebtorContext } from './types';

export interface WatchOptions {
  onChange: (ctx: DebtorContext) => void;
  signal: AbortSignal;
  debounceMs?: number;
}

function signature(ctx: DebtorContext): string {
  return JSON.stringify([ctx.url, Object.entries(ctx.fields).map(([k, f]) => [k, f?.value])]);
}

export function watchDebtorContext(doc: Document, { onChange, signal, debounceMs = 150 }: WatchOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    try {
      const ctx = extractDebtorContext(doc);
      const sig = signature(ctx);
      if (sig === last) return;
      last = sig;
      onChange(ctx);
    } catch {
      /* never throw into the CRM page */
    }
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(run, debounceMs);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const win = doc.defaultView;
  win?.addEventListener('hashchange', schedule);
  win?.addEventListener('popstate', schedule);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    win?.removeEventListener('hashchange', schedule);
    win?.removeEventListener('popstate', schedule);
  });
  run();
}
