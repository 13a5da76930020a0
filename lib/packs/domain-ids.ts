// The stable ids of shared/domain.md (§1 scenarios, §2 personas, §4 strategies and techniques).
// Ids are a contract: add freely, never rename or remove one.

export const DOMAIN_SCENARIO_IDS = [
  'hard-times', 'no-money-now', 'illness', 'after-payday', 'awaiting-receivable', 'pay-in-kind',
  'why-only-me', 'never-received', 'someone-else-used', 'already-waived', 'vague-promise', 'defiant',
  'divorced', 'deceased', 'written-waiver-first', 'discount-settlement', 'ask-supervisor',
  'bank-at-fault', 'others-dont-pay', 'complaint-threat', 'not-the-debtor',
] as const;

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
