// From a label to the element holding its value, by page structure: "label：value" in one text,
// <label for> / wrapping label / aria → control, th → td, header row → cell below, dt → dd,
// and label/value siblings. Runs only for the few label hits, never over the whole page.
import { flatNextSiblings, flatParent, flatPreviousElement, shownText } from './flat-tree';
import { chromeReason, namesAnAction, resetChromeCache, type ChromeReason } from './not-a-value';
import { CONTROL_SEL, controlValue, isControl, MAX_VALUE_TEXT, shownControl, valueText, withAddons } from './value-text';
import { resetVisibility } from './visibility';
import type { LabelHit } from './scan';
import { cellsOf } from './table-parts';
import type { FieldSource } from './types';

export interface ValueCandidate {
  el: Element;
  raw: string;
  method: FieldSource['method'];
  /** How much the structure vouches for the pairing, 0..1. */
  structure: number;
  /** Identity of the value slot: one slot serves one field. */
  slot: string;
  /** The value sits in page chrome of this kind (a heading): kept only for numbers. */
  chrome?: ChromeReason;
  /** Read from a list row that is not marked as the open one. */
  listRow?: boolean;
}

const CELL = new Set(['td', 'th']);
let slotIds = new WeakMap<Element, number>();
let nextSlot = 1;

export function resetSlots(): void {
  resetChromeCache();
  slotIds = new WeakMap();
  rowCache = new WeakMap();
  resetVisibility();
  nextSlot = 1;
}

function slotOf(el: Element, segment = 0): string {
  let id = slotIds.get(el);
  if (id === undefined) slotIds.set(el, (id = nextSlot++));
  return `${id}:${segment}`;
}


const NO_LABELS = new Set<Element>();

/** The smallest element that holds only the label (climbing wrappers like <span><b>姓名</b></span>). */
export function labelElementOf(hit: LabelHit): Element | null {
  if (hit.control) return hit.control;
  const text = hit.text;
  // A form field component projecting its label text into a slot beside its own control
  // ("<x-text-field value=…>客戶姓名</x-text-field>", its shadow "<label><slot>…<input>"): the label is
  // where the slot is. (Text goes to the default slot of its parent's open shadow root.)
  const shadow = text?.parentElement?.shadowRoot;
  const slot = shadow?.querySelector(CONTROL_SEL) ? (text!.assignedSlot ?? shadow.querySelector('slot:not([name])')) : null;
  let el: Element | null = slot?.parentElement ?? text?.parentElement ?? null;
  if (!el || !text || slot) return el;
  // The text node shares its parent with content (a caption under it is none: "应还未还<div class=…-description>含罚息</div>").
  if (hasOtherContent(el, text, NO_LABELS) && !translated(el, text)) return null;
  for (let i = 0; i < 3; i++) {
    const tag = el.localName;
    if (CELL.has(tag) || tag === 'dt' || tag === 'label' || tag === 'li' || tag === 'legend') break;
    const parent: Element | null = el.parentElement;
    if (!parent || parent.childElementCount !== 1 || hasOtherContent(parent, el)) break;
    el = parent;
  }
  return el;
}

