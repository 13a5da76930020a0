// Puts a script's text into the CRM page: into a field the agent focused here within the last
// minute, else the page's note box; never a hidden or read-only field, never a field the page
// focused on its own, and never once the page shows another debtor than the text was filled for.
// Uses execCommand('insertText') so the page's own undo (Ctrl+Z) reverts it and the page's
// frameworks see a real input event. Part of the page tools (entrypoints/picker.ts), injected
// when the agent inserts: the content script only follows focus and says which debtor the page
// shows (lib/crm/focus.ts).
import type { InsertResult } from '../messaging';
import { resetVisibility, shownOnScreen } from '../extract/visibility';
import { isEditable, lastFocused } from './focus';

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

/** Insert `text` if the page still shows `debtor` (`shows`: the identity key it shows now; undefined with no content script to tell). */
export function insertIntoPage(doc: Document, req: InsertRequest, shows: string | null | undefined, now = Date.now()): InsertResult {
  if (shows !== req.debtor) return { ok: false, error: 'other-debtor' };
  resetVisibility();
  const f = req.target === 'focused' ? lastFocused(now) : null;
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
