// The one "save status" of an options block: what the last action said (done, or why not) and
// whether it is still running. Errors from the database or a restore are worded in the UI language.
import { useCallback, useMemo, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n';
import { errorText } from '../data/format';

export interface StatusMessage {
  ok: boolean;
  text: string;
}

export interface SaveStatus {
  message: StatusMessage | null;
  busy: boolean;
  /** Say something went well (e.g. after a step that did not go through `run`). */
  done(text: string): void;
  /** Say why not (a validation problem: nothing was saved). */
  fail(text: string): void;
  clear(): void;
  /**
   * Run an action: clears the last message, marks busy, then says what `action` resolves to (a text
   * is shown as done; nothing leaves the block quiet) or, when it throws, why it failed.
   */
  run<T>(action: () => Promise<T>, said?: (result: T) => string | null): Promise<T | undefined>;
}

/** `wordError`: how this block words a failure (default: database and restore errors in the UI language). */
export function useSaveStatus(locale: Locale, t: Translate, wordError?: (e: unknown) => string): SaveStatus {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const done = useCallback((text: string) => setMessage({ ok: true, text }), []);
  const fail = useCallback((text: string) => setMessage({ ok: false, text }), []);
  const clear = useCallback(() => setMessage(null), []);
  const run = useCallback(
    async <T,>(action: () => Promise<T>, said?: (result: T) => string | null): Promise<T | undefined> => {
      setMessage(null);
      setBusy(true);
      try {
        const result = await action();
        const text = said?.(result);
        if (text) setMessage({ ok: true, text });
        return result;
      } catch (e) {
        setMessage({ ok: false, text: wordError ? wordError(e) : errorText(e, locale, t) });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [locale, t, wordError],
  );
  return useMemo(() => ({ message, busy, done, fail, clear, run }), [message, busy, done, fail, clear, run]);
}
