// How the scan moves through one document or shadow root. Reading a node costs more than
// anything done with it, so the scan reads each node once and skips what cannot hold a debtor's
// context: the tail of long lists. A case list, a call log or a payment history holds hundreds
// of same-shaped siblings; the debtor's fields are never its 500th row, and the pairing never
// looks past the first rows below a header. So a list is read up to its first LIST_HEAD
// children; after that only children of another shape (a detail block after the list, a group
// heading) are read. This keeps a 20,000-element page close to the cost of one bare pass.

/** Children of one long list that are read before same-shaped ones are skipped. */
export const LIST_HEAD = 200;
/**
 * Every 512th element, its ancestors are checked for a long list. A list of more than LIST_HEAD
 * items is found within 512 elements of its start or later (found late: skipped from where the
 * walk is); one of up to 512 elements may be read whole, which costs less than sampling oftener.
 */
const SAMPLE_MASK = 511;
/** How far up from a sampled element a list container is looked for. */
const CLIMB = 6;

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FOLLOWING = 0x4;
const CONTAINED_BY = 0x10;

/** Which texts the walk hands on (the label dictionary's prefilter): asked inline, no callback per text. */
export interface TextFilter {
  mightContainLabel(text: string): boolean;
}

/** A skipped run of list children, `from` to `to` (siblings, inclusive). */
export interface SkipRun {
  from: Element;
  to: Element;
}

export interface WalkResult {
  /** Elements with an open shadow root, in document order. */
  hosts: Element[];
  /** Skipped runs, in document order. */
  skipped: SkipRun[];
}

/** The last node inside `el` in document order (the walk resumes right after it). */
function lastInside(el: Node): Node {
  let d = el;
  while (d.lastChild) d = d.lastChild;
  return d;
}

/** Rows are rows whatever their class (odd/even); other items must share a class, or have none. */
export function sameShape(a: Element, b: Element): boolean {
  const tag = a.localName;
  if (tag !== b.localName) return false;
  if (tag === 'tr' || tag === 'li') return true;
  const ca = a.classList;
  const cb = b.classList;
  if (!ca.length || !cb.length) return ca.length === cb.length;
  for (let i = 0; i < ca.length; i++) if (cb.contains(ca[i]!)) return true;
  return false;
}

/**
 * The runs of a long list to skip: children after the first LIST_HEAD that have the list's
 * shape. Hundreds of mixed children (a flat form: label, input, br, label…) make no list.
 */
function skipRuns(el: Element): readonly SkipRun[] {
  const n = el.childElementCount;
  if (n <= LIST_HEAD) return n < 2 ? NONE : groupedRuns(el, n);
  const kids = el.children;
  const ref = kids[LIST_HEAD - 1]!;
  for (const i of PROBES) if (!sameShape(ref, kids[i]!)) return NONE;
  const runs: SkipRun[] = [];
  itemRuns(el, ref, LIST_HEAD, runs);
  return runs;
}

const CELLS = new Set(['td', 'th']);
/** No runs (shared: callers only read it). */
const NONE: readonly SkipRun[] = [];
/** Children compared with the LIST_HEAD-th before a long container is taken for a list. */
const PROBES = [LIST_HEAD - 2, LIST_HEAD - 3, LIST_HEAD - 4, LIST_HEAD >> 1, 1];

/** Runs of same-shaped items from child `start` on. */
function itemRuns(group: Element, ref: Element, start: number, runs: SkipRun[]): void {
  const kids = group.children;
  let from: Element | null = null;
  let prev: Element | null = null;
  for (let i = start; i < kids.length; i++) {
    const kid = kids[i]!;
    if (sameShape(ref, kid)) from ??= kid;
    else if (from) {
      runs.push({ from, to: prev! });
      from = null;
    }
    prev = kid;
  }
  if (from) runs.push({ from, to: prev! });
}

/**
 * A list split into groups (record cards over tab panes, a call log grouped by month): groups of
 * one shape, each a list of items of one shape, more than LIST_HEAD items in all. It is one long
 * list: its items are read up to the LIST_HEAD-th, the groups themselves (their headings) still.
 */
function groupedRuns(el: Element, n: number): readonly SkipRun[] {
  // Cheap rejections first, each read only when the one before passed: this runs for every
  // ancestor the walk samples. `n` (≥ 2) children: the first and last exist. A row's cells are
  // its fields, not items of a list.
  const first = el.firstElementChild!;
  if (first.childElementCount * n <= LIST_HEAD || first.localName === 'tr') return NONE;
  const last = el.lastElementChild!;
  if (!sameShape(first, last)) return NONE;
  const ref = first.lastElementChild;
  const lastItem = last.lastElementChild;
  if (!ref || !lastItem || CELLS.has(ref.localName) || !sameShape(ref, lastItem) || !sameShape(ref, first.children[first.childElementCount >> 1]!)) return NONE;
  // Every child is a group (tab panes, months): two lists with other content between stay two lists.
  const groups = el.children;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    if (!sameShape(first, g)) return NONE;
    total += g.childElementCount;
  }
  if (total <= LIST_HEAD) return NONE;
  const runs: SkipRun[] = [];
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    const c = g.childElementCount;
    if (seen + c > LIST_HEAD) itemRuns(g, ref, Math.max(0, LIST_HEAD - seen), runs);
    seen += c;
  }
  return runs;
}

