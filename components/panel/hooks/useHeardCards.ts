// Cards without typing: each final debtor turn is classified as if typed (lib/live/follow
// detectSituations, the utterance box's own path). The cards follow at once when the agent is free;
// while the agent reads or speaks a card, or types, the new situation waits in the "new" tray until
// brought in (a click or Alt+N). Crisis words take over at once, always.
import { useCallback, useRef, useState, type FocusEvent } from 'react';
import { signalsCrisis } from '@/lib/call/crisis';
import { detectSituations, follow, readingReason } from '@/lib/live/follow';
import type { Turn } from '@/lib/live/turn';
import type { Classifier } from '@/lib/suggest/classifier';
import { useNewFinalTurns } from './useLiveTurns';

export interface TrayItem {
  text: string;
  /** The situation it names (null: none). */
  top: string | null;
}

interface Args {
  turns: readonly Turn[];
  agentHeardAt: number;
  classifier: Classifier | null;
  /** The situation the cards show now (picked or detected), null for the stage's own scripts. */
  shownTop: string | null;
  /** The utterance box: its element (focus) and its words. */
  box: React.RefObject<HTMLTextAreaElement | null>;
  typedText: string;
  /** A heard turn taken: the cards now follow it (a chip picked before is let go). */
  onTake: () => void;
  /** A call restored after the panel reopened: the heard words its cards followed. */
  initialHeard?: string | null;
}

export function useHeardCards({ turns, agentHeardAt, classifier, shownTop, box, typedText, onTake, initialHeard = null }: Args) {
  // The heard words the cards follow, or null while they follow the box.
  const [heard, setHeard] = useState<string | null>(initialHeard);
  const [tray, setTray] = useState<TrayItem[]>([]);
  const typedAt = useRef(0);
  const inCards = useRef({ pointer: false, focus: false });
  const shownAt = useRef(0);
  const lastTop = useRef(shownTop);
  if (lastTop.current !== shownTop) {
    lastTop.current = shownTop;
    shownAt.current = shownTop ? Date.now() : 0;
  }

  const take = useCallback((text: string) => {
    setHeard(text);
    onTake();
  }, [onTake]);

  useNewFinalTurns(turns, 'debtor', (turn) => {
    // The classifier is built just after the panel paints: words heard before then are taken as
    // they are (the cards follow them once it is ready), never lost.
    if (!classifier) return take(turn.text);
    const detected = detectSituations(classifier, turn.text);
    const next = { top: detected[0]?.id ?? null, crisis: signalsCrisis(detected) };
    const last = turns.filter((t) => t.speaker === 'agent').at(-1);
    const now = Date.now();
    const reading = readingReason({
      now,
      pointerOrFocusInCards: inCards.current.pointer || inCards.current.focus,
      agentHeardAt,
      agentSpeaking: !!last && !last.final,
      cardsShownAt: shownAt.current,
      typedAt: typedAt.current,
      typingInBox: typedText.trim() !== '' && box.current !== null && box.current === box.current.ownerDocument.activeElement,
    });
    const what = follow(next, shownTop, reading);
    if (what === 'take') {
      take(turn.text);
      // What waited in the tray is older than what the cards now show.
      setTray([]);
    } else if (what === 'tray') setTray((t) => [...t, { text: turn.text, top: next.top }]);
  });

  return {
    heard,
    tray,
    /** Bring the newest waiting situation in (the tray empties). */
    bringIn: () => {
      const latest = tray.at(-1);
      if (!latest) return;
      setTray([]);
      take(latest.text);
    },
    /** The agent typed: the box's words drive the cards again. */
    typed: () => {
      typedAt.current = Date.now();
      setHeard(null);
    },
    /** Spread on the cards' container: pointer and focus inside it mean "reading". */
    watchCards: {
      onPointerEnter: () => void (inCards.current.pointer = true),
      onPointerLeave: () => void (inCards.current.pointer = false),
      onFocus: () => void (inCards.current.focus = true),
      onBlur: (e: FocusEvent<HTMLElement>) => void (inCards.current.focus = e.currentTarget.contains(e.relatedTarget as Node | null)),
    },
    reset: () => {
      setHeard(null);
      setTray([]);
    },
  };
}
