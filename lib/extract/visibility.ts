// What on a CRM page is not shown: markup that hides (the hidden attribute, inline display:none,
// aria-hidden, closed <dialog>/<details>, UI kits' hiding classes), and in a real browser the
// page's styles, asked only of the few elements about to be chosen. Caches live for one scan.
import { flatParent } from './flat-tree';

/** Forget what the last scan learnt (the page may have changed). */
export function resetVisibility(): void {
  hiddenCache = new Map();
  shownCache = new Map();
}

/** Cheap visibility from markup alone, climbing to the top (cached per scan). */
let hiddenCache = new Map<Element, boolean>();

/** Cheap visibility: the hidden attribute, inline display:none / visibility:hidden, aria-hidden. */
export function looksHidden(el: Element | null, depth = 0): boolean {
  if (!el || depth > 12) return false;
  const known = hiddenCache.get(el);
  if (known !== undefined) return known;
  // Most boxes carry no attribute at all: then no markup of their own can hide them (one read, not six).
  let hidden = el.hasAttributes() ? hiddenByMarkup(el) : el.localName === 'dialog';
  if (!hidden) {
    const parent = flatParent(el);
    // Closed <details>: only the summary shows.
    if (parent?.localName === 'details' && !parent.hasAttribute('open') && el.localName !== 'summary') hidden = true;
    else hidden = looksHidden(parent, depth + 1);
  }
  hiddenCache.set(el, hidden);
  return hidden;
}

/** The element's own markup hides it: hidden / inert, inline display:none, aria-hidden, a hidden input, a closed dialog, a kit's class. */
function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.childElementCount > 0) return true;
  if (el.localName === 'input' && el.getAttribute('type') === 'hidden') return true;
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  return hiddenByClass(el);
}

let shownCache = new Map<Element, boolean>();

/**
 * Shown on screen: not hidden by markup (looksHidden) and, in a browser that knows the styles,
 * not hidden by CSS either (a drawer closed by a class, an inactive tab). The style check costs
 * a style lookup, so it is asked only of the values about to be chosen and their rivals.
 */
export function shownOnScreen(el: Element): boolean {
  let shown = shownCache.get(el);
  if (shown === undefined) {
    shown = !looksHidden(el) && (isHappyDom(el) || shownByBrowser(el));
    shownCache.set(el, shown);
  }
  return shown;
}

/** checkVisibility, except that a `display: contents` wrapper has no box of its own: ask its parent. */
function shownByBrowser(el: Element): boolean {
  let n: Element | null = el;
  for (let i = 0; n && i < 5; i++, n = flatParent(n)) {
    if (typeof (n as HTMLElement).checkVisibility !== 'function') return true;
    if ((n as HTMLElement).checkVisibility({ visibilityProperty: true } as never)) return true;
    const view = n.ownerDocument?.defaultView;
    if (!view || view.getComputedStyle(n).display !== 'contents') return false;
  }
  return true;
}

/** happy-dom (the CLI, unit tests) has no layout: its checkVisibility would guess. */
const happyDocs = new WeakMap<Document, boolean>();
export function isHappyDom(el: Element): boolean {
  const doc = el.ownerDocument;
  let known = happyDocs.get(doc);
  if (known === undefined) {
    const view = doc.defaultView;
    known = /happy-?dom/i.test(view?.navigator?.userAgent ?? '') || 'happyDOM' in (view ?? {});
    happyDocs.set(doc, known);
  }
  return known;
}

/** A tab panel not shown: its tab is not selected, or a sibling panel is marked shown and it is not. */
function hiddenPanel(el: Element, cls: string | null): boolean {
  const by = el.getAttribute('aria-labelledby');
  const tab = by && !by.includes(' ') ? el.ownerDocument.getElementById(by) : null;
  if (tab?.getAttribute('aria-selected') === 'false') return true;
  if (cls && markedShown(cls.toLowerCase().split(/\s+/))) return false;
  for (let c = el.parentElement?.firstElementChild; c; c = c.nextElementSibling)
    if (c !== el && c.getAttribute('role') === 'tabpanel' && markedShown((c.getAttribute('class') ?? '').toLowerCase().split(/\s+/))) return true;
  return false;
}

/** Class tokens marking the shown one of several panes or items (active, layui-show, on…). */
const markedShown = (tokens: readonly string[]): boolean => tokens.some((t) => /^(active|on|current|show|selected)$|[-_](show|active|current|selected)$/.test(t));

/**
 * Hidden by a UI kit's class: Bootstrap's `d-none`, `collapse` without `show`, inactive
 * `tab-pane`; `*-hidden` (ant-tabs-tabpane-hidden), `is-hidden`, `ng-hide`; closed drawers.
 */
function hiddenByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  // A tab panel beside the one shown (marked active, or labelled by the selected tab): Syncfusion's
  // e-item, any kit's role=tabpanel.
  if (el.getAttribute('role') === 'tabpanel' && hiddenPanel(el, cls)) return true;
  if (!cls) return false;
  // A camel-cased hiding class: Telerik's rmpHiddenView.
  if (/[a-z]Hidden(?:[A-Z]\w*)?(?:\s|$)/.test(cls) && !/(?:^|\s)(?:overflow|visually|sr|text|scroll)Hidden/i.test(cls)) return true;
  const tokens = cls.toLowerCase().split(/\s+/);
  const has = (t: string) => tokens.includes(t);
  for (const t of tokens) {
    if (t === 'hidden' || t === 'd-none' || t === 'hide' || t === 'ng-hide' || t === 'is-hidden' || t === 'invisible' || t === 'slds-hide') return true;
    if (t.endsWith('-hidden') && !/^(overflow|visually|sr|text|scroll)-/.test(t)) return true;
    if (t.endsWith('-inactive') || t.endsWith('--inactive')) return true;
  }
  if (has('collapse') && !has('show') && !has('in')) return true;
  // Bootstrap's modal and offcanvas are hidden by its stylesheet until shown.
  if ((has('modal') || has('offcanvas')) && !has('show') && !has('in') && !has('showing') && !/display\s*:\s*block/i.test(el.getAttribute('style') ?? '')) return true;
  // An inactive tab pane: the shown one is marked active (Bootstrap), or on / current / show by hand-made tabs.
  if (has('tab-pane') && !markedShown(tokens)) return true;
  // A kit's tab item or pane (layui-tab-item, amis' cxd-Tabs-pane) beside the one marked shown
  // (layui-show, is-active): hidden by the kit's stylesheet.
  const item = tokens.find((t) => /tabs?-?(?:item|pane|panel)$/.test(t));
  if (item && !markedShown(tokens))
    for (let c = el.parentElement?.firstElementChild; c; c = c.nextElementSibling) {
      const its = c === el ? null : (c.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
      if (its?.includes(item) && markedShown(its)) return true;
    }
  return false;
}
