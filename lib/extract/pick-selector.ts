// A short, robust CSS selector for one element, checked to match only it: a hand-written id,
// then stable data-* / name attributes, then an nth-of-type path anchored at the nearest such
// ancestor. Also resolves "frame >>> shadow host >>> element" chains back to elements.

type Root = Document | ShadowRoot;

/** Ids that frameworks generate (ember123, :r1:, react-select-2-input, uuids) change per load. */
export function looksGenerated(id: string): boolean {
  return (
    /\d{3,}/.test(id) ||
    /^[:_]|[:]/.test(id) ||
    /[0-9a-f]{8}-?[0-9a-f]{4}/i.test(id) ||
    /^(ember|react|vue|ng|mui|el-id|rc_|radix|headlessui|__)/i.test(id) ||
    /\d+-\d+/.test(id) ||
    id.length > 40
  );
}

const STABLE_DATA = ['data-testid', 'data-test', 'data-qa', 'data-cy', 'data-field', 'data-name', 'data-key', 'data-label', 'data-role'];

export function cssEscape(s: string): string {
  return s.replace(/^\d/, (d) => `\\3${d} `).replace(/[^\w-]/g, (c) => (c.charCodeAt(0) > 0x7f ? c : `\\${c}`));
}

const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

function rootOf(el: Element): Root {
  return el.getRootNode() as Root;
}

function uniqueIn(root: Root, sel: string, el: Element): boolean {
  try {
    const all = root.querySelectorAll(sel);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

/** One step for an element: its own stable handle, if any (not yet checked for uniqueness). */
function ownHandles(el: Element): string[] {
  const out: string[] = [];
  const tag = el.localName;
  if (el.id && !looksGenerated(el.id)) out.push(`#${cssEscape(el.id)}`);
  for (const a of STABLE_DATA) {
    const v = el.getAttribute(a);
    if (v && v.length < 60 && !looksGenerated(v)) out.push(`${tag}[${a}=${quote(v)}]`);
  }
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-') || STABLE_DATA.includes(attr.name) || /^data-(v-|reactid|daihou)/.test(attr.name)) continue;
    if (attr.value && attr.value.length < 40 && !looksGenerated(attr.value)) out.push(`${tag}[${attr.name}=${quote(attr.value)}]`);
  }
  const name = el.getAttribute('name');
  if (name && !looksGenerated(name)) out.push(`${tag}[name=${quote(name)}]`);
  return out;
}

function nthStep(el: Element): string {
  const tag = el.localName;
  let n = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.localName === tag) n++;
  let more = n > 1;
  for (let sib = el.nextElementSibling; sib && !more; sib = sib.nextElementSibling) if (sib.localName === tag) more = true;
  return more ? `${tag}:nth-of-type(${n})` : tag;
}

/** A selector matching exactly `el` within its document or shadow root. */
export function buildSelector(el: Element): string {
  const root = rootOf(el);
  for (const h of ownHandles(el)) if (uniqueIn(root, h, el)) return h;
  const steps: string[] = [];
  let cur: Element | null = el;
  while (cur) {
    const handles = cur === el ? [] : ownHandles(cur);
    const anchor = handles.find((h) => uniqueIn(root, h, cur!));
    if (anchor) {
      steps.unshift(anchor);
      break;
    }
    steps.unshift(nthStep(cur));
    const sel = steps.join(' > ');
    if (steps.length >= 2 && uniqueIn(root, sel, el)) return sel;
    if (cur.localName === 'body' || cur.localName === 'html') break;
    cur = cur.parentElement;
  }
  const sel = steps.join(' > ');
  return sel;
}

/**
 * An exact selector built without querying the page (cheap enough for every extraction): an
 * nth-of-type path up to the nearest hand-written id, or to the root. Used for field sources;
 * the picker uses the shorter, checked `buildSelector`.
 */
export function fastSelector(el: Element): string {
  const root = rootOf(el);
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const id: string = cur.id;
    if (id && !looksGenerated(id) && root.getElementById(id) === cur) {
      steps.unshift(`#${cssEscape(id)}`);
      break;
    }
    if (cur.localName === 'html') {
      steps.unshift('html');
      break;
    }
    steps.unshift(nthStep(cur));
  }
  const sel = steps.join(' > ');
  if (root.nodeType === 11) {
    // A shadow root has no <html> anchor: make sure the path finds this element first.
    try {
      if (root.querySelector(sel) !== el) return buildSelector(el);
    } catch {
      return buildSelector(el);
    }
  }
  return sel;
}

/** The frame / shadow-host selectors leading from the top document to `el`, outermost first. */
export function pathTo(el: Element): string[] {
  const path: string[] = [];
  let node: Element | null = el;
  for (let i = 0; node && i < 16; i++) {
    const root = node.getRootNode();
    if (root.nodeType === 11 && (root as ShadowRoot).host) {
      node = (root as ShadowRoot).host;
      path.unshift(buildSelector(node));
      continue;
    }
    const frame = (root as Document).defaultView?.frameElement ?? null;
    if (!frame) break;
    node = frame;
    path.unshift(buildSelector(node));
  }
  return path;
}

/** Separator of a selector chain through iframes and shadow roots. */
export const CHAIN = ' >>> ';

/** Find the element of `selector` inside the frames / shadow hosts of `path`; null if gone. */
export function resolveSelector(doc: Document, selector: string, path: string[] = []): Element | null {
  const parts = [...path, ...selector.split(CHAIN)].map((s) => s.trim()).filter(Boolean);
  let root: Root = doc;
  let el: Element | null = null;
  for (let i = 0; i < parts.length; i++) {
    try {
      el = root.querySelector(parts[i]!);
    } catch {
      return null;
    }
    if (!el) return null;
    if (i === parts.length - 1) break;
    if (el.shadowRoot) root = el.shadowRoot;
    else if (el.localName === 'iframe' || el.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) return null;
      root = inner;
    } else return null;
  }
  return el;
}

/** The full chain for an element, usable as an adapter selector: "iframe#x >>> my-card >>> .amount". */
export function chainSelector(el: Element): string {
  return [...pathTo(el), buildSelector(el)].join(CHAIN);
}
