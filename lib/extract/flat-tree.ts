// The page as it is shown, not as it is nested: web components project light-DOM children into
// <slot>s of their shadow roots, so a label and its value can be siblings on screen while one
// sits in a shadow root and the other in the light DOM of its host. These helpers move through
// that flattened ("composed") tree. Read-only; cheap enough for the few label hits of a scan.

/** The parent as shown: the slot an element is projected into, else its parent, else the shadow host. */
export function flatParent(node: Node): Element | null {
  const el = node as Element;
  const assigned = el.assignedSlot;
  const slot = assigned === undefined ? slotOfChild(node) : assigned;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

/** The slot a host's child is projected into, where the engine has no `assignedSlot` (happy-dom: the CLI). */
function slotOfChild(node: Node): HTMLSlotElement | null {
  const root = node.parentElement?.shadowRoot;
  if (!root) return null;
  const name = node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
  for (const s of Array.from(root.querySelectorAll('slot'))) if ((s.getAttribute('name') ?? '') === name) return s;
  return null;
}

/** What a <slot> shows: its assigned nodes, or its fallback children when nothing is assigned. */
function slotContent(slot: HTMLSlotElement): Node[] {
  const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
  return assigned.length ? assigned : Array.from(slot.childNodes);
}

const MAX_SIBLINGS = 24;

/**
 * The siblings shown after `node`, in order (the first few): when `node` is projected into a
 * slot, the siblings of that slot in the shadow tree; a <slot> met on the way is replaced by
 * what it shows.
 */
export function flatNextSiblings(node: Node): Node[] {
  const out: Node[] = [];
  const slot = (node as Element).assignedSlot;
  // Projected siblings first (the nodes after `node` in the same slot).
  if (slot) {
    const shown = slotContent(slot);
    for (let i = shown.indexOf(node) + 1; i > 0 && i < shown.length && out.length < MAX_SIBLINGS; i++) out.push(shown[i]!);
  }
  for (let n = (slot ?? node).nextSibling; n && out.length < MAX_SIBLINGS; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === 'slot') out.push(...slotContent(n as HTMLSlotElement));
    else out.push(n);
  }
  return out;
}

/** The element shown before `el` (for value-above-caption cards). */
export function flatPreviousElement(el: Element): Element | null {
  const anchor: Element = el.assignedSlot ?? el;
  for (let n = anchor.previousElementSibling; n; n = n.previousElementSibling) {
    if (n.localName !== 'slot') return n;
    const shown = slotContent(n as HTMLSlotElement).filter((s): s is Element => s.nodeType === 1);
    if (shown.length) return shown[shown.length - 1]!;
  }
  return null;
}

const MAX_SHOWN = 800;

/**
 * Text as shown on screen: a shadow host shows its shadow tree, a <slot> shows what is
 * projected into it. Plain elements (the common case) cost one textContent read.
 */
export function shownText(el: Element, skip?: (el: Element) => boolean): string {
  const text = el.textContent ?? '';
  // In the document's own tree no <slot> projects anything: its text is what shows, unless the
  // element is (or holds, as its only content) a web component drawing its text in a shadow root.
  if (!skip && !el.shadowRoot && el.getRootNode().nodeType === 9 && (/\S/.test(text) || !hasShadowChild(el))) return text;
  const out = { s: '' };
  composed(el, out, skip);
  return out.s;
}

function hasShadowChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.shadowRoot || c.localName.includes('-')) return true;
  return false;
}

/** The text `node` shows, leaving out elements `skip` names (never the starting node itself). */
function composed(node: Node, out: { s: string }, skip?: (el: Element) => boolean, top = true): void {
  if (out.s.length > MAX_SHOWN) return;
  if (node.nodeType === 3) {
    out.s += (node as Text).data;
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const el = node as Element;
  if (node.nodeType === 1 && !top && skip?.(el)) return;
  if (node.nodeType === 1 && el.localName === 'slot') {
    for (const n of slotContent(el as HTMLSlotElement)) composed(n, out, skip, false);
    return;
  }
  if (node.nodeType === 1 && /^(style|script|template)$/.test(el.localName)) return;
  const from: Node = (node.nodeType === 1 && el.shadowRoot) || node;
  for (let n = from.firstChild; n; n = n.nextSibling) composed(n, out, skip, false);
}

/** Does `el` contain `other`, across shadow roots and slots? (bounded climb) */
export function flatContains(el: Element, other: Node): boolean {
  let n: Node | null = other;
  for (let i = 0; n && i < 40; i++, n = flatParent(n)) if (n === el) return true;
  return false;
}

/** The element's text when it is short (a title), else null; stops reading early on big blocks. */
export function shortText(el: Element, max: number): string | null {
  let s = '';
  let nodes = 0;
  const walk = (n: Node): boolean => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (++nodes > 60) return false;
      if (c.nodeType === 3) {
        s += (c as Text).data;
        if (s.trim().length > max) return false;
      } else if (c.nodeType === 1 && !walk(c)) return false;
    }
    return true;
  };
  return walk(el) ? s.trim() : null;
}
