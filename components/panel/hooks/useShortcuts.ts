// Panel-wide keyboard shortcuts. Alt+key works everywhere (read by physical key, so a Chinese IME
// does not change it); help is F1 or Ctrl+/ anywhere, and `?` outside text fields or in an empty
// utterance box; `/` focuses the utterance box; Esc leaves a text field. The full-width `？` `／`
// (and `、`, Chinese punctuation's slash key) an IME produces count as `?` and `/`.
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  focusUtterance: () => void;
  quickPick: (index: number) => void;
  toggleCall: () => void;
  copyTop: () => void;
  insertTop: () => void;
  /** Alt+Shift+1…9: copy the n-th visible card (0-based), as its own copy button does. */
  copyCard: (index: number) => void;
  /** Alt+F: every script card between its short form and its full text. */
  toggleFull: () => void;
  /** Alt+N: bring in the situation waiting in the live call's "new" tray. */
  bringInNew?: () => void;
  help: () => void;
}

const typing = (t: EventTarget | null): t is HTMLElement =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** The character a key stands for, IME or not: `Process` (keyCode 229) falls back to the physical key. */
export function shortcutChar(e: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): '?' | '/' | null {
  if (e.key === '?' || e.key === '？') return '?';
  if (e.key === '/' || e.key === '／' || e.key === '、') return '/';
  if ((e.key === 'Process' || e.key === 'Unidentified') && e.code === 'Slash') return e.shiftKey ? '?' : '/';
  return null;
}

const isEmptyUtteranceBox = (t: HTMLElement) => t.dataset.testid === 'utterance-input' && (t as HTMLInputElement).value === '';

export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      const run = (act: () => void) => {
        e.preventDefault();
        act();
      };
      if (e.key === 'F1' || ((e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'Slash' || shortcutChar(e) !== null))) return run(h.help);
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
        if (digit) return run(() => (e.shiftKey ? h.copyCard : h.quickPick)(Number(digit[1]) - 1));
        if (e.shiftKey) return;
        const act = ({ KeyU: h.focusUtterance, KeyS: h.toggleCall, KeyC: h.copyTop, KeyI: h.insertTop, KeyF: h.toggleFull, ...(h.bringInNew ? { KeyN: h.bringInNew } : {}) } as Record<string, () => void>)[e.code];
        if (act) run(act);
        return;
      }
      if (e.isComposing || e.ctrlKey || e.metaKey) return;
      if (typing(e.target)) {
        // Esc leaves the field (its own Esc handling, e.g. an inline editor's cancel, runs first).
        if (e.key === 'Escape' && !e.defaultPrevented) e.target.blur();
        else if (shortcutChar(e) === '?' && isEmptyUtteranceBox(e.target)) run(h.help);
        return;
      }
      const c = shortcutChar(e);
      if (c === '?') run(h.help);
      else if (c === '/') run(h.focusUtterance);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
