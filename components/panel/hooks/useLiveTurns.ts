// The live call as heard on the bound CRM tab: its turns merged as they arrive (interim → final in
// place, lib/live/turn mergeTurns). `resetKey` names the call: a new key (another debtor, a call saved
// or discarded) starts an empty list, so one call's words never show under the next.
import { useEffect, useRef, useState } from 'react';
import { mergeTurns, type Turn } from '@/lib/live/turn';
import { useAppEnv } from '../AppContext';

export interface LiveTurns {
  turns: readonly Turn[];
  /** Date.now() when the last agent turn was updated (an interim word or its final version); 0 before any. */
  agentHeardAt: number;
}

const EMPTY: LiveTurns = { turns: [], agentHeardAt: 0 };

/** `initial`: the turns of a call restored after the panel reopened (kept until the key changes). */
export function useLiveTurns(tabId: number, resetKey: string, initial: LiveTurns = EMPTY): LiveTurns {
  const { connector } = useAppEnv();
  const [state, setState] = useState<LiveTurns>(initial);
  const shownFor = useRef(`${tabId}\u0000${resetKey}`);
  useEffect(() => {
    const key = `${tabId}\u0000${resetKey}`;
    if (shownFor.current !== key) {
      shownFor.current = key;
      setState(EMPTY);
    }
    return connector.onTurns((from, incoming) => {
      if (from !== tabId || !incoming.length) return;
      setState((prev) => {
        const turns = mergeTurns(prev.turns, incoming);
        if (turns === prev.turns) return prev;
        const agent = incoming.some((t) => t.speaker === 'agent');
        return { turns, agentHeardAt: agent ? Date.now() : prev.agentHeardAt };
      });
    });
  }, [connector, tabId, resetKey]);
  return state;
}

/**
 * Calls `onTurn` once for each final turn of `speaker` not seen before (a final turn whose words are
 * corrected later counts again). The callback sees the turns in the order heard.
 */
export function useNewFinalTurns(turns: readonly Turn[], speaker: Turn['speaker'], onTurn: (turn: Turn) => void): void {
  // Turns already there when the hook mounts (a call restored after the panel reopened) were acted on
  // before: they are not heard again.
  const seen = useRef<Set<string> | null>(null);
  seen.current ??= new Set(turns.filter((t) => t.final && t.speaker === speaker).map(turnKey));
  const cb = useRef(onTurn);
  cb.current = onTurn;
  useEffect(() => {
    const known = seen.current!;
    if (!turns.length) known.clear();
    for (const t of turns) {
      if (!t.final || t.speaker !== speaker || !t.text.trim()) continue;
      const k = turnKey(t);
      if (known.has(k)) continue;
      known.add(k);
      cb.current(t);
    }
  }, [turns, speaker]);
}

const turnKey = (t: Turn) => `${t.source}\u0000${t.id}\u0000${t.text}`;
