// One line of a live transcript as shown on the page: who spoke and what they said, with the
// speaker label, name tag, avatar, time and read receipts taken out of the text. Read-only.
import type { Speaker } from '../turn';
import { MAX_TURN_TEXT } from '../turn';
import { avatarSpeaker, classHints, labelAlone, RECEIPT_TEXT, segmentKind, splitLabel, startsWithOtherLabel, stripTimes, styleSide, TIME_ONLY } from './vocab';

/** A site adapter's speaker rule: a selector a line (or something in it) matches, or the label text shown. */
export interface SpeakerRule {
  debtorSelector?: string;
  agentSelector?: string;
  debtorLabel?: string;
  agentLabel?: string;
  /** Names the page shows for each side (the debtor's name read from the case, the logged-in agent's): never stored in an adapter. */
  debtorNames?: readonly string[];
  agentNames?: readonly string[];
}

/** Every label text the rule gives, with its speaker, longest first. */
function ruleLabels(rule: SpeakerRule): [string, Speaker][] {
  const out: [string, Speaker][] = [];
  if (rule.debtorLabel) out.push([rule.debtorLabel, 'debtor']);
  if (rule.agentLabel) out.push([rule.agentLabel, 'agent']);
  for (const n of rule.debtorNames ?? []) if (n) out.push([n, 'debtor']);
  for (const n of rule.agentNames ?? []) if (n) out.push([n, 'agent']);
  return out.sort((a, b) => b[0].length - a[0].length);
}

export interface LineRead {
  text: string;
  /** From an explicit label (prefix, name tag, badge, avatar letter) or the adapter's rule. */
  labelSpeaker: Speaker | null;
  /** From class tokens and data attributes of the line, its wrappers and its parts. */
  classSpeaker: Speaker | null;
  side: 'left' | 'right' | null;
  /** What the markup says about the words being final (null: it says nothing). */
  state: 'final' | 'interim' | null;
  /** A system notice, a date separator: no one's speech. */
  system: boolean;
  /** Starts with a field label that is not a speaker ("案件编号：…"): a sign this is no transcript. */
  otherLabel: boolean;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'button', 'svg', 'select', 'textarea', 'input', 'img', 'audio', 'video', 'canvas']);
const INLINE = new Set(['span', 'em', 'b', 'strong', 'i', 'mark', 'a', 'font', 'u', 'sub', 'sup', 'small', 'abbr', 'q', 'code', 'ins', 'del', 's']);
const MAX_DEPTH = 10;
const CJK = /([\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g;

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const s = el.getAttribute('style');
  return !!s && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(s);
}

function matchesSafe(el: Element, sel: string | undefined): boolean {
  if (!sel) return false;
  try {
    return el.matches(sel) || !!el.querySelector(sel);
  } catch {
    return false;
  }
}

interface Walk {
  out: string[];
  label: Speaker | null;
  hints: { agent: number; debtor: number; left: number; right: number; interim: number; final: number };
  chars: number;
  rule?: SpeakerRule;
}

function labelByRule(text: string, rule: SpeakerRule | undefined): Speaker | null {
  if (!rule) return null;
  const t = text.trim().replace(/[:：]\s*$/, '').trim();
  for (const [label, speaker] of ruleLabels(rule)) if (t === label) return speaker;
  return null;
}

function addHints(w: Walk, el: Element, weight: number): void {
  const h = classHints(el);
  if (h.speaker === 'agent') w.hints.agent += weight;
  else if (h.speaker === 'debtor') w.hints.debtor += weight;
  if (h.side === 'left') w.hints.left += weight;
  else if (h.side === 'right') w.hints.right += weight;
  if (h.state === 'interim') w.hints.interim += weight;
  else if (h.state === 'final') w.hints.final += weight;
}

function walk(node: Node, w: Walk, depth: number): void {
  if (w.chars > MAX_TURN_TEXT * 2 || depth > MAX_DEPTH) return;
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      const trimmed = data.trim();
      if (!trimmed || TIME_ONLY.test(trimmed) || RECEIPT_TEXT.test(trimmed)) continue;
      w.out.push(data);
      w.chars += data.length;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (SKIP_TAGS.has(el.localName) || hiddenByMarkup(el)) continue;
    if (depth < 3) addHints(w, el, 1);
    const kind = segmentKind(el);
    if (kind) {
      const text = (el.textContent ?? '').trim();
      if (kind !== 'time') {
        const s = labelByRule(text, w.rule) ?? (kind === 'avatar' ? avatarSpeaker(text) : labelAlone(text));
        if (s && !w.label) w.label = s;
      }
      continue; // a name tag, a time, an avatar or a button: never the words
    }
    // A lone label in an element of its own ("<span>客户</span><p>我没钱</p>").
    if (el.childElementCount === 0) {
      const text = el.textContent ?? '';
      if (text.length <= 30) {
        const s = labelByRule(text, w.rule) ?? labelAlone(text);
        if (s) {
          if (!w.label) w.label = s;
          continue;
        }
      }
    }
    const block = !INLINE.has(el.localName);
    if (block) w.out.push('\n');
    walk(el, w, depth + 1);
    if (block) w.out.push('\n');
  }
}

/** The side a bubble is drawn on, from the browser's layout (never in happy-dom, which has none). */
function layoutSide(line: Element, container: Element): 'left' | 'right' | null {
  try {
    if (typeof (line as HTMLElement).getBoundingClientRect !== 'function') return null;
    const c = container.getBoundingClientRect();
    if (!c.width) return null;
    // The bubble is the line's deepest element that holds text, not the full-width row.
    let el: Element = line;
    for (let i = 0; i < 6 && el.childElementCount === 1; i++) el = el.firstElementChild!;
    let r = el.getBoundingClientRect();
    if (r.width >= c.width * 0.9 && el.lastElementChild) r = el.lastElementChild.getBoundingClientRect();
    if (!r.width || r.width >= c.width * 0.9) return null;
    const mid = (r.left + r.right) / 2 - c.left;
    if (mid < c.width * 0.42) return 'left';
    if (mid > c.width * 0.58) return 'right';
  } catch {
    /* no layout */
  }
  return null;
}

