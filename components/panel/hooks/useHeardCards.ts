// Cards without typing: each final debtor turn is classified as if typed (lib/live/follow
// detectSituations, the utterance box's own path). The cards follow at once when the agent is free;
// while the agent reads or speaks a card, or types, the new situation waits in the "new" tray until
// brought in (a click or Alt+N). Crisis words take over at once, always.
import { useCallback, useRef, useState } from 'react';
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
  const pointerInCards = useRef(false);
  // The cards' container: whether focus is inside it is read when a turn comes (not kept from focus
  // events: a button that removes itself when clicked, like 已核实本人, takes its blur with it).
  const cardsEl = useRef<HTMLElement | null>(null);
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
      pointerOrFocusInCards: pointerInCards.current || focusIn(cardsEl.current),
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
      ref: (el: HTMLElement | null) => void (cardsEl.current = el),
      onPointerEnter: () => void (pointerInCards.current = true),
      onPointerLeave: () => void (pointerInCards.current = false),
    },
    reset: () => {
      setHeard(null);
      setTray([]);
    },
  };
}

/** Focus on something inside the element (the agent is on the cards, e.g. a card's button). */
function focusIn(el: HTMLElement | null): boolean {
  const active = el?.ownerDocument.activeElement;
  return !!el && !!active && active !== el.ownerDocument.body && el.contains(active);
}
