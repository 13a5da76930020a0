// Re-extracts when the page changes (DOM mutations in the document, its open shadow roots and
// same-origin iframes; pushState / replaceState, popstate, hashchange), debounced so a burst of
// mutations costs one scan, and reports only when the result differs. A new debtor replaces the
// old one whole. Never throws into the page; ignores the mutations of our own overlay.
import { extractDebtorContext, scannedRoots } from './index';
import { OVERLAY_ATTR } from './scan';
import type { DebtorContext } from './types';

export interface WatchOptions {
  onChange: (ctx: DebtorContext) => void;
  signal: AbortSignal;
  /** Quiet time after the last change before re-reading (trailing debounce). */
  debounceMs?: number;
  /** Longest wait under a continuous stream of changes: at most one scan per this window. */
  maxWaitMs?: number;
  /** How often location.href is compared (pushState is invisible to an isolated world). */
  urlPollMs?: number;
  /** The extraction to run (to pass adapters); defaults to extractDebtorContext(doc). */
  extract?: (doc: Document) => DebtorContext;
  /**
   * Sees each batch of page changes first (the live-transcript reader: a transcript appearing
   * late is found without a second page-wide observer). True when the batch only touched what
   * the tap owns, so the debtor is not read again for it.
   */
  tap?: (records: MutationRecord[]) => boolean;
}

export interface DebtorWatch {
  /** Read the page now, skipping the debounce; returns the context it reported or kept. */
  flush(): DebtorContext | null;
}

/**
 * What makes two readings "the same": the URL, every field's value and raw text, and the CRM's
 * own history (a new row in its contact log is news even when no field changed).
 */
export function contextSignature(ctx: DebtorContext): string {
  return JSON.stringify([ctx.url, Object.entries(ctx.fields).map(([k, f]) => [k, f?.value, f?.raw]), ctx.crmHistory]);
}

function isOverlay(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).hasAttribute(OVERLAY_ATTR);
}

/** True when every record of a batch only adds, removes or changes our own overlay. */
function onlyOverlay(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (isOverlay(r.target)) continue;
    if (r.type !== 'childList') return false;
    for (const n of Array.from(r.addedNodes)) if (!isOverlay(n)) return false;
    for (const n of Array.from(r.removedNodes)) if (!isOverlay(n)) return false;
  }
  return true;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'hidden', 'selected', 'src'] };

export function watchDebtorContext(
  doc: Document,
  { onChange, signal, debounceMs = 120, maxWaitMs = 300, urlPollMs = 250, extract = (d) => extractDebtorContext(d), tap }: WatchOptions,
): DebtorWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  let lastSig = '';
  let last: DebtorContext | null = null;
  const win = doc.defaultView;
  let href = doc.location?.href ?? '';
  const observed = new Map<Node, MutationObserver>();

  const observeRoots = (ctx: DebtorContext) => {
    const roots = new Set<Node>([doc.documentElement, ...scannedRoots(ctx).map((r) => (r.nodeType === 9 ? (r as Document).documentElement : r))]);
    for (const [root, obs] of observed) {
      if (!roots.has(root) || !root.isConnected) {
        obs.disconnect();
        observed.delete(root);
      }
    }
    for (const root of roots) {
      if (!root || observed.has(root)) continue;
      const obs = new MutationObserver((records) => {
        if (onlyOverlay(records)) return;
        let owned = false;
        try {
          owned = tap?.(records) ?? false;
        } catch {
          /* never throw into the page */
        }
        if (!owned) schedule();
      });
      try {
        obs.observe(root, OBSERVE);
        observed.set(root, obs);
      } catch {
        /* a root that went away */
      }
    }
  };

  const run = (): DebtorContext | null => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstAt = 0;
    if (signal.aborted) return last;
    try {
      href = doc.location?.href ?? href;
      const ctx = extract(doc);
      observeRoots(ctx);
      const sig = contextSignature(ctx);
      if (sig === lastSig) return last;
      lastSig = sig;
      last = ctx;
      onChange(ctx);
      return ctx;
    } catch {
      return last; /* never throw into the CRM page */
    }
  };

  function schedule(): void {
    if (signal.aborted) return;
    const now = Date.now();
    if (!firstAt) firstAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now));
    timer = setTimeout(run, wait);
  }

  const onUrlMaybeChanged = () => {
    const now = doc.location?.href ?? '';
    if (now !== href) {
      href = now;
      schedule();
    }
  };
  const onFrameLoad = (e: Event) => {
    const t = e.target as Element | null;
    if (t && (t.localName === 'iframe' || t.localName === 'frame')) schedule();
  };
  const poll = setInterval(onUrlMaybeChanged, urlPollMs);
  win?.addEventListener('hashchange', schedule);
  win?.addEventListener('popstate', schedule);
  doc.addEventListener('load', onFrameLoad, true);
  signal.addEventListener('abort', () => {
    for (const obs of observed.values()) obs.disconnect();
    observed.clear();
    if (timer !== undefined) clearTimeout(timer);
    clearInterval(poll);
    win?.removeEventListener('hashchange', schedule);
    win?.removeEventListener('popstate', schedule);
    doc.removeEventListener('load', onFrameLoad, true);
  });
  if (!signal.aborted) run();
  return { flush: run };
}
