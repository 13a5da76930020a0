// Puts a script's text into the CRM page: into a field the agent focused here within the last
// minute, else the page's note box; never a hidden or read-only field, never a field the page
// focused on its own, and never once the page shows another debtor than the text was filled for.
// Uses execCommand('insertText') so the page's own undo (Ctrl+Z) reverts it and the page's
// frameworks see a real input event.
import type { InsertResult } from '../messaging';
import { resetVisibility, shownOnScreen } from '../extract/visibility';

const NOTE_SELECTORS = [
  'textarea[name*="note" i]',
  'textarea[id*="note" i]',
  'textarea[name*="remark" i]',
  'textarea[id*="remark" i]',
  'textarea[placeholder*="备注"]',
  'textarea[placeholder*="记录"]',
  'textarea[placeholder*="備註"]',
  'textarea[aria-label*="备注"]',
  'textarea',
];

/** A field focused longer ago than this is no longer "the field the agent is in". */
export const FOCUS_TTL_MS = 60_000;
/** Focus counts as the agent's only this soon after their own click or key press. */
const GESTURE_MS = 1_000;

let gestureAt = -Infinity;
let lastFocused: { el: HTMLElement; at: number } | null = null;

/** Remember the editable field the agent last focused on the page (focus moves to the panel).
 *  Focus the page moves by itself (no click or key of the agent's just before) or fakes (an
 *  untrusted event) is not remembered. */
export function trackFocus(doc: Document, signal: AbortSignal, now: () => number = Date.now): void {
  const opts = { capture: true, signal };
  const gesture = (e: Event) => {
    if (e.isTrusted !== false) gestureAt = now();
  };
  doc.addEventListener('pointerdown', gesture, opts);
  doc.addEventListener('keydown', gesture, opts);
  doc.addEventListener(
    'focusin',
    (e) => {
      const t = e.target as HTMLElement | null;
      // happy-dom has no isTrusted (undefined): only a browser's explicit `false` is a fake.
      if (t && e.isTrusted !== false && now() - gestureAt <= GESTURE_MS && isEditable(t)) lastFocused = { el: t, at: now() };
    },
    opts,
  );
  // The minute counts from when the agent left the field (to the panel), not from when they entered it.
  doc.addEventListener('focusout', (e) => lastFocused?.el === e.target && (lastFocused.at = now()), opts);
}

/** Forget the remembered focus (tests). */
export function resetFocus(): void {
  gestureAt = -Infinity;
  lastFocused = null;
}

export function isEditable(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement)
    return !el.readOnly && !el.disabled && /^(text|search|)$/i.test(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Editable, still on the page and shown on screen: the only fields text may go into. */
const usable = (el: Element): el is HTMLElement => el.isConnected && isEditable(el) && shownOnScreen(el);

export function findNoteField(doc: Document): HTMLElement | null {
  resetVisibility(); // the page may have changed since the last scan
  for (const sel of NOTE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (usable(el)) return el;
    }
  }
  return null;
}

export interface InsertRequest {
  text: string;
  target: 'note' | 'focused';
  /** Identity key (lib/extract/identity) of the debtor the text was filled for. */
  debtor: string;
}

/** Insert `text` if the page still shows `debtor` (`shows`: the identity key it shows now). */
export function insertIntoPage(doc: Document, req: InsertRequest, shows: string | null, now = Date.now()): InsertResult {
  if (shows !== req.debtor) return { ok: false, error: 'other-debtor' };
  resetVisibility();
  const f = req.target === 'focused' && lastFocused && now - lastFocused.at <= FOCUS_TTL_MS ? lastFocused.el : null;
  const focused = f && usable(f) ? f : null;
  const el = focused ?? findNoteField(doc);
  if (!el) return { ok: false, error: 'no-target' };
  const { text } = req;
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const end = el.value.length;
    const sep = end > 0 && !el.value.endsWith('\n') && el instanceof HTMLTextAreaElement ? '\n' : '';
    el.setSelectionRange(end, end);
    const done = doc.execCommand?.('insertText', false, sep + text);
    if (!done) {
      el.value = el.value + sep + text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  } else {
    const done = doc.execCommand?.('insertText', false, text);
    if (!done) el.append(doc.createTextNode(text));
  }
  return { ok: true, target: focused ? 'focused' : 'note' };
}
