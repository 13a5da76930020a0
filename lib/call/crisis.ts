// The crisis protocol: despair or self-harm signals ("不想活了"), a medical emergency. A missed crisis
// costs more than a false alarm (the agent can dismiss one), so the protocol starts when `crisis`
// is the top situation or anywhere in the top three with a fair score. Once started it is sticky for
// the rest of the call: the payment scripts stay hidden until the agent explicitly dismisses it.
// Pure: the call session holds the state, the panel renders it.
import type { Ranked } from '../suggest/classifier';

import { CRISIS_SCENARIO } from '../packs/domain-ids';

export { CRISIS_SCENARIO };
/** How far down the classifier's ranking a crisis is still heard … */
export const CRISIS_TOP_N = 3;
/** … and the score it needs there (top-1 counts whatever its score). */
export const CRISIS_MIN_SCORE = 0.5;

/** Stages whose scripts push for payment: hidden while the protocol is on. */
export const PAYMENT_STAGES: readonly string[] = ['purpose', 'negotiate', 'commit'];

/** Whether the classifier's ranking of an utterance signals a crisis. */
export function signalsCrisis(detected: readonly Ranked[]): boolean {
  return detected.slice(0, CRISIS_TOP_N).some((r, i) => r.id === CRISIS_SCENARIO && (i === 0 || r.score >= CRISIS_MIN_SCORE));
}

/** A payment script: one that states the purpose, negotiates or asks for a commitment, or mentions the debt. */
export function isPaymentScript(script: { stage: string; discloses: boolean }): boolean {
  return script.discloses || PAYMENT_STAGES.includes(script.stage);
}

/** The protocol's state in a call: when it was first shown, whether it is on now, when it was dismissed. */
export interface CrisisState {
  shownAt: number;
  active: boolean;
  dismissedAt?: number;
}

/** Started (or started again after a dismissal): the first time shown is kept for the record. */
export function crisisStarted(prev: CrisisState | null, now: number): CrisisState {
  if (!prev) return { shownAt: now, active: true };
  return prev.active ? prev : { shownAt: prev.shownAt, active: true };
}

/** The agent confirmed the situation is over: payment talk may resume. */
export function crisisDismissed(prev: CrisisState | null, now: number): CrisisState | null {
  return prev && prev.active ? { ...prev, active: false, dismissedAt: now } : prev;
}
