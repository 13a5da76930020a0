// From a label to the element holding its value, by page structure: "label：value" in one text,
// <label for> / wrapping label / aria → control, th → td, header row → cell below, dt → dd,
// and label/value siblings. Runs only for the few label hits, never over the whole page.
import type { LabelHit } from './scan';
import type { FieldSource } from './types';

export interface ValueCandidate {
  el: Element;
  raw: string;
  method: FieldSource['method'];
  /** How much the structure vouches for the pairing, 0..1. */
  structure: number;
  /** Identity of the value slot: one slot serves one field. */
  slot: string;
}

const CONTROL_SEL = 'input, select, textarea';
const CELL = new Set(['td', 'th']);
const MAX_VALUE_TEXT = 200;
let slotIds = new WeakMap<Element, number>();
let nextSlot = 1;

export function resetSlots(): void {
  slotIds = new WeakMap();
  rowCache = new WeakMap();
  hiddenCache = new Map();
  nextSlot = 1;
}

function slotOf(el: Element, segment = 0): string {
  let id = slotIds.get(el);
  if (id === undefined) slotIds.set(el, (id = nextSlot++));
  return `${id}:${segment}`;
}

function isControl(el: Element): boolean {
  const t = el.localName;
  return t === 'input' || t === 'select' || t === 'textarea';
}

/** The value a control shows; null for controls that show none (hidden, password, buttons). */
export function controlValue(el: Element): string | null {
  const t = el.localName;
  if (t === 'select') {
    const s = el as HTMLSelectElement;
    const opt = s.selectedOptions?.[0] ?? s.options?.[s.selectedIndex];
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
function valueText(el: Element, labels: Set<Element>): string | null {
  if (labels.has(el)) return null;
  if (isControl(el)) return controlValue(el);
  const text = el.textContent ?? '';
  if (text.length > MAX_VALUE_TEXT * 3) return null;
  const ctl = el.childElementCount ? el.querySelector(CONTROL_SEL) : null;
  if (ctl) return controlValue(ctl);
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_VALUE_TEXT) return null;
  // A container holding other labels is a section, not a value.
  if (el.childElementCount) for (const l of labels) if (el.contains(l)) return null;
  return t;
}

let hiddenCache = new Map<Element, boolean>();

/** Cheap visibility: the hidden attribute, inline display:none / visibility:hidden, aria-hidden. */
export function looksHidden(el: Element | null, depth = 0): boolean {
  if (!el || depth > 12) return false;
  const known = hiddenCache.get(el);
  if (known !== undefined) return known;
  let hidden = false;
  if (el.hasAttribute('hidden')) hidden = true;
  else {
    const style = el.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) hidden = true;
    else if (el.getAttribute('aria-hidden') === 'true' && el.childElementCount > 0) hidden = true;
    else if (el.localName === 'input' && el.getAttribute('type') === 'hidden') hidden = true;
    else hidden = looksHidden(el.parentElement, depth + 1);
  }
  hiddenCache.set(el, hidden);
  return hidden;
}

/** The smallest element that holds only the label (climbing wrappers like <span><b>姓名</b></span>). */
export function labelElementOf(hit: LabelHit): Element | null {
  if (hit.control) return hit.control;
  const text = hit.text;
  let el: Element | null = text?.parentElement ?? null;
  if (!el || !text) return el;
  if (hasOtherContent(el, text)) return null; // the text node shares its parent with content
  for (let i = 0; i < 3; i++) {
    const tag = el.localName;
    if (CELL.has(tag) || tag === 'dt' || tag === 'label' || tag === 'li' || tag === 'legend') break;
    const parent: Element | null = el.parentElement;
    if (!parent || parent.childElementCount !== 1 || hasOtherContent(parent, el)) break;
    el = parent;
  }
  return el;
}

/** Does `parent` hold visible content besides `child`? */
function hasOtherContent(parent: Element, child: Node): boolean {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === child) continue;
    if (n.nodeType === 3 && /\S/.test((n as Text).data) && !/^[\s:：*＊]+$/.test((n as Text).data)) return true;
    if (n.nodeType === 1 && /\S/.test(n.textContent ?? '') && !/^[\s:：*＊]+$/.test(n.textContent ?? '')) return true;
  }
  return false;
}

