// Where a live transcript may be on a page, by cheap evidence only (lib/live/transcript/evidence):
// ARIA log / live regions, and lists with two or more lines that carry a speaker label, a speaker
// class or a name the page gives one side. The reader (find.ts) judges these candidates; the CRM
// content script only asks whether there is any (detect.ts), so this module must stay small.
import { classEvidence, textEvidence } from './evidence';

/** Two elements of the same kind: same tag, and a class in common when both have classes. */
export function sameShape(a: Element, b: Element): boolean {
  if (a.localName !== b.localName) return false;
  if (a.localName === 'li' || a.localName === 'tr') return true;
  const ca = a.classList;
  const cb = b.classList;
  if (!ca.length || !cb.length) return true;
  for (let i = 0; i < ca.length; i++) if (cb.contains(ca[i]!)) return true;
  return false;
}

/** Most elements and text nodes one search visits (a huge page is searched in its first part). */
const MAX_NODES = 60_000;

const CELLS = new Set(['td', 'th']);

/**
 * From a node that names a speaker, the lists it may be a line of: the ancestors (up to three)
 * that have a same-shaped sibling. A name tag beside a time tag is a list too, so the nearest
 * is not always the transcript: each is judged.
 */
function listsAbove(el: Element | null, out: Element[]): void {
  for (let i = 0; el && i < 7 && out.length < 3; i++, el = el.parentElement) {
    const p = el.parentElement;
    if (!p || p.localName === 'body') return;
    if (p.childElementCount < 2 || CELLS.has(el.localName)) continue; // cells are never lines
    const prev = el.previousElementSibling;
    const next = el.nextElementSibling;
    // A same-shaped sibling next to it, or two away (pairs: <dt>坐席</dt><dd>…</dd><dt>客户</dt>…).
    const prev2 = prev?.previousElementSibling;
    const next2 = next?.nextElementSibling;
    if ((prev && sameShape(prev, el)) || (next && sameShape(next, el)) || (prev2 && sameShape(prev2, el)) || (next2 && sameShape(next2, el))) out.push(p);
  }
}

/** Most candidates judged per search (each costs reading its last lines). */
const MAX_CANDIDATES = 40;

export function gather(doc: Document, into: Set<Element>, names: readonly string[]): void {
  const body = doc.body;
  if (!body) return;
  const hits = new Map<Element, number>();
  // The document, then the open shadow roots met on the way (web-component workbenches).
  const roots: (HTMLElement | ShadowRoot)[] = [body];
  let seen = 0;
  for (let r = 0; r < roots.length && r < 50; r++) {
    const root = roots[r]!;
    try {
      for (const el of Array.from(root.querySelectorAll('[role="log"],[aria-live]'))) if (el.getAttribute('aria-live') !== 'off') into.add(el);
    } catch {
      /* a page that broke its own DOM */
    }
    const walker = doc.createTreeWalker(root, 0x1 | 0x4);
    for (let n = walker.nextNode(); n && seen < MAX_NODES; n = walker.nextNode(), seen++) {
      let evidence: Element | null = null;
      if (n.nodeType === 3) {
        if (textEvidence((n as Text).data, names)) evidence = n.parentElement;
      } else {
        const el = n as Element;
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (classEvidence(el)) evidence = el;
      }
      if (!evidence) continue;
      const lists: Element[] = [];
      listsAbove(evidence, lists);
      for (const list of lists) hits.set(list, (hits.get(list) ?? 0) + 1);
    }
  }
  const ranked = [...hits].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  for (const [list] of ranked.slice(0, MAX_CANDIDATES)) into.add(list);
}

/** Same-origin frames' documents (a softphone often sits in an iframe), two levels deep. */
export function frameDocs(doc: Document, depth = 0, out: Document[] = []): Document[] {
  out.push(doc);
  if (depth >= 2) return out;
  for (const f of Array.from(doc.querySelectorAll('iframe,frame'))) {
    try {
      const inner = (f as HTMLIFrameElement).contentDocument;
      if (inner && !out.includes(inner)) frameDocs(inner, depth + 1, out);
    } catch {
      /* cross-origin */
    }
  }
  return out;
}