/** A Chinese label with its English under it in the same box ("客戶姓名<br><span>Customer Name</span>"): one label. */
function translated(el: Element, text: Text): boolean {
  if (!/[\u3400-\u9fff]/.test(text.data)) return false;
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n !== text && /\S/.test(n.textContent ?? '') && (n.nodeType !== 1 || !/^[\sA-Za-z.'&/()-]+$/.test(n.textContent!))) return false;
  return true;
}

/** Does `parent` hold visible content besides `child` (captions aside, when `labels` is given)? */
function hasOtherContent(parent: Element, child: Node, labels?: Set<Element>, label?: Element): boolean {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === child) continue;
    if (labels && n.nodeType === 1 && isCaption(n as Element, labels, label)) continue;
    // A hint in brackets beside a label ("Account number <span>(masked)</span>", "金额<i>（元）</i>") is part of it.
    if (n.nodeType === 1 && /^\s*[(（][^()（）]{1,20}[)）]\s*$/.test(n.textContent ?? '')) continue;
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
    // A tab's caption ("Loan 0147" over the loan's page) names no field's value.
    if (chromeReason(el) !== 'tab') out.push({ el, raw: hit.inline, method: 'colon', structure: 0.95, slot: slotOf(el, hit.segment + 1) });
    return out;
  }
  if (hit.control) {
    const v = withAddons(hit.control, controlValue(hit.control));
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
  // A kit's own label element naming its field by id (Spectrum's sp-field-label, UI5's ui5-label) too.
  if (tag === 'label' || labelEl.hasAttribute('for')) labelControl(labelEl, hit, out);
  if (CELL.has(tag)) tableCell(labelEl, labels, out);
  if (tag === 'dt') {
    let dd = labelEl.nextElementSibling;
    while (dd && dd.localName === 'dt') dd = dd.nextElementSibling;
    if (dd && dd.localName === 'dd') push(out, dd, labels, 'dl', 0.95);
  }
  if (!out.length) siblings(labelEl, labels, out, hit);
  if (!out.length) labelledBy(labelEl, hit, labels, out);
  return out;
}

/** Ids as kits write them (Oracle JET: "name-labelled-by|label"); quotes and backslashes are escaped in the query. */
const ID_RE = /^\S{1,100}$/;

/**
 * A value that names its label by id (`aria-labelledby`), with nothing next to the label to
 * read (Siebel's label row above the field row). Asked only for labels that found no value
 * by structure: an attribute query is not cheap.
 */
function labelledBy(labelEl: Element, hit: LabelHit, labels: Set<Element>, out: ValueCandidate[]): void {
  // From the label's own text up: the id may sit on the span inside a label cell.
  for (let el: Element | null = hit.text?.parentElement ?? labelEl, i = 0; el && i < 5; i++, el = el.parentElement) {
    const id = el.id;
    if (!id || !ID_RE.test(id)) continue;
    const target = hit.scope.root.querySelector(`[aria-labelledby~="${id.replace(/["\\]/g, '\\$&')}"]`);
    if (target && !isControl(target) && push(out, target, labels, 'form', 0.9)) return;
    if (target) return; // controls named this way are read by the scan's control pass
  }
}

function push(out: ValueCandidate[], el: Element, labels: Set<Element>, method: FieldSource['method'], structure: number, listRow = false, near?: Element): boolean {
  // A header cell (ARIA tables and grids) titles its column or row: never a value, not even of the header beside it,
  // nor is a grid row holding only one (the next row's header).
  const cell = el.childElementCount === 1 && el.getAttribute('role') === 'row' ? el.firstElementChild! : el;
  if (/^(?:column|row)header$/.test(cell.getAttribute('role') ?? '')) return false;
  const raw = valueText(el, labels);
  if (raw === null) return false;
  const ctl = isControl(el) ? el : el.childElementCount ? shownControl(el) : null;
  const target = ctl && controlValue(ctl) ? ctl : el;
  // Buttons, menus, tabs and placeholders never hold a value; a heading may hold a number.
  // Chrome between the value and the box it shares with its label (a clickable row holding both is no button).
  const chrome = chromeReason(target, near);
  // …but a button that shows a number and names no action is a value edited in place ("<button>$528.66</button>").
  if (chrome && chrome !== 'heading' && !(chrome === 'button' && target === el && /\d/.test(raw) && !namesAnAction(raw))) return false;
  out.push({ el: target, raw, method, structure, slot: slotOf(target), ...(chrome ? { chrome } : {}), ...(listRow ? { listRow } : {}) });
  return true;
}

/** A piece of a value split across elements: "¥" | "12,345" | ".67", "47" | "天". */
const FRAGMENT_RE = /^(?:[¥￥$€£₹₱]|hk\$|nt\$|us\$|rmb|cny)?\s*[-+−]?[\d,.]*\s*(?:元|圆|天|日|万元?|萬元?|days?|%)?$/i;

function isFragment(t: string): boolean {
  return t.length > 0 && t.length <= 16 && FRAGMENT_RE.test(t);
}

/**
 * When `first` starts a run of value fragments (the siblings shown after it are fragments too),
 * the joined text: "¥12,345.67". Two numbers are never glued ("47" "12" stays apart).
 */
function fragmentRun(first: Element, labels: Set<Element>): string | null {
  const head = shownText(first).trim();
  if (!isFragment(head) || labels.has(first)) return null;
  let joined = head;
  let pieces = 1;
  for (const n of flatNextSiblings(first)) {
    if (n.nodeType === 8) continue;
    const t = (n.nodeType === 1 ? shownText(n as Element) : (n.textContent ?? '')).trim();
    if (!t) continue;
    if (n.nodeType === 1 && labels.has(n as Element)) break;
    if (!isFragment(t)) break;
    if (/\d$/.test(joined) && /^\d/.test(t)) break;
    joined += t;
    pieces++;
  }
  return pieces > 1 && /\d/.test(joined) ? joined : null;
}

function pushRun(out: ValueCandidate[], el: Element, labels: Set<Element>, method: FieldSource['method'], structure: number): boolean {
  const run = fragmentRun(el, labels);
  if (run === null || chromeReason(el)) return false;
  const holder = flatParent(el) ?? el;
  out.push({ el, raw: run, method, structure, slot: slotOf(holder, 98) });
  return true;
}

/** "<span class=v>四川省</span> <span class=v>成都市</span>": one value shown in parts of one kind. */
function joinSameClass(cand: ValueCandidate, first: Element, labels: Set<Element>): void {
  const cls = first.getAttribute('class');
  // A row's cells are its fields (label, value, label, value), never parts of one value.
  if (!cls || isControl(first) || first.localName === 'td' || first.localName === 'th') return;
  let raw = cand.raw;
  for (const n of flatNextSiblings(first)) {
    if (n.nodeType === 3 && !/\S/.test((n as Text).data)) continue;
    if (n.nodeType !== 1) break;
    const el = n as Element;
    if (el.localName !== first.localName || el.getAttribute('class') !== cls || labels.has(el) || el.querySelector('label')) break;
    const t = valueText(el, labels);
    if (!t || raw.length + t.length > MAX_VALUE_TEXT) break;
    raw += ' ' + t;
  }
  cand.raw = raw;
}

function inlineSibling(text: Text, labels: Set<Element>, out: ValueCandidate[]): void {
  for (const n of flatNextSiblings(text)) {
    if (n.nodeType === 3) {
      const t = (n as Text).data.replace(/^[\s:：]+/, '').trim();
      const parent = n.parentElement;
      if (t && parent) {
        out.push({ el: parent, raw: t, method: 'sibling', structure: 0.8, slot: slotOf(parent, 99) });
        return;
      }
    } else if (n.nodeType === 1) {
      if (pushRun(out, n as Element, labels, 'sibling', 0.85) || push(out, n as Element, labels, 'sibling', 0.85)) return;
    }
  }
}

function labelControl(label: Element, hit: LabelHit, out: ValueCandidate[]): void {
  const forId = label.getAttribute('for');
  const root = hit.scope.root;
  const ctl = forId ? root.getElementById(forId) : label.querySelector(CONTROL_SEL);
  if (!ctl) return;
  // A field web component keeps its input in its shadow root (sp-textfield, ui5-input): what that
  // input shows ("$2,310.45") before the host's raw value ("2310.45").
  const inner = isControl(ctl) ? null : ctl.shadowRoot?.querySelector(CONTROL_SEL);
  const own = (inner ? controlValue(inner) : null) ?? controlValue(ctl);
  const v = withAddons(ctl, own);
  if (!v) return;
  out.push({ el: ctl, raw: v, method: 'form', structure: 0.95, slot: slotOf(ctl) });
  // A display-only twin beside it showing the same value (TinyVue's display-only inputs hide the
  // input by CSS): the one the browser shows wins when the styles are asked.
  for (let t = ctl.parentElement?.firstElementChild; t; t = t.nextElementSibling)
    if (t !== ctl && !isControl(t) && (t.textContent ?? '').trim() === own) return void out.push({ el: t, raw: v, method: 'form', structure: 0.95, slot: slotOf(ctl) });
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
  // Header row: the value is in the same column of the data rows below, or of the body table
  // that UI kits (Element, layui, EasyUI, Ant) render apart from the header table.
  const below = dataRowsBelow(row) ?? companionRows(row);
  if (!below) return;
  const c = cellAt(below.row, colIndex(cell));
  if (c) push(out, c, labels, 'table', below.structure, below.structure < 0.9);
}

/** A row of column headings: in a thead, classed as one (Landray's tr_normal_title), all th, or (next to a label) nearly all labels. */
function isHeaderRow(row: Element, next: Element | null, labels: Set<Element>): boolean {
  if (row.parentElement?.localName === 'thead' || /(?:^|[-_\s])(?:head(?:er)?|title)(?:$|[-_\s])/i.test(row.getAttribute('class') ?? '')) return true;
  let cells = 0;
  let heads = 0;
  let labelled = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.localName;
    if (tag !== 'td' && tag !== 'th') continue;
    cells++;
    if (tag === 'th' || isLabelCell(c)) heads++;
    if (labels.has(c)) labelled++;
  }
  return heads === cells || (next !== null && labels.has(next) && labelled >= Math.max(2, cells - 1));
}

