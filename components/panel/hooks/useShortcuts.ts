// Panel-wide keyboard shortcuts. Alt+key works everywhere; `?` and `/` only outside text fields.
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  focusUtterance: () => void;
  quickPick: (index: number) => void;
  toggleCall: () => void;
  copyTop: () => void;
  insertTop: () => void;
  help: () => void;
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const digit = /^Digit([1-9])$/.exec(e.code);
        const act: (() => void) | undefined = digit
          ? () => h.quickPick(Number(digit[1]) - 1)
          : ({ KeyU: h.focusUtterance, KeyS: h.toggleCall, KeyC: h.copyTop, KeyI: h.insertTop } as Record<string, () => void>)[e.code];
        if (act) {
          e.preventDefault();
          act();
        }
        return;
      }
      if (typing(e.target) || e.ctrlKey || e.metaKey) return;
      if (e.key === '?') {
        e.preventDefault();
        h.help();
      } else if (e.key === '/') {
        e.preventDefault();
        h.focusUtterance();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