/**
 * The one pass over a root: a TreeWalker over elements and text together. A Text node has no
 * `shadowRoot` property at all (undefined), an element has one (null or the root), so one
 * property read tells them apart and finds shadow hosts. `onText` gets each text node outside
 * skipped list runs that `filter` admits, with its text.
 */
export function walkTree(doc: Document, start: Element | ShadowRoot, filter: TextFilter, onText: (t: Text, data: string) => void): WalkResult {
  const hosts: Element[] = [];
  const skipped: SkipRun[] = [];
  /** Runs found ahead of the walk, by document order. */
  const pending: SkipRun[] = [];
  /** The checked ancestors of the last sampled element, nearest first (see findList). */
  const chain: Element[] = [];
  const walker = doc.createTreeWalker(start, SHOW_ELEMENT | SHOW_TEXT);
  const skip = (run: SkipRun): Node | null => {
    skipped.push(run);
    walker.currentNode = lastInside(run.to);
    const next = walker.nextNode();
    // Runs of lists inside the skipped part are behind the walk now.
    while (pending.length && (!next || pending[0]!.from.compareDocumentPosition(next) & FOLLOWING)) pending.shift();
    return next;
  };
  let count = 0;
  let node: Node | null = start.nodeType === 1 ? start : walker.nextNode();
  while (node) {
    const shadow = (node as Element).shadowRoot;
    if (shadow === undefined) {
      const data = (node as Text).data;
      if (filter.mightContainLabel(data)) onText(node as Text, data);
      node = walker.nextNode();
      continue;
    }
    if (pending.length && node === pending[0]!.from) {
      node = skip(pending.shift()!);
      continue;
    }
    if (shadow) hosts.push(node as Element);
    if ((++count & SAMPLE_MASK) === 0) {
      const now = findList(node as Element, start, chain, pending);
      if (now) {
        node = skip(now);
        continue;
      }
    }
    node = walker.nextNode();
  }
  return { hosts, skipped };
}

/**
 * Checks the ancestors of `el` for a long list and queues its runs that are still ahead; a run
 * the walk is already inside (a list found late) is returned to be skipped at once.
 *
 * Each ancestor is checked once per walk. The walk goes in document order, so an ancestor of
 * `el` checked from an earlier sample was an ancestor of the previous sample too: `chain` holds
 * exactly the checked ancestors of the last sample, nearest first (no set of every element
 * checked, no hashing of DOM objects).
 */
function findList(el: Element, start: Element | ShadowRoot, chain: Element[], pending: SkipRun[]): SkipRun | null {
  let a: Element | null = el.parentElement;
  let now: SkipRun | null = null;
  const fresh: Element[] = [];
  let kept = -1;
  for (let i = 0; a && i < CLIMB; i++, a = a === start ? null : a.parentElement) {
    // Its ancestors were checked from an earlier sample (a list further up is found by a later one).
    const at = chain.indexOf(a);
    if (at >= 0) {
      kept = at;
      break;
    }
    fresh.push(a);
    const runs = skipRuns(a);
    if (!runs.length) continue;
    for (const run of runs) {
      if (run.from !== el && el.compareDocumentPosition(run.from) & FOLLOWING) {
        let at = pending.length;
        while (at > 0 && run.from.compareDocumentPosition(pending[at - 1]!.from) & FOLLOWING) at--;
        pending.splice(at, 0, run);
        continue;
      }
      // Found late: the walk is inside this run (skip it now) or already past it.
      const end = lastInside(run.to);
      if (el === end || el.compareDocumentPosition(end) & (FOLLOWING | CONTAINED_BY)) now ??= run;
    }
  }
  // The checked ancestors of `el`: those just checked, then the last sample's from where the
  // climb met them (or, when it stopped short of them, those that hold `el`).
  if (kept < 0) {
    kept = 0;
    while (kept < chain.length && !chain[kept]!.contains(el)) kept++;
  }
  const rest = chain.length - kept;
  for (let i = 0; i < rest; i++) fresh.push(chain[kept + i]!);
  chain.length = 0;
  for (let i = 0; i < fresh.length; i++) chain.push(fresh[i]!);
  return now;
}