/** A kit's vertical descriptions: a row of label cells (arco-descriptions-item-label) over a row of values. */
const isLabelCell = (c: Element): boolean => /label/i.test(c.getAttribute('class') ?? '');

/** A row of td cells all classed as labels. */
function isLabelRow(r: Element): boolean {
  let n = 0;
  for (let c = r.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== 'td') continue;
    if (!isLabelCell(c)) return false;
    n++;
  }
  return n > 0;
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
 * only one. A list of several debtors with none marked vouches for no row: its first row is
 * another debtor as often as not (trusted little, and not at all from three rows on).
 */
function dataRowsBelow(header: Element): { row: Element; structure: number } | null {
  const cached = rowCache.get(header);
  if (cached !== undefined) return cached;
  const res = chooseRow(nextRow(header));
  rowCache.set(header, res);
  return res;
}

function chooseRow(start: Element | null): { row: Element; structure: number } | null {
  let first: Element | null = null;
  let count = 0;
  let chosen: Element | null = null;
  for (let r = start; r && count < 60; r = nextRow(r)) {
    // Another header row starts the next block of a descriptions table (Naive UI, vertical layouts).
    const labelRow = isLabelRow(r);
    if (!hasDataCell(r) || labelRow) {
      if (count && (labelRow || r.firstElementChild?.localName === 'th')) break;
      continue;
    }
    count++;
    first ??= r;
    if (SELECTED_ROW.test(r.className) || r.getAttribute('aria-selected') === 'true') {
      chosen = r;
      break;
    }
  }
  if (chosen) return { row: chosen, structure: 0.9 };
  if (!first) return null;
  return { row: first, structure: count === 1 ? 0.9 : count === 2 ? 0.5 : 0.3 };
}

