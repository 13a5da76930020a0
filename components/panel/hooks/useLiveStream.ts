// The live call's stream in one place for the debtor's view: the bound tab's turns (reset per call),
// the agent's words ticking the checklist and linted, and what the wrap-up and the record take from
// it — the debtor's words (heard or typed) and the agent's repeat-back (promise pre-fill), the findings heard live, and
// the transcript text when policy keeps it (keepTranscript).
import { useCallback, useMemo, useState, type Dispatch } from 'react';
import type { CallAction, CallSession } from '@/lib/call/session';
import type { TranscriptTurn } from '@/lib/db';
import type { SavedCall } from '@/lib/live/saved-call';
import type { Stage } from '@/lib/packs/schema';
import { useAgentTurns } from './useAgentTurns';
import { useLiveTurns } from './useLiveTurns';

interface Args {
  tabId: number;
  debtorKey: string;
  stages: readonly Stage[];
  session: Pick<CallSession, 'situation' | 'thirdParty'>;
  dispatch: Dispatch<CallAction>;
  amountOverdue?: number | undefined;
  todayISO: string;
  /** A call restored after the panel reopened (lib/live/saved-call): its turns, findings and typed words. */
  restored?: SavedCall['live'] | undefined;
}

export function useLiveStream({ tabId, debtorKey, stages, session, dispatch, amountOverdue, todayISO, restored }: Args) {
  // A saved or discarded call starts an empty feed.
  const [callNo, setCallNo] = useState(0);
  const live = useLiveTurns(tabId, `${debtorKey}#${callNo}`, restored && { turns: restored.turns, agentHeardAt: restored.agentHeardAt });
  const agent = useAgentTurns({ turns: live.turns, stages, session, dispatch, amountOverdue, todayISO, restored });
  const finals = useMemo(() => live.turns.filter((t) => t.final && t.text.trim()), [live.turns]);
  const debtorWords = useMemo(() => finals.filter((t) => t.speaker === 'debtor').map((t) => t.text), [finals]);
  const agentWords = useMemo(() => finals.filter((t) => t.speaker === 'agent').map((t) => t.text), [finals]);
  const transcript = useCallback((): TranscriptTurn[] => finals.map(({ speaker, text, at }) => ({ speaker, text, at })), [finals]);
  // The debtor's words typed this call, one entry per utterance (a cleared box starts the next).
  const [typed, setTyped] = useState<string[]>(restored?.typed ?? []);
  const onUtterance = useCallback(
    (text: string) => setTyped((h) => (text.trim() === '' ? (h.at(-1) === '' ? h : [...h, '']) : [...h.slice(0, h.at(-1) === undefined ? 0 : -1), text])),
    [],
  );
  // What the debtor said, for the wrap-up's pre-fill: heard on the call, then typed.
  const debtorSaid = useMemo(() => (debtorWords.length ? [...debtorWords, ...typed] : typed), [debtorWords, typed]);
  /** A new call: the feed starts empty; after a save the typed words go too (a discard keeps them). */
  const nextCall = useCallback((saved: boolean) => {
    setCallNo((n) => n + 1);
    if (saved) setTyped([]);
  }, []);
  return { live, agent, agentWords, debtorSaid, typed, onUtterance, transcript, nextCall };
}
