// "Pick on page" for adapters, and the field highlight: an overlay box drawn in a closed shadow
// root on its own host element, so the page's CSS is never touched and the page cannot style
// it. Clicking captures a robust selector; Esc or abort cancels; everything is removed after.
import { buildSelector, pathTo, CHAIN, resolveSelector } from './pick-selector';
import { OVERLAY_ATTR } from './scan';
import { controlValue } from './value-text';

export interface PickResult {
  /** Selector within the element's own document / shadow root. */
  selector: string;
  /** Frames and shadow hosts leading to it, outermost first. */
  path: string[];
  /** path + selector joined with " >>> ": what an adapter stores. */
  chain: string;
  /** The text the element shows (for the supervisor to confirm). */
  text: string;
}

export interface PickerOptions {
  onPick: (result: PickResult) => void;
  onCancel?: () => void;
  signal?: AbortSignal;
  /** Hint shown beside the box. */
  hint?: string;
  /** What is really meant by the element under the pointer (the transcript around a clicked line). */
  widen?: (el: Element) => Element;
}

interface Overlay {
  host: HTMLElement;
  show(rect: DOMRect | null, label?: string): void;
  remove(): void;
}

const CSS = `
  .box { position: fixed; box-sizing: border-box; border: 2px solid #e8590c; background: rgba(232, 89, 12, .12);
         border-radius: 3px; pointer-events: none; display: none; transition: all 40ms linear; }
  .tip { position: fixed; font: 12px/1.4 system-ui, sans-serif; color: #fff; background: #1f2937; padding: 2px 6px;
         border-radius: 3px; pointer-events: none; display: none; max-width: 420px; white-space: nowrap;
         overflow: hidden; text-overflow: ellipsis; }
`;

function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('daihou-overlay');
  host.setAttribute(OVERLAY_ATTR, '');
  // Only the host's own inline style: never a stylesheet in the page.
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const tip = doc.createElement('div');
  tip.className = 'tip';
  root.append(style, box, tip);
  (doc.documentElement ?? doc.body).appendChild(host);
  return {
    host,
    show(rect, label) {
      if (!rect) {
        box.style.display = tip.style.display = 'none';
        return;
      }
      Object.assign(box.style, { display: 'block', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      if (label) {
        tip.textContent = label;
        Object.assign(tip.style, { display: 'block', left: `${rect.left}px`, top: `${Math.max(0, rect.top - 22)}px` });
      } else tip.style.display = 'none';
    },
    remove: () => host.remove(),
  };
}

/** The element's box in the top document's viewport (adding the offsets of same-origin frames). */
export function viewportRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let frame = el.ownerDocument.defaultView?.frameElement ?? null;
  for (let i = 0; frame && i < 8; i++) {
    const fr = frame.getBoundingClientRect();
    x += fr.left + (frame as HTMLElement).clientLeft;
    y += fr.top + (frame as HTMLElement).clientTop;
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return new DOMRect(x, y, r.width, r.height);
}

function shownText(el: Element): string {
  const v = /^(input|select|textarea)$/.test(el.localName) ? controlValue(el) : el.textContent;
  return (v ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Same-origin frame documents of a page (one level per frame), to pick inside them too. */
function frameDocuments(doc: Document): Document[] {
  const out = [doc];
  for (const f of Array.from(doc.querySelectorAll('iframe, frame'))) {
    try {
      const inner = (f as HTMLIFrameElement).contentDocument;
      if (inner) out.push(...frameDocuments(inner));
    } catch {
      /* cross-origin */
    }
  }
  return out;
}

/**
 * Start "pick on page": the element under the mouse is outlined; a click picks it (the page
 * never sees that click); Esc cancels. Returns a function that stops picking.
 */
export function startPicker(doc: Document, { onPick, onCancel, signal, hint, widen }: PickerOptions): () => void {
  const overlay = createOverlay(doc);
  const docs = frameDocuments(doc);
  let current: Element | null = null;
  let done = false;

  const targetOf = (e: Event): Element | null => {
    const t = e.composedPath()[0] as Node | undefined;
    const el = t && t.nodeType === 1 ? (t as Element) : ((t?.parentElement as Element | null | undefined) ?? null);
    if (!el || el.closest(`[${OVERLAY_ATTR}]`)) return null;
    if (!widen) return el;
    try {
      return widen(el);
    } catch {
      return el;
    }
  };
  const onMove = (e: Event) => {
    const el = targetOf(e);
    if (!el || el === current) return;
    current = el;
    const sel = buildSelector(el);
    overlay.show(viewportRect(el), `${hint ? hint + ' · ' : ''}${sel}`);
  };
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    e.stopImmediatePropagation();
  };
  const onClick = (e: Event) => {
    swallow(e);
    const el = targetOf(e) ?? current;
    if (!el) return;
    const selector = buildSelector(el);
    const path = pathTo(el);
    stop();
    onPick({ selector, path, chain: [...path, selector].join(CHAIN), text: shownText(el) });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    swallow(e);
    stop();
    onCancel?.();
  };
  const onAbort = () => {
    if (!done) {
      stop();
      onCancel?.();
    }
  };

  const listeners: [Document, string, EventListener][] = [];
  for (const d of docs) {
    const add = (type: string, fn: EventListener) => {
      d.addEventListener(type, fn, true);
      listeners.push([d, type, fn]);
    };
    add('mousemove', onMove);
    add('click', onClick);
    for (const t of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu']) add(t, swallow);
    add('keydown', onKey as EventListener);
  }
  signal?.addEventListener('abort', onAbort);

  function stop(): void {
    if (done) return;
    done = true;
    for (const [d, type, fn] of listeners) d.removeEventListener(type, fn, true);
    signal?.removeEventListener('abort', onAbort);
    overlay.remove();
  }
  return stop;
}

/** Outline one element for a moment (the panel's "where was this read?"). */
export function flashHighlight(doc: Document, el: Element, ms = 2000): () => void {
  const overlay = createOverlay(doc);
  el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const place = () => overlay.show(viewportRect(el));
  place();
  const raf = doc.defaultView?.setInterval(place, 100);
  const timer = doc.defaultView?.setTimeout(() => stop(), ms);
  function stop(): void {
    if (raf !== undefined) doc.defaultView?.clearInterval(raf);
    if (timer !== undefined) doc.defaultView?.clearTimeout(timer);
    overlay.remove();
  }
  return stop;
}
