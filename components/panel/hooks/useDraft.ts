// The note being typed, autosaved as a draft at most one second after the last keystroke and
// at once when the panel hides. A failed write keeps the text on screen and offers a retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from './useServices';

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'failed'; message: string };

export const AUTOSAVE_MS = 1000;

export function useDraft(debtorKey: string | null) {
  const { records } = useServices();
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<string | null>(null);
  const keyRef = useRef(debtorKey);

  const flush = useCallback(async () => {
    const key = keyRef.current;
    const value = pending.current;
    if (key === null || value === null) return;
    pending.current = null;
    try {
      await records.saveDraft(key, value);
      setSave({ kind: 'saved', at: Date.now() });
    } catch (e) {
      if (pending.current === null) pending.current = value;
      setSave({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, [records]);

  useEffect(() => {
    keyRef.current = debtorKey;
    setLoaded(false);
    setText('');
    setSave({ kind: 'idle' });
    if (debtorKey === null) return;
    let alive = true;
    records
      .draft(debtorKey)
      .then((d) => {
        if (alive) {
          setText(d?.text ?? '');
          setLoaded(true);
        }
      })
      .catch((e: unknown) => {
        if (alive) {
          setLoaded(true);
          setSave({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
        }
      });
    return () => {
      alive = false;
    };
  }, [records, debtorKey]);

  useEffect(() => {
    const timer = setInterval(() => void flush(), AUTOSAVE_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush, debtorKey]);

  const update = useCallback((value: string) => {
    setText(value);
    pending.current = value;
  }, []);

  return { text, setText: update, loaded, save, retry: flush };
}
