// Puts a script's text into the CRM page: into the field the agent last focused, else the
// page's note box. Uses execCommand('insertText') so the page's own undo (Ctrl+Z) reverts it
// and the page's frameworks see a real input event.
import type { InsertResult } from '../messaging';

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

let lastFocused: HTMLElement | null = null;

/** Remember the last editable field the agent focused on the page (focus moves to the panel). */
export function trackFocus(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'focusin',
    (e) => {
      const t = e.target as HTMLElement | null;
      if (t && isEditable(t)) lastFocused = t;
    },
    { capture: true, signal },
  );
}

export function isEditable(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement)
    return !el.readOnly && !el.disabled && /^(text|search|)$/i.test(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

export function findNoteField(doc: Document): HTMLElement | null {
  for (const sel of NOTE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (isEditable(el)) return el;
    }
  }
  return null;
}

export function insertIntoPage(doc: Document, text: string, target: 'note' | 'focused'): InsertResult {
  const focused = target === 'focused' && lastFocused?.isConnected ? lastFocused : null;
  const el = focused ?? findNoteField(doc);
  if (!el) return { ok: false, error: 'no-target' };
  if (!isEditable(el)) return { ok: false, error: 'not-editable' };
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
