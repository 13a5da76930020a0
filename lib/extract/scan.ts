// The one pass over a page: a TreeWalker over the document, descending into open shadow roots
// and same-origin iframes, that collects label candidates only. Cheap checks per node; never
// getComputedStyle, innerText or a query per label in the hot loop.
import type { LabelDictionary, LabelMatch } from './dictionary';
import { labelHint, TRAILING_SEP_RE, type LabelHint } from './normalize';
import { walkTree } from './walk';
import { namesAnotherParty } from './sections';
import { DAYS_TAG_RE } from './days-tag';
import { sameShape } from './walk';

/** A document or shadow root reached by the walk, with how it was reached. */
export interface ScanRoot {
  root: Document | ShadowRoot;
  doc: Document;
  /** Selectors of the iframes / shadow hosts leading here, outermost first. */
  path: string[];
  locale: string;
}

export interface LabelHit extends LabelMatch {
  /** The label text as shown (without the value part of "label：value"). */
  label: string;
  /** The text node holding the label (absent for aria labels of controls). */
  text?: Text;
  /** The form control named by aria-label / aria-labelledby. */
  control?: Element;
  /** The value text after the colon, when the label and value share a text node. */
  inline?: string;
  /** Which "label：value" of a text node this is (0 for the first). */
  segment: number;
  hint?: LabelHint;
  scope: ScanRoot;
}

export interface ScanResult {
  hits: LabelHit[];
  roots: ScanRoot[];
  /** Shadow roots entered (diagnostics). */
  visited: number;
  /** How often each synonym was taken as a label so far. */
  repeats: Map<string, number>;
  /**
   * Texts that can yield no label for the rest of the scan, whatever node holds them (no label
   * in them, or only labels used up): a column label repeated on every record is read once.
   */
  dead: Set<string>;
  /** A text that is no label named another party (a section title): their sections are looked for. */
  parties: boolean;
}

/** Our own overlay host (picker / highlight) is never read. */
export const OVERLAY_ATTR = 'data-daihou-overlay';

const MAX_LABEL_TEXT = 48;
const COLON_RE = /[:：]/;

export interface ScanOptions {
  /** Called with each host / frame selector to name it in `path`; injected to keep this file small. */
  nameOf: (el: Element, root: Document | ShadowRoot) => string;
  /** Text never read as a label (the call's live transcript: "客户：好的" is speech, not a name). */
  exclude?: (node: Node) => boolean;
}

export function scanDocument(doc: Document, dict: LabelDictionary, opts: ScanOptions): ScanResult {
  const res: ScanResult = { hits: [], roots: [], visited: 0, repeats: new Map(), dead: new Set(), parties: false };
  const locale = doc.documentElement?.getAttribute('lang') ?? '';
  walkRoot({ root: doc, doc, path: [], locale }, dict, opts, res, 0);
  return res;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'option', 'optgroup', 'datalist', 'button', 'select', 'textarea', 'svg', 'head']);

/** Text of scripts, styles, buttons, options and drawings is no label (their text sits at most a few levels down). */
function insideSkipped(el: Element | null): boolean {
  for (let i = 0; el && i < 6; i++, el = el.parentElement) if (SKIP_TAGS.has(el.localName)) return true;
  return false;
}

/**
 * A days tag that its same-shaped siblings repeat ("Guo Peng · 8 DPD", "Sun Li · 95 DPD": a
 * queue's rows, a list of cards) is a column of that list, not the open case's. A row of facts
 * ("张伟 | M2 | 逾期 47 天") says it once; a section beside another (a stale "recently viewed"
 * card) is no row.
 */
function repeatedTag(el: Element | null): boolean {
  for (let i = 0; el && i < 4; i++, el = el.parentElement) {
    const parent = el.parentElement;
    // A row or a card holds a line or two; a whole section beside another is no list item.
    if ((el.textContent ?? '').length > 160) return false;
    if (!parent || parent.childElementCount < 2) continue;
    let n = 0;
    for (let sib = parent.firstElementChild, k = 0; sib && k < 12; sib = sib.nextElementSibling, k++)
      if (sib !== el && sameShape(el, sib) && DAYS_TAG_RE.test(sib.textContent ?? '') && ++n >= 1) return true;
  }
  return false;
}

