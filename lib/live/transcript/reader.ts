// Streams the page's live transcript as turns: finds the container (a site adapter's selector,
// else the heuristics of find.ts), observes only it, and sends new or changed lines in batches
// within a few tens of milliseconds. A line still growing is interim; it becomes final when a
// later line follows it, when it has not changed for a while, or when its markup says so.
// Never throws into the page, never writes to it.
import { MAX_TURNS_PER_MESSAGE, type Speaker, type Turn } from '../turn';
import { changesMayAddTranscript } from './evidence';
import { findTranscript, lineParentOf, linesOf } from './find';
import { carryLabels, learnSides, readLine, speakerOf, DEFAULT_SIDES, type LineRead, type SideMap, type SpeakerRule } from './line';
import type { TranscriptRule } from './rule';

export type { TranscriptRule } from './rule';

export interface ReaderOptions {
  doc: Document;
  send: (turns: Turn[]) => void;
  signal: AbortSignal;
  /** The adapter rule for the page now, if any. */
  rule?: () => TranscriptRule | null;
  /** Resolve an adapter's selector chain (lib/extract/pick-selector resolveSelector). */
  resolve?: (doc: Document, selector: string) => Element | null;
  now?: () => number;
  /** Unchanged this long, the last line is final. */
  quietMs?: number;
  /** Longest wait between a change and its message. */
  batchMs?: number;
  /** While nothing is found, the page is searched at most this often (on its changes). */
  searchEveryMs?: number;
  /** Ask the browser's layout for a bubble's side (real pages; happy-dom has none). */
  layout?: boolean;
  /**
   * Names the page shows for each side (the case's debtor, the logged-in agent): a line labelled
   * "王琳：" or a name tag "张伟" then says who spoke, where no speaker word does.
   */
  names?: () => { debtor?: readonly string[]; agent?: readonly string[] } | null;
  /** A transcript was found (the page's fields are then read again, without it). */
  onContainer?: (el: Element) => void;
  /**
   * What an earlier reader in this tab knew (the host keeps it for the tab's life): a reader started
   * again (the content script run anew after an install or update) keeps each line's id and what was
   * sent, so the call's lines are not sent twice under new ids.
   */
  memory?: ReaderMemory;
}

/** A reader's lines by element, kept across readers of one tab (opaque to the host). */
export interface ReaderMemory {
  ids?: WeakMap<Element, unknown>;
  prefix?: string;
  seq?: number;
}

export interface TranscriptReader {
  /** The page changed (from the page watcher): search again if nothing is observed and the changes may hold a transcript. */
  poke(records?: readonly MutationRecord[]): void;
  /** Adapters changed: forget the container and search again. */
  reset(): void;
  /** Does this node belong to the observed transcript? (its changes need no debtor re-read) */
  owns(node: Node): boolean;
  /** The container observed now. */
  container(): Element | null;
}

interface LineState {
  id: string;
  at: number;
  text: string;
  speaker: Speaker | null;
  changedAt: number;
  /** What was last sent (null: nothing yet). */
  sentText: string | null;
  sentFinal: boolean;
  sentSpeaker: Speaker | null;
  /** textContent + class when last read: unchanged lines are not read again. */
  key: string;
  read: LineRead | null;
  /** When its element left the page (orphans only). */
  goneAt: number;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'aria-busy', 'data-final', 'data-status', 'data-interim', 'hidden', 'style', 'data-speaker'],
};
const MAX_ORPHANS = 200;
/** Changed nodes remembered between two reads; past this, every line is read again. */
const MAX_TOUCHED = 300;

function resolveRule(doc: Document, rule: TranscriptRule, resolve?: ReaderOptions['resolve']): Element | null {
  try {
    if (resolve) return resolve(doc, rule.container);
    return doc.querySelector(rule.container);
  } catch {
    return null;
  }
}

