// Which scripts may be offered before identity is verified, or while a third party is on the line.
// Never offers a disclosing script to anyone but the verified debtor.
import { NOT_THE_DEBTOR_SCENARIO } from '../packs/domain-ids';
import { normalizeForMatch } from '../text/normalize';

export type HeldBackReason = 'identity-not-verified' | 'third-party-on-line';

export interface DisclosureState {
  identityVerified: boolean;
  thirdPartyOnLine: boolean;
}

export interface DisclosureFilterResult<T> {
  shown: T[];
  heldBack: { script: T; reason: HeldBackReason }[];
  /** Why anything was held back (for a one-line note in the UI); null when everything is shown. */
  reason: HeldBackReason | null;
}

export { NOT_THE_DEBTOR_SCENARIO };

// Words that tell a listener there is a debt: amounts, 欠/债/逾期/还款, "owe", "debt", "overdue"…
const DEBT_WORDS =
  /欠|债|逾期|还款|还钱|催收|贷款|账单|信用卡|金额|本金|利息|罚息|[¥￥$]\s*\d|\d+(\.\d+)?\s*(元|块|万)|\b(owe[sd]?|owing|debt|overdue|past due|balance|payment|collection|loan|arrears)\b/;

/** Safety net for third-party scripts: does the text itself mention the debt? */
export function textDisclosesDebt(text: string): boolean {
  return DEBT_WORDS.test(normalizeForMatch(text));
}

/**
 * Before verification, disclosing scripts are held back; with a third party on the line only
 * non-disclosing scripts written for a third party are shown (and their text must not mention the
 * debt). A script is written for a third party when the caller says so (`forThirdParty`, see
 * lib/call/audience.ts), else when its scenario is `not-the-debtor`.
 */
export function filterScriptsForDisclosure<T extends { discloses: boolean; scenarioId?: string; text?: string; forThirdParty?: boolean }>(
  scripts: readonly T[],
  state: DisclosureState,
): DisclosureFilterResult<T> {
  const shown: T[] = [];
  const heldBack: { script: T; reason: HeldBackReason }[] = [];
  for (const script of scripts) {
    if (state.thirdPartyOnLine) {
      const ok =
        (script.forThirdParty ?? script.scenarioId === NOT_THE_DEBTOR_SCENARIO) &&
        !script.discloses &&
        !(typeof script.text === 'string' && textDisclosesDebt(script.text));
      if (ok) shown.push(script);
      else heldBack.push({ script, reason: 'third-party-on-line' });
    } else if (!state.identityVerified && script.discloses) {
      heldBack.push({ script, reason: 'identity-not-verified' });
    } else {
      shown.push(script);
    }
  }
  const reason = heldBack.length ? (state.thirdPartyOnLine ? 'third-party-on-line' : 'identity-not-verified') : null;
  return { shown, heldBack, reason };
}