/** A label shown more often than this is a column of a list (call records, contacts): only its first occurrences are paired. */
const MAX_REPEATS = 8;

const DIGIT_RE = /\d/;
const DAYS_TAG = 'days-tag';

function usedUp(res: ScanResult, synonym: string): boolean {
  return (res.repeats.get(synonym) ?? 0) >= MAX_REPEATS;
}

/** Takes a label unless its synonym was taken MAX_REPEATS times already. */
function takeLabel(res: ScanResult, synonym: string): boolean {
  const n = res.repeats.get(synonym) ?? 0;
  if (n >= MAX_REPEATS) return false;
  res.repeats.set(synonym, n + 1);
  return true;
}
const CONTROL_TAGS = ['input', 'select', 'textarea'];
const FRAME_TAGS = ['iframe', 'frame'];

function byTag(start: Element | ShadowRoot, tag: string): ArrayLike<Element> & Iterable<Element> {
  return 'getElementsByTagName' in start ? start.getElementsByTagName(tag) : start.querySelectorAll(tag);
}

/**
 * One root: a single walk over its elements and text that skips long list tails (walk.ts),
 * where most text fails the dictionary prefilter without allocating; native tag queries for
 * labelled controls and frames; then the shadow roots the walk found.
 */
function walkRoot(scope: ScanRoot, dict: LabelDictionary, opts: ScanOptions, res: ScanResult, depth: number): void {
  res.roots.push(scope);
  const start: Element | ShadowRoot | null =
    scope.root.nodeType === 9 ? (scope.doc.body ?? scope.doc.documentElement) : (scope.root as ShadowRoot);
  if (!start) return;
  const dead = res.dead;
  const { hosts } = walkTree(scope.doc, start, dict, (t, data) => {
    if (dead.has(data) || opts.exclude?.(t)) return;
    if (readText(t, data, scope, dict, res)) dead.add(data);
  });
  // Tag collections are native and cached by the browser; attribute selectors over a whole page are not.
  for (const tag of CONTROL_TAGS) {
    for (const el of byTag(start, tag)) if (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) readControl(el, scope, dict, res);
  }
  if (depth < 4) for (const tag of FRAME_TAGS) for (const f of byTag(start, tag)) enterFrame(f as HTMLIFrameElement, scope, dict, opts, res, depth);
  if (depth >= 8) return;
  for (const host of hosts) {
    res.visited++;
    walkRoot({ root: host.shadowRoot!, doc: scope.doc, path: [...scope.path, opts.nameOf(host, scope.root)], locale: scope.locale }, dict, opts, res, depth + 1);
  }
}

function enterFrame(frame: HTMLIFrameElement, scope: ScanRoot, dict: LabelDictionary, opts: ScanOptions, res: ScanResult, depth: number): void {
  let inner: Document | null = null;
  try {
    inner = frame.contentDocument; // null or throws when cross-origin
  } catch {
    inner = null;
  }
  if (!inner || !inner.documentElement) return;
  const locale = inner.documentElement.getAttribute('lang') || scope.locale;
  walkRoot({ root: inner, doc: inner, path: [...scope.path, opts.nameOf(frame, scope.root)], locale }, dict, opts, res, depth + 1);
}

function isLabelish(text: string): boolean {
  // Labels hold a letter; pure numbers, dates and amounts never do.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff21 && c <= 0xff5a)) return true;
  }
  return false;
}

const SENTENCE_RE = /[，。！？!?；]/;

/**
 * Reads the label(s) of one text. True when the text itself settles that it yields nothing, now
 * and for the rest of the scan (no label, or its labels used up: `repeats` only grows), so the
 * same text elsewhere need not be read again; false when a hit was taken or the node decided.
 */
