// Listening to the bound tab's call audio: its state (kept in step with the background), the
// engine's availability, and one toggle (the button and Alt+L).
import { useCallback, useEffect, useRef, useState } from 'react';
import { IDLE, type EngineCheck, type ListenState } from '@/lib/live/listen-state';
import { checkListenEngine, listen, listenState, onListenState } from '@/lib/live/listen-client';
import { useAppEnv } from '../AppContext';

export function useListening() {
  const { connector } = useAppEnv();
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<ListenState>(IDLE);
  const [check, setCheck] = useState<EngineCheck | null>(null);
  const tabRef = useRef<number | null>(null);
  tabRef.current = tabId;

  useEffect(() => {
    let alive = true;
    const follow = (id: number | null) => {
      if (!alive) return;
      setTabId(id);
      setState({ ...IDLE, tabId: id });
      if (id !== null) void listenState(id).then((s) => alive && tabRef.current === id && setState(s));
    };
    void connector.boundTab().then(follow).catch(() => follow(null));
    const offTab = connector.onBoundTabChanged(follow);
    let offState = () => {};
    try {
      offState = onListenState((s) => {
        if (alive && s.tabId === tabRef.current) setState(s);
      });
    } catch {
      /* not in an extension page (tests without a browser) */
    }
    // The engine check builds the offscreen document: after the panel has settled, not during its start.
    const timer = setTimeout(() => void checkListenEngine().then((c) => alive && setCheck(c)), 1500);
    return () => {
      alive = false;
      clearTimeout(timer);
      offTab();
      offState();
    };
  }, [connector]);

  const toggle = useCallback(async () => {
    const id = tabRef.current;
    if (id === null) return;
    const on = state.status !== 'listening' && state.status !== 'starting';
    if (on) setState({ ...IDLE, tabId: id, status: 'starting' });
    const next = await listen(id, on).catch((): ListenState => ({ ...IDLE, tabId: id, status: 'error', error: 'failed' }));
    if (tabRef.current === id) setState(next);
  }, [state.status]);

  // Alt+L (by physical key, so a Chinese IME does not swallow it): start or stop.
  const toggleRef = useRef(toggle);
  toggleRef.current = toggle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyL') {
        e.preventDefault();
        void toggleRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  /** Ask again which engine would listen (after installing Chrome's pack). */
  const recheck = useCallback(async () => setCheck(await checkListenEngine()), []);

  return { tabId, state, check, toggle, recheck };
}
