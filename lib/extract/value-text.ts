// The text an element shows as a value: a control's value (with the units beside it), the text
// of a cell without its buttons, action links and hidden parts, what slots and shadow roots show,
// the whole of a text cut with an ellipsis, the machine date of a <time>.
import { shownText } from './flat-tree';
import { isOwnButton, namesAnAction } from './not-a-value';
import { isHappyDom, looksHidden, shownOnScreen } from './visibility';

export const CONTROL_SEL = 'input, select, textarea';
export const MAX_VALUE_TEXT = 200;

export function isControl(el: Element): boolean {
  const t = el.localName;
  return t === 'input' || t === 'select' || t === 'textarea';
}

/** The value a control shows; null for controls that show none (hidden, password, buttons). */
export function controlValue(el: Element): string | null {
  const t = el.localName;
  if (t === 'select') {
    const s = el as HTMLSelectElement;
    let opt: Element | null | undefined = s.selectedOptions?.[0] ?? s.options?.[s.selectedIndex];
    // happy-dom (the CLI) does not apply `selected` attributes to the selection: the markup knows better.
    if (!opt || isHappyDom(el)) opt = s.querySelector('option[selected]') ?? opt;
    return opt ? (opt.textContent ?? '').trim() : null;
  }
  if (t === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (/^(hidden|password|checkbox|radio|button|submit|reset|file|image)$/.test(type)) return null;
  }
  const v = (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
  return v.trim() || null;
}

/** The text an element shows as a value, or null when it is a container or a label itself. */
export function valueText(el: Element, labels: Set<Element>): string | null {
  if (labels.has(el)) return null;
  if (isControl(el)) return withAddons(el, controlValue(el));
  let text = shownText(el);
  if (text.length > MAX_VALUE_TEXT * 3) return null;
  const ctl = el.childElementCount ? shownControl(el) : null;
  if (ctl) {
    const v = controlValue(ctl);
    // A picker whose input is empty shows its choice as text beside it (Element Plus, Ant selects).
    if (v) return withAddons(ctl, v);
  }
  // Parts that are not the value (hidden bits, buttons, action links) are left out, in the light
  // DOM and in what slots and shadow roots show alike.
  if (el.childElementCount && (text !== (el.textContent ?? '') || el.querySelector(NOT_SHOWN_PART))) text = shownText(el, notPartOfValue);
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_VALUE_TEXT) return null;
  // "<time datetime=2026-08-03>8月3日</time>": the machine-readable date is the whole date.
  const time = el.localName === 'time' ? el : el.childElementCount === 1 && el.firstElementChild!.localName === 'time' ? el.firstElementChild : null;
  const iso = time?.getAttribute('datetime');
  if (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) && (time!.textContent ?? '').trim() === t) return iso.slice(0, 10);
  // A container holding other labels is a section, not a value.
  if (el.childElementCount) for (const l of labels) if (el.contains(l)) return null;
  return untruncated(el, t);
}

/** The first control of a container that shows something (not type=hidden, not in a hidden part). */
export function shownControl(el: Element): Element | null {
  for (const c of Array.from(el.querySelectorAll(CONTROL_SEL))) {
    // A kit's original <select> hidden by its stylesheet (layui) beside the widget that shows the choice.
    if (c.getAttribute('type')?.toLowerCase() === 'hidden' || !shownOnScreen(c)) continue;
    return c;
  }
  return null;
}

/** Parts of a value cell that are not its value: hidden bits (vtiger's edit span, tooltips) and inline buttons ("Edit Mobile"). */
const NOT_SHOWN_PART =
  '[hidden], .hide, .hidden, .d-none, [aria-hidden="true"], [style*="display: none"], [style*="display:none"], button, [role="button"], a, ' +
  '[class*="nvisible"], [class*="sr-only"], [class*="visually-hidden"], [class*="assistive-text"]';

/** A button itself, not a button's ancestors: a value may sit in a clickable row. A button showing
 *  a number is the value (click to call: "<a class=btn-call>138****1234</a>"). */
function notPartOfValue(el: Element): boolean {
  return looksHidden(el) || forScreenReaders(el) || (isOwnButton(el) && !/^[\s+\d*＊•●×()-]{7,}$/.test(el.textContent ?? '')) || isActionLink(el);
}

/** Text for screen readers only ("Emphasized", "Value State Error") is not what the value shows.
 *  (A label for screen readers is still a label: this applies inside values only.) */
function forScreenReaders(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && /invisible|sr-only|visually-hidden|assistive-text|screen-reader/i.test(cls);
}

/** "139****6021 [拨打]", a 📞 icon titled 拨打: a link inside a value that names an action (by its
 *  text, or by its title when it shows only an icon) is not part of it. */
function isActionLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const text = el.textContent ?? '';
  if (namesAnAction(text)) return true;
  return !/[\p{L}\p{N}]/u.test(text) && namesAnAction(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '');
}

/** Units and currencies shown beside an input ("8.5" + "万元", "¥" + "12,000"): part of the value. */
const ADDON_RE = /^(?:[¥￥$€£₹₱]|hk\$|nt\$|us\$|rmb|cny|usd|元|万元?|萬元?|天|日|days?|%)$/i;

export function withAddons(ctl: Element, value: string | null): string | null {
  if (!value) return value;
  let before = '';
  let after = '';
  let n: Element | null = ctl;
  for (let up = 0; n && up < 3 && !before && !after; up++, n = n.parentElement) {
    const prev = n.previousElementSibling;
    const next = n.nextElementSibling;
    const p = prev ? (prev.textContent ?? '').trim() : '';
    const a = next ? (next.textContent ?? '').trim() : '';
    if (p && ADDON_RE.test(p)) before = p;
    if (a && ADDON_RE.test(a)) after = a;
  }
  return before || after ? `${before}${value}${after}` : value;
}

const ELLIPSIS_RE = /(…|\.\.\.|⋯)$/;

/** A text cut with an ellipsis shows its whole value in a title / aria-label: "白金信用卡(分…". */
function untruncated(el: Element, t: string): string {
  if (!ELLIPSIS_RE.test(t)) return t;
  const head = t.replace(ELLIPSIS_RE, '').trim();
  const holders = [el, ...Array.from(el.querySelectorAll('[title], [aria-label]'))];
  for (const h of holders) {
    for (const attr of ['title', 'aria-label', 'data-title']) {
      const full = h.getAttribute(attr)?.trim();
      if (full && full.length > head.length && full.startsWith(head)) return full;
    }
  }
  return t;
}