function readText(node: Text, data: string, scope: ScanRoot, dict: LabelDictionary, res: ScanResult): boolean {
  const text = data.trim();
  if (!COLON_RE.test(text)) {
    if (text.length > MAX_LABEL_TEXT || SENTENCE_RE.test(text)) return true;
    // A status tag that says the days ("逾期 47 天", "M1 · 逾期 25 天", "Past due 63 days"): read, a little less surely than a label.
    const days = DIGIT_RE.test(text) ? DAYS_TAG_RE.exec(text) : null;
    if (days) {
      // …not a row of a queue beside the case ("Guo Peng ¥2,140.00 · 8 DPD").
      if (!insideSkipped(node.parentElement) && !repeatedTag(node.parentElement) && takeLabel(res, DAYS_TAG))
        res.hits.push({ field: 'daysPastDue', score: 0.85, synonym: DAYS_TAG, label: days[0], text: node, inline: days.slice(1).join(''), segment: 0, scope });
      return false;
    }
    const spaced = DIGIT_RE.test(text) ? idAfterLabel(text, dict) : null;
    if (spaced) {
      if (usedUp(res, spaced.match.synonym)) return true;
      if (!insideSkipped(node.parentElement) && takeLabel(res, spaced.match.synonym))
        res.hits.push({ ...spaced.match, label: spaced.label, text: node, inline: spaced.value, segment: 0, scope });
      return false;
    }
    const m = dict.match(text);
    // A title naming another party ("緊急聯絡人", "共同借款人信息", an accordion's "Authorized
    // user") or the debtor's other loans is no field's label, but says the page has such a
    // section (sections.ts).
    // (One that holds a field's word, "Other loans for this borrower", is a hit: extractDebtorContext checks hits' labels.)
    if ((!m || m.field === null) && !res.parties && namesAnotherParty(text)) res.parties = true;
    // A decoy only matters when it is the whole label (it then claims its value for nobody).
    if (!m || (m.field === null && m.score < 1)) return true;
    // A list column's label ("拨打电话" on every record) stops costing anything once it is used up.
    if (usedUp(res, m.synonym)) return true;
    if (insideSkipped(node.parentElement) || !takeLabel(res, m.synonym)) return false;
    res.hits.push({ ...m, label: text, text: node, segment: 0, hint: labelHint(text, scope.locale), scope });
    return false;
  }
  // "label：value", possibly several on one line: "姓名：张三  账号：6225****8812".
  const parts = splitColonPairs(text, dict);
  if (!parts.length) return true;
  if (parts.every((p) => usedUp(res, p.match.synonym))) return true;
  if (insideSkipped(node.parentElement)) return false;
  parts.forEach((p, i) => {
    if (takeLabel(res, p.match.synonym))
      res.hits.push({ ...p.match, label: p.label, text: node, inline: p.value, segment: i, hint: labelHint(p.label, scope.locale), scope });
  });
  return false;
}

interface ColonPair {
  label: string;
  value: string;
  match: LabelMatch;
}

/** Split "A：1 B：2" into label/value pairs whose labels are in the dictionary. */
export function splitColonPairs(text: string, dict: LabelDictionary): ColonPair[] {
  const colons: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ':' || c === '：') {
      // "14:30", "http://" are not label colons.
      if (c === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      if (text[i + 1] === '/' && text[i + 2] === '/') continue;
      colons.push(i);
    }
  }
  const out: ColonPair[] = [];
  let start = 0;
  let pending: { label: string; match: LabelMatch; valueStart: number } | null = null;
  for (const c of colons) {
    const before = text.slice(start, c);
    const found = labelAtEnd(before, dict);
    if (!found) continue; // a colon inside a value ("备注：见附件：1")
    const labelStart = start + found.at;
    if (pending) out.push({ label: pending.label, match: pending.match, value: text.slice(pending.valueStart, labelStart).trim() });
    pending = found.match ? { label: found.label, match: found.match, valueStart: c + 1 } : null;
    start = c + 1;
  }
  if (pending) out.push({ label: pending.label, match: pending.match, value: text.slice(pending.valueStart).trim() });
  return out;
}

