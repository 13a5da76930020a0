// Where a page shows its live call transcript, with no configuration: ARIA log / live regions
// whose children are lines, lists of speaker-labelled lines, chat bubbles whose classes or name
// tags say who spoke. Toasts, notification areas, help chatbots, menus, history tables and page
// headers are refused. Read-only; bounded work, run only when the page changes and nothing is found.
import { carryLabels, readLine, learnSides, speakerOf, type LineRead, type SpeakerRule } from './line';
import { botLine, headingsNear, isDistractor, OVERLAY_ATTR } from './distractors';

/** What a workbench calls its live transcript (in its accessible name or the heading above it). */
const TRANSCRIPT_NAME = /转写|轉寫|转录|轉錄|字幕|逐字稿|实时通话|即時通話|通话内容|通話內容|transcri|caption|live call/i;
import { frameDocs, gather, sameShape } from './candidates';

export { isDistractor } from './distractors';
export { changesMayAddTranscript, classEvidence, textEvidence } from './evidence';

const NOT_LINES = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta', 'colgroup', 'col', 'thead', 'caption']);
/** Lines read when judging a candidate: the latest ones. */
const ASSESS_LINES = 40;

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const s = el.getAttribute('style');
  return !!s && /display\s*:\s*none/i.test(s);
}

const WRAPPER_TAGS = new Set(['ul', 'ol', 'tbody', 'table', 'dl']);

/** The element whose children are the lines: the container, or the list wrapped in it (a scroll view, a <ul>, a <tbody>). */
export function lineParentOf(container: Element): Element {
  let p = container;
  for (let i = 0; i < 8; i++) {
    if (p.localName === 'table') {
      const body = (p as HTMLTableElement).tBodies?.[0];
      if (body) {
        p = body;
        continue;
      }
    }
    let only: Element | null = null;
    let count = 0;
    for (let c = p.firstElementChild; c; c = c.nextElementSibling) {
      if (NOT_LINES.has(c.localName) || hidden(c)) continue;
      count++;
      only = c;
    }
    if (count !== 1 || !only || !only.firstElementChild) break;
    const role = only.getAttribute('role');
    const wrapper =
      WRAPPER_TAGS.has(only.localName) ||
      role === 'list' || role === 'log' || role === 'rowgroup' || role === 'feed' ||
      (only.childElementCount >= 2 && sameShape(only.firstElementChild, only.lastElementChild!) && !!only.firstElementChild.firstElementChild);
    if (!wrapper) break;
    p = only;
  }
  return p;
}

/** The line elements under a line parent, in order. */
export function linesOf(parent: Element): Element[] {
  const out: Element[] = [];
  for (const c of Array.from(parent.children)) {
    if (NOT_LINES.has(c.localName) || hidden(c) || c.hasAttribute(OVERLAY_ATTR)) continue;
    out.push(c);
  }
  return out;
}

// ---- judging a candidate ----

export interface Assessment {
  container: Element;
  lineParent: Element;
  score: number;
}

/** How much a container looks like a live transcript; null when it does not. */
export function assess(container: Element, rule?: SpeakerRule): Assessment | null {
  if (isDistractor(container)) return null;
  const lineParent = lineParentOf(container);
  const lines = linesOf(lineParent);
  const role = container.getAttribute('role');
  const live = role === 'log' || (container.hasAttribute('aria-live') && container.getAttribute('aria-live') !== 'off');
  // A live region the page itself names as the transcript is taken before the call has started:
  // its lines are then read as they come, the first ones included.
  const named = TRANSCRIPT_NAME.test(headingsNear(container));
  if (named && live && lines.length === 0) return { container, lineParent, score: 1 };
  if (lines.length < (named ? 1 : 2)) return null;
  const recent = lines.slice(-ASSESS_LINES);
  if (recent.some(botLine)) return null;
  const reads: LineRead[] = carryLabels(recent.map((l) => readLine(l, container, { rule })));
  const sides = learnSides(reads);
  let debtor = 0;
  let agent = 0;
  let explicit = 0;
  let other = 0;
  let withText = 0;
  let longest = 0;
  for (const r of reads) {
    if (!r.text) continue;
    withText++;
    longest = Math.max(longest, r.text.length);
    if (r.otherLabel) other++;
    if (r.system) continue;
    const s = speakerOf(r, sides);
    if (s === 'debtor') debtor++;
    else if (s === 'agent') agent++;
    if (r.labelSpeaker || r.classSpeaker) explicit++;
  }
  const speech = debtor + agent;
  if (speech < withText * 0.6 || other > speech * 0.2) return null;
  if (named) {
    // Named by the page: one line of either side will do.
    if (!speech) return null;
  } else if (!debtor || !agent || speech < 2 || longest < 6) {
    // Else both sides of a call, and speech, not a name beside "客户" / "坐席" (a header, a key-value table).
    return null;
  }
  return { container, lineParent, score: speech + explicit * 0.5 + (live ? 3 : 0) + (named ? 3 : 0) };
}

/** The page's live transcript, or null. */
export function findTranscript(doc: Document, rule?: SpeakerRule): Assessment | null {
  const candidates = new Set<Element>();
  const names = [...(rule?.debtorNames ?? []), ...(rule?.agentNames ?? []), rule?.debtorLabel ?? '', rule?.agentLabel ?? ''].filter(Boolean);
  for (const d of frameDocs(doc)) gather(d, candidates, names);
  let best: Assessment | null = null;
  for (const c of candidates) {
    const a = assess(c, rule);
    if (!a) continue;
    if (!best || a.score > best.score || (a.score === best.score && best.container.contains(a.container) && !best.container.hasAttribute('role'))) best = a;
  }
  // The list found by its lines may sit in a role=log / aria-live wrapper: observe the wrapper.
  if (best) {
    const live = best.container.parentElement?.closest('[role="log"],[aria-live]');
    if (live && live.getAttribute('aria-live') !== 'off' && lineParentOf(live) === best.lineParent && !isDistractor(live)) best = { ...best, container: live };
  }
  return best;
}

export interface ReadLine {
  speaker: 'debtor' | 'agent';
  text: string;
  /** What the markup says (null: nothing; the stream decides by what follows and by time). */
  state: 'final' | 'interim' | null;
}

/** The lines of a transcript container as they stand (speech only: system notices and unattributed lines left out). */
export function readLines(container: Element, opts: { rule?: SpeakerRule; lineSelector?: string } = {}): ReadLine[] {
  let els: Element[];
  try {
    els = opts.lineSelector ? Array.from(container.querySelectorAll(opts.lineSelector)) : linesOf(lineParentOf(container));
  } catch {
    return [];
  }
  const reads = carryLabels(els.map((el) => readLine(el, container, { rule: opts.rule })));
  const sides = learnSides(reads);
  const out: ReadLine[] = [];
  for (const r of reads) {
    const speaker = r.system ? null : speakerOf(r, sides);
    if (speaker && r.text) out.push({ speaker, text: r.text, state: r.state });
  }
  return out;
}

/** The transcript a clicked element belongs to ("pick on page" for an adapter): the nearest ancestor that reads as one. */
export function transcriptAround(el: Element): Element | null {
  let best: Element | null = null;
  for (let a: Element | null = el, i = 0; a && i < 14 && a.localName !== 'body'; a = a.parentElement, i++) {
    const live = a.getAttribute('role') === 'log' || (a.hasAttribute('aria-live') && a.getAttribute('aria-live') !== 'off');
    // A live region around the lines is the container; else the first ancestor that reads as a transcript.
    if (live && !isDistractor(a)) return a;
    if (!best && assess(a)) best = a;
  }
  return best;
}