/** Value candidates for one label hit, best structure first. */
export function valueCandidates(hit: LabelHit, labels: Set<Element>): ValueCandidate[] {
  const out: ValueCandidate[] = [];
  if (hit.inline !== undefined && hit.inline !== '' && hit.text?.parentElement) {
    const el = hit.text.parentElement;
    out.push({ el, raw: hit.inline, method: 'colon', structure: 0.95, slot: slotOf(el, hit.segment + 1) });
    return out;
  }
  if (hit.control) {
    const v = controlValue(hit.control);
    if (v) out.push({ el: hit.control, raw: v, method: 'form', structure: 0.95, slot: slotOf(hit.control) });
    return out;
  }
  const text = hit.text;
  if (!text) return out;
  const labelEl = labelElementOf(hit);
  if (!labelEl) {
    // "逾期金额 <b>¥8,500</b>": the value is the next node after the label text.
    inlineSibling(text, labels, out);
    return out;
  }
  const tag = labelEl.localName;
  if (tag === 'label') labelControl(labelEl, hit, out);
  if (CELL.has(tag)) tableCell(labelEl, labels, out);
  if (tag === 'dt') {
    let dd = labelEl.nextElementSibling;
    while (dd && dd.localName === 'dt') dd = dd.nextElementSibling;
    if (dd && dd.localName === 'dd') push(out, dd, labels, 'dl', 0.95);
  }
  if (!out.length) siblings(labelEl, labels, out, hit);
  return out;
}

function push(out: ValueCandidate[], el: Element, labels: Set<Element>, method: FieldSource['method'], structure: number): boolean {
  const raw = valueText(el, labels);
  if (raw === null) return false;
  const target = isControl(el) ? el : (el.childElementCount ? el.querySelector(CONTROL_SEL) : null) ?? el;
  out.push({ el: target, raw, method, structure, slot: slotOf(target) });
  return true;
}

function inlineSibling(text: Text, labels: Set<Element>, out: ValueCandidate[]): void {
  for (let n = text.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = (n as Text).data.replace(/^[\s:：]+/, '').trim();
      if (t && text.parentElement) {
        out.push({ el: text.parentElement, raw: t, method: 'sibling', structure: 0.8, slot: slotOf(text.parentElement, 99) });
        return;
      }
    } else if (n.nodeType === 1) {
      if (push(out, n as Element, labels, 'sibling', 0.85)) return;
    }
  }
}

function labelControl(label: Element, hit: LabelHit, out: ValueCandidate[]): void {
  const forId = label.getAttribute('for');
  const root = hit.scope.root;
  const ctl = forId ? root.getElementById(forId) : label.querySelector(CONTROL_SEL);
  if (!ctl) return;
  const v = controlValue(ctl);
  if (v) out.push({ el: ctl, raw: v, method: 'form', structure: 0.95, slot: slotOf(ctl) });
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => CELL.has(c.localName));
}

function hasDataCell(row: Element): boolean {
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'td') return true;
  return false;
}

function colIndex(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (CELL.has(c.localName)) col += Number(c.getAttribute('colspan')) || 1;
  }
  return col;
}

function cellAt(row: Element, col: number): Element | null {
  let at = 0;
  for (const c of cellsOf(row)) {
    if (at === col) return c;
    at += Number(c.getAttribute('colspan')) || 1;
    if (at > col) return null;
  }
  return null;
}

const SELECTED_ROW = /\b(selected|active|current|checked|highlight)/i;

function tableCell(cell: Element, labels: Set<Element>, out: ValueCandidate[]): void {
  const row = cell.parentElement;
  if (!row || row.localName !== 'tr') return;
  const next = cell.nextElementSibling;
  if (!isHeaderRow(row, next, labels)) {
    if (next && CELL.has(next.localName)) push(out, next, labels, 'table', 0.95);
    return;
  }
  // Header row: the value is in the same column of the data rows below.
  const below = dataRowsBelow(row);
  if (!below) return;
  const c = cellAt(below.row, colIndex(cell));
  if (c) push(out, c, labels, 'table', below.structure);
}