export function startTranscriptReader(opts: ReaderOptions): TranscriptReader {
  const { doc, send, signal, now = Date.now, quietMs = 800, batchMs = 20, searchEveryMs = 500 } = opts;
  const memory = opts.memory ?? {};
  const prefix = (memory.prefix ??= `p${Math.floor(Math.random() * 0x7fffffff).toString(36)}${Date.now().toString(36)}`);
  const ids = (memory.ids ??= new WeakMap()) as WeakMap<Element, LineState>;
  /** States of lines whose element left the page, by text: a re-rendered list keeps its ids. */
  let orphans: LineState[] = [];
  let current: Element[] = [];
  let container: Element | null = null;
  let rule: TranscriptRule | null = null;
  let observer: MutationObserver | null = null;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSearch = 0;
  let sides: SideMap = DEFAULT_SIDES;
  /** The element whose children are the lines, as last enumerated (null: enumerate again). */
  let lineParent: Element | null = null;
  /** Lines came or went since the last read. */
  let structural = true;
  /** Nodes the page changed since the last read (inside lines). */
  const touched = new Set<Node>();
  /** The list shows the newest line first. */
  let reversed = false;
  /** Lines were read from this container before (new ones at the top then mean newest-first). */
  let seenAny = false;
  /** An attribute changed somewhere in the container: lines are read again even when their text did not change. */
  let attrDirty = false;

  /** The adapter's rule (if any) with the names the page gives each side. */
  const withNames = (r: TranscriptRule | null): SpeakerRule | undefined => {
    let n: ReturnType<NonNullable<ReaderOptions['names']>> = null;
    try {
      n = opts.names?.() ?? null;
    } catch {
      n = null;
    }
    if (!n?.debtor?.length && !n?.agent?.length) return r ?? undefined;
    return { debtorNames: n.debtor ?? [], agentNames: n.agent ?? [], ...(r ?? {}) };
  };
  const nameList = (): string[] => {
    const r = withNames(null);
    return [...(r?.debtorNames ?? []), ...(r?.agentNames ?? [])];
  };

  /** The line elements holding the nodes the page changed since the last read. */
  const dirtyLines = (): Set<Element> => {
    const out = new Set<Element>();
    for (const n of touched) {
      let el: Node | null = n;
      for (let i = 0; el && i < 40 && el.parentNode !== lineParent; i++) el = el.parentNode;
      if (el && el.nodeType === 1) out.add(el as Element);
    }
    return out;
  };

  const detach = () => {
    observer?.disconnect();
    observer = null;
    container = null;
    current = [];
    reversed = false;
    seenAny = false;
    lineParent = null;
    structural = true;
    touched.clear();
  };

  const lineElements = (): Element[] => {
    if (!container) return [];
    if (rule?.line) {
      try {
        return Array.from(container.querySelectorAll(rule.line));
      } catch {
        return [];
      }
    }
    return linesOf(lineParentOf(container));
  };

  const stateOf = (el: Element, read: LineRead, t: number): LineState => {
    let st = ids.get(el);
    if (st) return st;
    // A list re-rendered by its framework drops and re-adds its elements in one go: same words, same turn.
    const i = orphans.findIndex((o) => o.text === read.text && o.text !== '' && t - o.goneAt < 1000);
    if (i >= 0) {
      st = orphans[i]!;
      orphans.splice(i, 1);
    } else {
      st = { id: `${prefix}-${(memory.seq = (memory.seq ?? 0) + 1)}`, at: t, text: '', speaker: null, changedAt: t, sentText: null, sentFinal: false, sentSpeaker: null, key: '', read: null, goneAt: 0 };
    }
    ids.set(el, st);
    return st;
  };

  const flush = () => {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    if (signal.aborted || !container) return;
    try {
      if (!container.isConnected) {
        detach();
        scheduleSearch();
        return;
      }
      const t = now();
      // Only the lines the page touched are read again, unless lines came or went.
      const full = structural || !lineParent || !!rule?.line;
      const dirty = full ? null : dirtyLines();
      const els = full ? lineElements() : current;
      if (full) lineParent = rule?.line ? null : lineParentOf(container);
      structural = false;
      touched.clear();
      const present = new Set(els);
      for (const el of current) {
        const st = ids.get(el);
        if (st && !present.has(el) && st.text) {
          st.goneAt = t;
          orphans.push(st);
          ids.delete(el);
        }
      }
      if (orphans.length > MAX_ORPHANS) orphans = orphans.slice(-MAX_ORPHANS);
      current = els;
      const reads: { el: Element; st: LineState; r: LineRead }[] = [];
      /** Where elements never seen before sit in the list (to notice a list that grows at the top). */
      const newAt: number[] = [];
      const hadLines = seenAny;
      const speakerRule = withNames(rule);
      for (const el of els) {
        const known = ids.get(el);
        if (dirty && known?.read && !dirty.has(el)) {
          reads.push({ el, st: known, r: known.read });
          continue;
        }
        let key: string;
        try {
          key = `${el.getAttribute('class') ?? ''}\u0000${el.getAttribute('aria-busy') ?? ''}\u0000${el.textContent ?? ''}`;
        } catch {
          continue; // an element that refuses to be read
        }
        let r = known && known.key === key && !attrDirty ? known.read : null;
        if (!r) {
          try {
            r = readLine(el, container, { rule: speakerRule, layout: opts.layout });
          } catch {
            continue;
          }
        }
        if (!known && hadLines) newAt.push(reads.length);
        const st = known ?? stateOf(el, r, t);
        st.key = key;
        st.read = r;
        if (r.text !== st.text) {
          st.text = r.text;
          st.changedAt = t;
        }
        reads.push({ el, st, r });
      }
      attrDirty = false;
      if (reads.length) seenAny = true;
      // A list that grows at the top (newest first) is read bottom-up.
      if (!reversed && newAt.length && newAt[0] === 0 && reads.length > newAt.length && newAt.at(-1)! < reads.length - 1) reversed = true;
      if (reversed) reads.reverse();
      const carried = carryLabels(reads.map((x) => x.r));
      for (let i = 0; i < reads.length; i++) reads[i]!.r = carried[i]!;
      sides = learnSides(carried);
      const out: Turn[] = [];
      let nextQuiet = Infinity;
      let laterSpeech = false;
      for (let i = reads.length - 1; i >= 0; i--) {
        const { st, r } = reads[i]!;
        const speaker = r.system ? null : speakerOf(r, sides);
        if (!speaker || !r.text) continue;
        st.speaker = speaker;
        let final: boolean;
        if (r.state) final = r.state === 'final';
        else if (laterSpeech) final = true;
        else {
          final = t - st.changedAt >= quietMs;
          if (!final) nextQuiet = Math.min(nextQuiet, st.changedAt + quietMs);
        }
        laterSpeech = true;
        // A final turn is never reopened: later edits are corrections, sent as final.
        if (st.sentFinal) final = true;
        if (st.sentText === r.text && st.sentFinal === final && st.sentSpeaker === speaker) continue;
        st.sentText = r.text;
        st.sentFinal = final;
        st.sentSpeaker = speaker;
        out.push({ id: st.id, speaker, text: r.text, final, at: st.at, source: 'page' });
      }
      out.reverse();
      if (quietTimer !== undefined) clearTimeout(quietTimer);
      quietTimer = nextQuiet < Infinity ? setTimeout(flush, Math.max(10, nextQuiet - t + 5)) : undefined;
      for (let i = 0; i < out.length; i += MAX_TURNS_PER_MESSAGE) {
        try {
          send(out.slice(i, i + MAX_TURNS_PER_MESSAGE));
        } catch {
          /* the extension went away */
        }
      }
    } catch {
      /* never throw into the CRM page */
    }
  };

  const scheduleFlush = () => {
    if (flushTimer === undefined && !signal.aborted) flushTimer = setTimeout(flush, batchMs);
  };

  const attach = (el: Element) => {
    detach();
    container = el;
    try {
      observer = new MutationObserver((records) => {
        try {
          for (const rec of records) {
            if (rec.type === 'attributes') {
              attrDirty = true;
              // A line shown or hidden changes which lines there are.
              if ((rec.attributeName === 'hidden' || rec.attributeName === 'style') && rec.target.parentNode === lineParent) structural = true;
            }
            // Lines added or removed (a change at or above the list): enumerate them again.
            if (rec.type === 'childList' && (!lineParent || rec.target === lineParent || rec.target.contains(lineParent))) structural = true;
            else if (touched.size < MAX_TOUCHED) touched.add(rec.target);
            else structural = true;
          }
          scheduleFlush();
        } catch {
          /* never throw into the page */
        }
      });
      observer.observe(el, OBSERVE);
    } catch {
      observer = null;
    }
    flush();
    try {
      opts.onContainer?.(el);
    } catch {
      /* never throw into the page */
    }
  };

  const search = () => {
    if (searchTimer !== undefined) clearTimeout(searchTimer);
    searchTimer = undefined;
    if (signal.aborted || (container && container.isConnected)) return;
    lastSearch = now();
    try {
      rule = opts.rule?.() ?? null;
      if (rule) {
        const el = resolveRule(doc, rule, opts.resolve);
        if (el) attach(el);
        return;
      }
      const found = findTranscript(doc, withNames(null));
      if (found) attach(found.container);
    } catch {
      /* never throw into the page */
    }
  };

  function scheduleSearch(): void {
    if (searchTimer !== undefined || signal.aborted) return;
    const wait = Math.max(0, lastSearch + searchEveryMs - now());
    searchTimer = setTimeout(search, wait);
  }

  signal.addEventListener('abort', () => {
    detach();
    for (const timer of [flushTimer, quietTimer, searchTimer]) if (timer !== undefined) clearTimeout(timer);
  });
  if (!signal.aborted) search();

  return {
    poke(records) {
      if (container?.isConnected) return;
      if (container) detach();
      try {
        if (records && !rule && !opts.rule?.() && !changesMayAddTranscript(records, nameList())) return;
      } catch {
        return;
      }
      scheduleSearch();
    },
    reset() {
      detach();
      lastSearch = 0;
      scheduleSearch();
    },
    owns(node: Node) {
      return !!container && (node === container || container.contains(node));
    },
    container: () => container,
  };
}