/** The body table rendered apart from its header table: a following sibling (of the table or a wrapper) holding a table. */
function companionRows(header: Element): { row: Element; structure: number } | null {
  const cached = rowCache.get(header);
  if (cached) return cached;
  let box: Element | null = header.closest('table');
  for (let up = 0; box && up < 4; up++, box = box.parentElement) {
    for (let sib = box.nextElementSibling, k = 0; sib && k < 3; sib = sib.nextElementSibling, k++) {
      const table = sib.localName === 'table' ? sib : sib.querySelector('table');
      const first = table?.querySelector('tr');
      if (!first) continue;
      const res = chooseRow(first);
      if (res) {
        rowCache.set(header, res);
        return res;
      }
    }
  }
  return null;
}

function siblings(labelEl: Element, labels: Set<Element>, out: ValueCandidate[], hit: LabelHit): void {
  // Climb out of wrappers that hold nothing but the label (across slots and shadow roots, as
  // shown on screen), then look right, then left.
  let el: Element | null = labelEl;
  const method = hit.inline === '' ? 'colon' : 'sibling';
  /** The caption right after the label, passed over: the value when nothing else is (Ant's list item meta: title, description). */
  let caption: Element | undefined;
  for (let i = 0; el && i < 3; i++) {
    let sep = false;
    for (const n of flatNextSiblings(el)) {
      if (n.nodeType === 3) {
        const t = (n as Text).data;
        if (/^[\s:：]*$/.test(t)) continue;
        // "<b>逾期天数：</b>62天": the value is the text after the label element.
        const parent = n.parentElement;
        if (parent) out.push({ el: parent, raw: t.replace(/^[\s:：]+/, '').trim(), method, structure: 0.85, slot: slotOf(parent, 99) });
        return;
      }
      if (n.nodeType !== 1) continue;
      const next = n as Element;
      // The next header of the same kind as the label's (a list's next section header: "Guarantor", then "Promises") is no value.
      if (next.localName === el.localName && next.getAttribute('class') === el.getAttribute('class') && /head|title|legend/i.test(`${el.localName} ${el.getAttribute('class') ?? ''}`)) break;
      // A caption under the label ("点击拨打", "含罚息、违约金") is no value: the value follows the box.
      if (isCaption(next, labels, labelEl, el)) {
        caption ??= next;
        continue;
      }
      const shown = shownText(next);
      // "<span>姓名</span><span class=sep>：</span><span>张三</span>"
      if (!sep && /^[\s:：]*$/.test(shown) && !labels.has(next) && !isControl(next) && !next.querySelector(CONTROL_SEL)) {
        sep = true;
        continue;
      }
      if (pushRun(out, next, labels, method, sep ? 0.8 : 0.85)) return;
      if (push(out, next, labels, method, sep ? 0.8 : 0.85, false, labelEl)) {
        joinSameClass(out[out.length - 1]!, next, labels);
        return;
      }
      // A button or icon beside the label ("编辑"): the value may follow it.
      if (!labels.has(next) && chromeReason(next) && shown.length < 40) continue;
      break;
    }
    // A colon drawn as its own element after the label's box ("<div><label>姓名</label></div><span>:</span>") is no content.
    if (/[^\s:：]/.test(textAfter(el, labels, labelEl))) break;
    const parent: Element | null = flatParent(el);
    if (!parent || hasOtherContent(parent, el, labels, labelEl)) break;
    el = parent;
  }
  // Value shown above its caption (KPI cards): "<div>¥8,500</div><div>逾期金额</div>".
  const prev = flatPreviousElement(labelEl);
  // Alone together in their box, the value above its caption is a pair (Dynamics header fields).
  const pair = labelEl.parentElement?.childElementCount === 2;
  if (prev && !labelEl.nextElementSibling && !out.length) push(out, prev, labels, 'sibling', pair ? 0.8 : 0.6);
  if (caption && !out.length) push(out, caption, labels, method, 0.8);
}

