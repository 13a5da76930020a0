// A live call survives the panel closing (lib/live/saved-call): useRestoredCall reads the call kept
// for this tab and debtor when the debtor's view opens; useCallKeeper writes the call in progress a
// moment after each change (at once when the panel hides or the view goes) and forgets it once the
// call is saved or discarded. storage.session only: memory, never disk.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Turn } from '@/lib/live/turn';
import type { CallSession } from '@/lib/call/session';
import { restoreSavedCall, SAVE_DEBOUNCE_MS, SAVED_CALL_VERSION, savedCallKey, MAX_SAVED_TURNS, type SavedCall, type WrapUpDraftState } from '@/lib/live/saved-call';
import { useServices } from './useServices';

/** The call kept for this tab and debtor: undefined while it is being read, null for none (or one
 *  that is stale, of another debtor, or malformed: that one is dropped). */
export function useRestoredCall(tabId: number, debtorKey: string): SavedCall | null | undefined {
  const { liveCalls } = useServices();
  const key = savedCallKey(tabId, debtorKey);
  const [read, setRead] = useState<{ key: string; call: SavedCall | null } | null>(null);
  useEffect(() => {
    let alive = true;
    const done = (call: SavedCall | null) => alive && setRead({ key, call });
    liveCalls.load(key).then(
      (raw) => {
        const call = raw === undefined ? null : restoreSavedCall(raw, { tabId, debtorKey, now: Date.now() });
        if (raw !== undefined && !call) void liveCalls.remove(key).catch(() => {});
        done(call);
      },
      () => done(null),
    );
    return () => {
      alive = false;
    };
  }, [liveCalls, key, tabId, debtorKey]);
  return read?.key === key ? read.call : undefined;
}

interface Core {
  session: CallSession;
  callId: number | null;
  live: SavedCall['live'];
  override: SavedCall['override'];
}

interface Args {
  tabId: number;
  debtorKey: string;
  /** The stored call as read: undefined while being read (nothing is written before, so a view shown
   *  for a moment never overwrites a call about to be restored); a call: restored into this view. */
  restored: SavedCall | null | undefined;
  session: CallSession;
  callId: number | null;
  stream: { live: { turns: readonly Turn[]; agentHeardAt: number }; agent: { findings: SavedCall['live']['findings']; dismissed: number }; typed: string[] };
  override: string | null;
  overrideAudited: boolean;
}

/**
 * Keeps the call in progress: the view's session, record id, stream and override here; the cards'
 * words and the wrap-up form through the returned callbacks.
 */
export function useCallKeeper({ tabId, debtorKey, restored, session, callId, stream, override, overrideAudited }: Args) {
  const ready = restored !== undefined;
  const keeper = useKeeper(tabId, debtorKey, ready, !!restored);
  const { live: { turns, agentHeardAt }, agent: { findings, dismissed }, typed } = stream;
  useEffect(() => {
    const kept = override === null ? null : { reason: override, audited: overrideAudited };
    keeper.core({ session, callId, live: { turns: [...turns], agentHeardAt, findings, dismissed, typed }, override: kept });
  }, [keeper, session, callId, turns, agentHeardAt, findings, dismissed, typed, override, overrideAudited]);
  return keeper;
}

function useKeeper(tabId: number, debtorKey: string, ready: boolean, restored: boolean) {
  const { liveCalls } = useServices();
  const parts = useRef<{ core: Core | null; cards: SavedCall['cards']; wrapUp: WrapUpDraftState | null }>({ core: null, cards: { heard: null, utterance: '' }, wrapUp: null });
  const stored = useRef(restored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readyRef = useRef(ready);
  readyRef.current = ready;

  const write = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const { core, cards, wrapUp } = parts.current;
    if (!readyRef.current || !core) return;
    const key = savedCallKey(tabId, debtorKey);
    if (core.session.status === 'idle') {
      // Saved or discarded: nothing left to restore.
      if (stored.current) void liveCalls.remove(key).catch(() => {});
      stored.current = false;
      return;
    }
    stored.current = true;
    const live = { ...core.live, turns: core.live.turns.slice(-MAX_SAVED_TURNS) };
    const { session, callId, override } = core;
    const call: SavedCall = { v: SAVED_CALL_VERSION, tabId, debtorKey, savedAt: Date.now(), callId, session, live, cards, wrapUp, override };
    void liveCalls.save(key, call).catch(() => {});
  }, [liveCalls, tabId, debtorKey]);

  // At most one write per SAVE_DEBOUNCE_MS, the last change always included.
  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(write, SAVE_DEBOUNCE_MS);
  }, [write]);

  useEffect(() => {
    if (ready) schedule();
  }, [ready, schedule]);

  useEffect(() => {
    const flush = () => timer.current !== null && write();
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [write]);

  const core = useCallback((core: Core) => {
      parts.current.core = core;
      schedule();
    }, [schedule]);
  const cards = useCallback((cards: SavedCall['cards']) => {
      parts.current.cards = cards;
      schedule();
    }, [schedule]);
  const wrapUp = useCallback((wrapUp: WrapUpDraftState) => {
      parts.current.wrapUp = wrapUp;
      schedule();
    }, [schedule]);
  return useMemo(() => ({ core, cards, wrapUp }), [core, cards, wrapUp]);
}
