// The stable ids of shared/domain.md (§1 scenarios, §2 personas, §4 strategies, techniques and the
// tactics that are unlawful today). Ids are a contract: add freely, never rename or remove one.

export const DOMAIN_SCENARIO_IDS = [
  'hard-times', 'no-money-now', 'illness', 'after-payday', 'awaiting-receivable', 'pay-in-kind',
  'why-only-me', 'never-received', 'someone-else-used', 'already-waived', 'vague-promise', 'defiant',
  'divorced', 'deceased', 'written-waiver-first', 'discount-settlement', 'ask-supervisor',
  'bank-at-fault', 'others-dont-pay', 'complaint-threat', 'not-the-debtor',
  'broken-promise', 'instalment-plan', 'debt-intermediary', 'guarantor', 'family-offers-to-pay',
  'scam-suspicion', 'already-paid', 'credit-report-dispute', 'multiple-debts',
  'written-statement-request', 'stop-contact', 'call-back-later', 'crisis',
] as const;

type ScenarioId = (typeof DOMAIN_SCENARIO_IDS)[number];

// The §1 situations the product's code branches on (everything else is the pack's to describe).
/** A third party answered: only no-disclosure words (lib/compliance/disclosure). */
export const NOT_THE_DEBTOR_SCENARIO = 'not-the-debtor' satisfies ScenarioId;
/** Promised before and did not pay: its scripts come first when such a debtor promises again (lib/call/broken-promise). */
export const BROKEN_PROMISE_SCENARIO = 'broken-promise' satisfies ScenarioId;
/** "Stop calling me": the wrap-up pre-ticks recording the request (lib/call/wrap-up-suggestions). */
export const STOP_CONTACT_SCENARIO = 'stop-contact' satisfies ScenarioId;
/** A safety protocol, never a payment script (the classifier's words-of-self-harm cue, lib/call/crisis). */
export const CRISIS_SCENARIO = 'crisis' satisfies ScenarioId;

export const DOMAIN_PERSONA_IDS: readonly string[] = [
  'composed', 'straightforward', 'slippery', 'insincere', 'talkative', 'boastful',
  'impulsive', 'indecisive', 'reticent', 'cold-arrogant', 'resentful',
];

export const DOMAIN_STRATEGY_IDS = [
  'flattery', 'rapport', 'mutual-benefit', 'silence', 'good-cop-bad-cop', 'relay', 'offensive',
] as const;

export const DOMAIN_TECHNIQUE_IDS: readonly string[] = [
  'empathy', 'reciprocity', 'praise', 'high-low', 'confrontation', 'framing', 'sandwich', 'in-group',
  ...DOMAIN_STRATEGY_IDS,
];

/**
 * §4 tactics the seeds teach that are unlawful today. The compliance guard explains each one
 * (lib/compliance/tactics.ts) and its lint findings name them; a pack may describe one only as
 * `prohibited`, and no script may use one. `relay` is also the strategy of that name.
 */
export const PROHIBITED_TACTIC_IDS = [
  'group-visit', 'property-threat', 'public-blacklist', 'pressure-third-parties', 'relay', 'kill-one-warn-hundred',
  // Named in agents' own words though not in the seeds: locking the debtor's phone, self-help
  // repossession of a vehicle, covert visits or surveillance.
  'device-lock', 'vehicle-repossession', 'covert-surveillance',
] as const;
export type TacticId = (typeof PROHIBITED_TACTIC_IDS)[number];

export function isProhibitedTacticId(id: string): id is TacticId {
  return (PROHIBITED_TACTIC_IDS as readonly string[]).includes(id);
}