/** A row of column headings: in a thead, all th, or (next to a label) nearly all labels. */
function isHeaderRow(row: Element, next: Element | null, labels: Set<Element>): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  let cells = 0;
  let heads = 0;
  let labelled = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.localName;
    if (tag !== 'td' && tag !== 'th') continue;
    cells++;
    if (tag === 'th') heads++;
    if (labels.has(c)) labelled++;
  }
  return heads === cells || (next !== null && labels.has(next) && labelled >= Math.max(2, cells - 1));
}

let rowCache = new WeakMap<Element, { row: Element; structure: number } | null>();

function nextRow(r: Element): Element | null {
  const sib = r.nextElementSibling;
  if (sib) return sib.localName === 'tr' ? sib : null;
  // Across sections: thead → tbody.
  for (let sec = r.parentElement?.nextElementSibling ?? null; sec; sec = sec.nextElementSibling) {
    if (sec.localName === 'tr') return sec;
    const first = sec.firstElementChild;
    if (first?.localName === 'tr') return first;
  }
  return null;
}

/**
 * The data row a header row describes: the selected one when the table marks it, else the
 * first (trusted less when the table lists several debtors). Cached per header row.
 */
function dataRowsBelow(header: Element): { row: Element; structure: number } | null {
  const cached = rowCache.get(header);
  if (cached !== undefined) return cached;
  let first: Element | null = null;
  let count = 0;
  let chosen: Element | null = null;
  for (let r = nextRow(header); r && count < 60; r = nextRow(r)) {
    if (!hasDataCell(r)) continue;
    count++;
    first ??= r;
    if (SELECTED_ROW.test(r.className) || r.getAttribute('aria-selected') === 'true') {
      chosen = r;
      break;
    }
  }
  const res = chosen ? { row: chosen, structure: 0.9 } : first ? { row: first, structure: count === 1 ? 0.9 : 0.55 } : null;
  rowCache.set(header, res);
  return res;
}

function siblings(labelEl: Element, labels: Set<Element>, out: ValueCandidate[], hit: LabelHit): void {
  // Climb out of wrappers that hold nothing but the label, then look right, then left.
  let el: Element | null = labelEl;
  const method = hit.inline === '' ? 'colon' : 'sibling';
  for (let i = 0; el && i < 3; i++) {
    let sep = false;
    for (let n = el.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = (n as Text).data;
        if (/^[\s:：]*$/.test(t)) continue;
        // "<b>逾期天数：</b>62天": the value is the text after the label element.
        const parent = el.parentElement;
        if (parent) out.push({ el: parent, raw: t.replace(/^[\s:：]+/, '').trim(), method, structure: 0.85, slot: slotOf(parent, 99) });
        return;
      }
      if (n.nodeType !== 1) continue;
      const next = n as Element;
      if (push(out, next, labels, method, sep ? 0.8 : 0.85)) return;
      // "<span>姓名</span><span class=sep>：</span><span>张三</span>"
      if (!sep && /^[\s:：]*$/.test(next.textContent ?? '') && !labels.has(next)) {
        sep = true;
        continue;
      }
      break;
    }
    if (el.nextSibling && /\S/.test(textAfter(el))) break;
    const parent: Element | null = el.parentElement;
    if (!parent || hasOtherContent(parent, el)) break;
    el = parent;
  }
  // Value shown above its caption (KPI cards): "<div>¥8,500</div><div>逾期金额</div>".
  const prev = labelEl.previousElementSibling;
  if (prev && !labelEl.nextElementSibling && !out.length) push(out, prev, labels, 'sibling', 0.6);
}

function textAfter(el: Element): string {
  let s = '';
  for (let n = el.nextSibling; n && s.length < 40; n = n.nextSibling) s += n.textContent ?? '';
  return s;
}
