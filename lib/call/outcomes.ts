// Outcome codes of a contact attempt (shared/domain.md §5), the payment methods offered for a promise,
// and the check of a promise's three elements. Their labels are UI strings (lib/i18n).
import type { InterruptionKind } from '../compliance/types';
import { OUTCOME_IDS } from '../packs/schema';
import { isISODay } from '../time';

export const OUTCOMES = OUTCOME_IDS;
export type OutcomeCode = (typeof OUTCOMES)[number];

/** Labels: the locale tables' `outcome.<code>`. */
export function isOutcomeCode(value: unknown): value is OutcomeCode {
  return (OUTCOMES as readonly unknown[]).includes(value);
}

/** Payment methods offered when a promise is recorded (labels: `payment.<id>`); the agent may type another. */
export const PAYMENT_METHODS = ['mobile-banking', 'online-banking', 'counter', 'auto-debit', 'wechat-alipay'] as const;
export type PaymentMethodId = (typeof PAYMENT_METHODS)[number];

/** Outcomes where the debtor was reached (a conversation: matters for frequency and limitation rules). */
export const REACHED_DEBTOR: ReadonlySet<OutcomeCode> = new Set(['ptp', 'paid', 'partial', 'refused', 'dispute', 'callback', 'hardship', 'instalment-agreed']);

/** What a saved call proves for the limitation period (民法典 Art. 195), strongest first: a payment,
 *  a promise (a PTP or a signed plan), an acknowledgement, a demand recorded as reached with its
 *  recording reference. A conversation with none of these proves nothing. */
export function interruptionOfCall(c: {
  outcome?: string | undefined;
  demandReached?: { recordingRef: string } | undefined;
  acknowledged?: boolean | undefined;
}): { kind: InterruptionKind; ref?: string } | undefined {
  const ref = c.demandReached?.recordingRef.trim() || undefined;
  const withRef = (kind: InterruptionKind) => (ref ? { kind, ref } : { kind });
  if (c.outcome === 'paid' || c.outcome === 'partial') return withRef('partial-payment');
  if (c.outcome === 'ptp' || c.outcome === 'instalment-agreed') return withRef('promise');
  if (c.acknowledged) return withRef('acknowledged');
  if (ref) return { kind: 'demand-reached', ref };
  return undefined;
}

export interface PromiseDraft {
  amount: string;
  date: string;
  method: string;
}

export type PromiseProblem = 'amount' | 'date' | 'method';

/** The three elements of a promise (date, method, amount) are required for a `ptp` outcome. */
export function promiseProblems(outcome: OutcomeCode | '', p: PromiseDraft, todayISO: string): PromiseProblem[] {
  if (outcome !== 'ptp') return [];
  const problems: PromiseProblem[] = [];
  const amount = Number(p.amount);
  if (!p.amount.trim() || !Number.isFinite(amount) || amount <= 0) problems.push('amount');
  if (!isISODay(p.date) || p.date < todayISO) problems.push('date');
  if (!p.method.trim()) problems.push('method');
  return problems;
}
