// The part of the page in front: an open drawer or dialog over a case list holds the debtor
// the agent is working on, so values behind it yield. Found from the value elements already
// chosen as candidates (a bounded climb each), never by scanning the page.
import { flatContains, flatParent } from './flat-tree';
import { shownOnScreen } from './visibility';

const OVERLAY_CLASS = /(^|[\s_-])(drawer|modal|dialog|offcanvas|slide-?over|side-?sheet)([\s_-]|$)/i;
const NOT_OVERLAY_CLASS = /backdrop|mask|overlay|wrapper-closed|-(header|footer|title|body-wrapper)\b/i;
const CLIMB = 30;

/** Is `el` an overlay container: a dialog, an aria-modal element, or a kit's drawer / modal? */
function isOverlay(el: Element): boolean {
  if (el.localName === 'dialog') return el.hasAttribute('open');
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  const cls = el.getAttribute('class');
  return !!cls && OVERLAY_CLASS.test(cls) && !NOT_OVERLAY_CLASS.test(cls);
}

function overlayOf(el: Element, seen: Map<Element, boolean>): Element | null {
  let outer: Element | null = null;
  let n: Element | null = el;
  // The outermost overlay element wins: a drawer's body sits inside the drawer.
  for (let i = 0; n && i < CLIMB; i++, n = flatParent(n)) {
    let is = seen.get(n);
    if (is === undefined) seen.set(n, (is = isOverlay(n)));
    if (is) outer = n;
  }
  return outer;
}

/**
 * The open overlay holding at least two of the candidate values, or null. When several do,
 * the one holding the most (the case drawer, not a tooltip).
 */
export function foregroundOf(values: Element[]): Element | null {
  const counts = new Map<Element, number>();
  const seen = new Map<Element, boolean>();
  for (const el of values) {
    const o = overlayOf(el, seen);
    if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  let best: Element | null = null;
  let most = 1;
  for (const [o, n] of counts) {
    if (n > most && shownOnScreen(o)) {
      best = o;
      most = n;
    }
  }
  // Only when something is behind it: a page that is all one dialog needs no ranking.
  return best && values.some((v) => !flatContains(best!, v)) ? best : null;
}