export interface ReadOptions {
  rule?: SpeakerRule;
  /** Ask the browser's layout for the side when nothing else tells it (off in tests). */
  layout?: boolean;
}

/** Read one line element of `container`. */
export function readLine(line: Element, container: Element, opts: ReadOptions = {}): LineRead {
  const w: Walk = { out: [], label: null, hints: { agent: 0, debtor: 0, left: 0, right: 0, interim: 0, final: 0 }, chars: 0, rule: opts.rule };
  // The line itself and its wrappers up to the container weigh more than the parts inside.
  const own = classHints(line);
  addHints(w, line, 3);
  for (let a = line.parentElement, i = 0; a && a !== container && i < 4; a = a.parentElement, i++) addHints(w, a, 2);
  const ruleSpeaker = matchesSafe(line, opts.rule?.debtorSelector) ? 'debtor' : matchesSafe(line, opts.rule?.agentSelector) ? 'agent' : null;
  walk(line, w, 0);
  let text = w.out.join('').replace(/\s+/g, ' ').replace(CJK, '$1').trim();
  text = stripTimes(text);
  const otherLabel = startsWithOtherLabel(text);
  const byRuleText = opts.rule ? prefixByRule(text, opts.rule) : null;
  let labelSpeaker: Speaker | null = ruleSpeaker ?? byRuleText?.speaker ?? w.label ?? nameOfLine(line);
  if (byRuleText) text = byRuleText.rest;
  const split = splitLabel(text);
  if (split) {
    labelSpeaker ??= split.speaker;
    text = stripTimes(split.rest);
  }
  text = text.replace(/^[:：]\s*/, '').trim();
  // A line that is only a label (<dt>坐席</dt>): it names the speaker of the next one (carryLabels).
  if (text.length <= 30 && (labelByRule(text, opts.rule) ?? labelAlone(text))) {
    labelSpeaker ??= labelByRule(text, opts.rule) ?? labelAlone(text);
    text = '';
  }
  if (text.length > MAX_TURN_TEXT) text = text.slice(0, MAX_TURN_TEXT);
  const h = w.hints;
  const classSpeaker = h.agent > h.debtor ? 'agent' : h.debtor > h.agent ? 'debtor' : null;
  let side: LineRead['side'] = h.left > h.right ? 'left' : h.right > h.left ? 'right' : styleSide(line);
  if (!side && !labelSpeaker && !classSpeaker && opts.layout) side = layoutSide(line, container);
  return {
    text,
    labelSpeaker,
    classSpeaker,
    side,
    state: h.interim > h.final ? 'interim' : h.final > h.interim ? 'final' : null,
    system: own.system && !labelSpeaker,
    otherLabel: otherLabel && !labelSpeaker,
  };
}

/** A line that names its speaker in its accessible name or tooltip (`<li aria-label="客户">`). */
function nameOfLine(line: Element): Speaker | null {
  const name = line.getAttribute('aria-label') ?? line.getAttribute('title');
  if (!name || name.length > 200) return null;
  return labelAlone(name) ?? splitLabel(name)?.speaker ?? null;
}

/**
 * A label on a line of its own gives the next line its speaker: `<dt>坐席</dt><dd>…</dd>`, a name
 * row above a bubble. Returns new reads (the given ones may be cached).
 */
export function carryLabels(reads: readonly LineRead[]): LineRead[] {
  let pending: Speaker | null = null;
  return reads.map((r) => {
    if (r.labelSpeaker && !r.text) {
      pending = r.labelSpeaker;
      return r;
    }
    if (!r.text || r.system) return r;
    const s = pending;
    pending = null;
    return s && !r.labelSpeaker ? { ...r, labelSpeaker: s } : r;
  });
}

/** "张先生：我没钱" when the adapter says the debtor's label is "张先生". */
function prefixByRule(text: string, rule: SpeakerRule): { speaker: Speaker; rest: string } | null {
  for (const [label, speaker] of ruleLabels(rule)) {
    if (text.startsWith(label)) {
      const rest = text.slice(label.length).trimStart();
      if (/^[:：]/.test(rest)) return { speaker, rest: rest.slice(1).trimStart() };
    }
  }
  return null;
}

/** Which side is whose: learnt from lines that carry both a label or class and a side; by default the agent's own words are on the right. */
export interface SideMap {
  left: Speaker;
  right: Speaker;
}
export const DEFAULT_SIDES: SideMap = { left: 'debtor', right: 'agent' };

export function learnSides(lines: readonly LineRead[]): SideMap {
  let rightAgent = 0;
  let rightDebtor = 0;
  for (const l of lines) {
    const s = l.labelSpeaker ?? l.classSpeaker;
    if (!s || !l.side) continue;
    if ((l.side === 'right') === (s === 'agent')) rightAgent++;
    else rightDebtor++;
  }
  return rightDebtor > rightAgent ? { left: 'agent', right: 'debtor' } : DEFAULT_SIDES;
}

/** Explicit label first, then class tokens, then (last) the side. */
export function speakerOf(l: LineRead, sides: SideMap = DEFAULT_SIDES): Speaker | null {
  return l.labelSpeaker ?? l.classSpeaker ?? (l.side ? sides[l.side] : null);
}