function textAfter(el: Element, labels: Set<Element>, label: Element): string {
  let s = '';
  for (const n of flatNextSiblings(el)) {
    if (s.length >= 40) break;
    if (n.nodeType === 1 && isCaption(n as Element, labels, label)) continue;
    s += n.nodeType === 1 ? shownText(n as Element) : n.nodeType === 3 ? (n.textContent ?? '') : '';
  }
  return s;
}

const CAPTION_WORDS = new Set(['label', 'desc', 'description', 'hint', 'help', 'tip', 'tips', 'subtitle', 'extra', 'note', 'caption', 'brief', 'helper']);

function captionClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  for (const token of cls.split(/\s+/)) {
    const parts = token.toLowerCase().split(/[-_]+/);
    if (CAPTION_WORDS.has(parts[parts.length - 1]!) || token === 'help-block' || token === 'form-text') return true;
  }
  return false;
}

/**
 * A kit's caption under a label (Vant's `van-cell__label`, `form-text`, `help-block`), by class:
 * never in a kit whose labels carry that class themselves, and a label-like caption only in the
 * label's own box ("贷款余额" over "剩余本金").
 */
function isCaption(el: Element, labels: Set<Element>, label?: Element, box = label): boolean {
  if (isControl(el)) return false;
  // …or by its words: "含本金、利息、罚息", "incl. fees" under a label says what it counts, it is no value.
  if (/^(?:含|包含|包括|不含|incl\.?|including|excl\.?|excluding)\s*\S/i.test((el.textContent ?? '').trim()) && !labels.has(el)) return true;
  if (!captionClass(el)) return false;
  if (label && captionClass(label)) return false;
  // A row's "extra" right after its label (or the label's box: title and note) is the row's value
  // (antd-mobile List.Item main | extra, Taro's AtListItem content | extra).
  // A "note" there is the value too (TDesign's t-cell__note), unless the row has an "extra" for it
  // (uni-ui: the note is a subtitle under the title, the extra on the right is the value).
  const cls = el.getAttribute('class')!;
  if (box?.nextElementSibling === el && (/[-_]extra\b/i.test(cls) || (/[-_]note\b/i.test(cls) && !el.parentElement?.parentElement?.parentElement?.querySelector('[class*=extra]'))))
    return false;
  if (labels.has(el)) return !!label && el.parentElement === label.parentElement;
  return true;
}