const SEP_RE = /[\s|｜;；,，、]/;
const MAX_UNKNOWN_LABEL = 12;

/**
 * The label that ends a text segment (just before a colon). Known labels are preferred (best
 * score, then longest); otherwise a short word after the last separator is an unknown label
 * (match null) that still ends the previous value ("案件编号：A-1　委案日期：…").
 */
function labelAtEnd(segment: string, dict: LabelDictionary): { label: string; at: number; match: LabelMatch | null } | null {
  const trimmed = segment.replace(/[\s*＊]+$/, '');
  if (!trimmed || !isLabelish(trimmed)) return null;
  const starts = [0];
  for (let i = 1; i < trimmed.length; i++) if (SEP_RE.test(trimmed[i - 1]!) && !SEP_RE.test(trimmed[i]!)) starts.push(i);
  let best: { label: string; at: number; match: LabelMatch } | null = null;
  // Read whole, the segment may say whose it is: "Co-signer phone" is no phone of the debtor's,
  // though its last word alone is.
  const whole = starts.length > 1 && trimmed.length <= MAX_LABEL_TEXT ? dict.match(trimmed) : undefined;
  for (const at of starts) {
    const label = trimmed.slice(at).trim();
    if (label.length > MAX_LABEL_TEXT) continue;
    const m = dict.match(label);
    if (m && at > 0 && whole === null && m.field !== null) continue;
    if (m && (!best || m.score > best.match.score)) best = { label, at, match: m };
  }
  if (best) return best;
  const at = starts[starts.length - 1]!;
  const word = trimmed.slice(at).trim();
  return word.length <= MAX_UNKNOWN_LABEL && isLabelish(word) && !/\d{3}/.test(word) ? { label: word, at, match: null } : null;
}

/** Fields whose values are numbers shown right after their label with no colon: "案件编號 TW-CC-2026-07731", "Case LN-88213-0918". */
const SPACED_ID_FIELDS = new Set(['caseId', 'accountId']);

/** "Label value" in one text without a colon, for case and account numbers only (a value with 4+ digits and no CJK). */
function idAfterLabel(whole: string, dict: LabelDictionary): ColonPair | null {
  // "案件号 NB-2026-11-02217 · M4", "案件编号 AJ-1 · 分配给 许文静": a spaced separator ends the value.
  const text = whole.split(/\s[·•|｜]\s/)[0]!.replace(TRAILING_SEP_RE, '');
  // A masked number may take several words: "Account •••• 4417", "Card 6225 **** **** 8812".
  const at = text.search(/\s(?:[*＊•●×xX\d-]+\s)*[^\s]*\d[^\s]*$/);
  if (at <= 0) return null;
  const label = text.slice(0, at).trim();
  const value = text.slice(at).trim();
  if (!/\d{4}/.test(value.replace(/\D+/g, '')) || /[\u3400-\u9fff]/.test(value)) return null;
  const match = dict.match(label);
  return match && match.field !== null && match.score >= 1 && SPACED_ID_FIELDS.has(match.field) ? { label, value, match } : null;
}

function readControl(el: Element, scope: ScanRoot, dict: LabelDictionary, res: ScanResult): void {
  const aria = el.getAttribute('aria-label');
  let label = aria;
  if (!label) {
    const ids = el.getAttribute('aria-labelledby');
    if (!ids) return;
    label = '';
    for (const id of ids.split(/\s+/)) {
      const ref = scope.root.getElementById(id);
      if (ref) label += ' ' + (ref.textContent ?? '');
    }
  }
  label = label.trim();
  if (!label || label.length > MAX_LABEL_TEXT) return;
  const m = dict.match(label);
  if (m && takeLabel(res, m.synonym)) res.hits.push({ ...m, label, control: el, segment: 0, hint: labelHint(label, scope.locale), scope });
}
