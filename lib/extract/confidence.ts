// How much a value read from a CRM page is trusted, and what follows from it. One home for the
// thresholds: extraction drops what is below DROP, the panel marks what is below SURE as
// "请核对 / please check", and only sure values key a debtor's record or fill a script.
import type { ExtractedField } from './types';

/** Below this a value is not reported at all: a blank beats a guess. */
export const DROP_BELOW = 0.4;
/** From here a value is shown as fact; between DROP_BELOW and this it is shown marked for checking. */
export const SURE_FROM = 0.7;

/** Multipliers applied while scoring; their codes appear in a field's `why`. */
export const PENALTY = {
  /** The label or the value is hidden (closed drawer, inactive tab, display:none). */
  hidden: 0.3,
  /** A later candidate of the same label (the first structure did not hold a value). */
  second: 0.9,
  /** Outside the open drawer / dialog while one is open. */
  behindDialog: 0.6,
  /** Another candidate nearly as strong gives a different value. */
  ambiguous: 0.6,
  /** A label inside a heading ("<h3>借款人</h3>" is more often a section title than a label). */
  headingLabel: 0.8,
} as const;

export type Certainty = 'sure' | 'check';

/** 'sure' for values to show as fact (and corrected ones), 'check' for those to verify. */
export function certaintyOf(f: Pick<ExtractedField, 'confidence' | 'corrected'> | undefined): Certainty | null {
  if (!f) return null;
  if (f.corrected || f.confidence >= SURE_FROM) return 'sure';
  return 'check';
}

export function isSure(f: Pick<ExtractedField, 'confidence' | 'corrected'> | undefined): boolean {
  return certaintyOf(f) === 'sure';
}

export const round2 = (n: number): number => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
