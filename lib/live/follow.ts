// Whether the cards follow a debtor turn just heard, or it waits in the "new" tray: the agent stays in
// control, and a card being read is never replaced mid-sentence. Pure: the panel passes what it sees.
import type { Classifier, Ranked } from '../suggest/classifier';


/** An agent turn ended less than this ago: the agent is still speaking the card. */
export const AGENT_SPOKE_MS = 2_000;
/** Cards on screen for less than this: the agent has barely started reading them. */
export const CARDS_FRESH_MS = 3_000;
/** Keys typed in the utterance box less than this ago: the agent is typing. */
export const TYPING_MS = 3_000;
/** An interim agent turn older than this no longer counts as speech in progress (a lost final). */
export const INTERIM_STALE_MS = 10_000;

export interface ReadingState {
  now: number;
  /** The pointer is over the cards, or the keyboard focus is inside them. */
  pointerOrFocusInCards: boolean;
  /** When the agent's last turn was heard or updated (0: never). */
  agentHeardAt: number;
  /** The agent's last turn is still interim (being spoken). */
  agentSpeaking: boolean;
  /** When the cards last changed situation (0: never). */
  cardsShownAt: number;
  /** When the agent last typed in the utterance box (0: never), and whether it still holds words and focus. */
  typedAt: number;
  typingInBox: boolean;
}

export type ReadingReason = 'pointer' | 'agent-speaking' | 'cards-fresh' | 'typing';

/** Why the agent is busy with the cards now (null: free, the cards may follow). */
export function readingReason(s: ReadingState): ReadingReason | null {
  if (s.typingInBox || (s.typedAt > 0 && s.now - s.typedAt < TYPING_MS)) return 'typing';
  if (s.pointerOrFocusInCards) return 'pointer';
  if ((s.agentSpeaking && s.now - s.agentHeardAt < INTERIM_STALE_MS) || (s.agentHeardAt > 0 && s.now - s.agentHeardAt < AGENT_SPOKE_MS)) return 'agent-speaking';
  if (s.cardsShownAt > 0 && s.now - s.cardsShownAt < CARDS_FRESH_MS) return 'cards-fresh';
  return null;
}

export type Follow = 'take' | 'tray' | 'same';

/**
 * What to do with a debtor turn's situation: `same` when the cards would not change, `take` when they
 * follow at once (a crisis always does: the safety protocol never waits), `tray` while the agent reads.
 */
export function follow(next: { top: string | null; crisis: boolean }, shownTop: string | null, reading: ReadingReason | null): Follow {
  if (next.crisis) return 'take';
  // A neutral remark ("嗯，好的") names no situation: the cards on screen stay.
  if (next.top === null || next.top === shownTop) return 'same';
  return reading ? 'tray' : 'take';
}

/** The situations an utterance names, typed or heard: the one classification path of the panel. */
export function detectSituations(classifier: Pick<Classifier, 'classify'> | null, text: string): Ranked[] {
  return text.trim() && classifier ? classifier.classify(text).top : [];
}
