// Who a script may be said to. Two rules, each a constant here so there is one place to read them:
//
// 1. Scripts for a third party. With someone other than the debtor on the line, a script is offered
//    when it discloses nothing (`discloses: false`, and its text mentions no debt: the compliance
//    guard's safety net) and either its scenario is one of THIRD_PARTY_SCENARIOS — situations whose
//    scripts are written to be said to a relative, an ex-spouse, a colleague — or its scenario is
//    the one the classifier (or the agent) matched for what the third party just said.
//    The pack format has no `audience` field; the list below stands for one.
//
// 2. Scripts that need a verification first. Some scripts may be said only once the agent has
//    checked who they are talking to, beyond "not the debtor": the estate script explains an heir's
//    liability, so it waits until the heir is verified (death certificate, proof of succession).
//    REQUIRED_VERIFICATION maps a script id to the session checklist item the agent ticks; until it
//    is ticked the script is held back like a disclosing one, with its own reason. Once ticked, the
//    script is offered to that verified person even though they are not the debtor.
import { NOT_THE_DEBTOR_SCENARIO } from '../compliance/disclosure';
import { CRISIS_SCENARIO } from './crisis';

/** Scenarios whose non-disclosing scripts are written for whoever answers, not only the debtor. */
export const THIRD_PARTY_SCENARIOS: readonly string[] = [
  NOT_THE_DEBTOR_SCENARIO, // wrong number, a relative or colleague answers
  'divorced', // the ex-spouse: "we're divorced, don't look for me"
  'deceased', // the family: condolences, what proof to send
  'family-offers-to-pay', // a parent, spouse or child offers to pay
  'stop-contact', // "stop calling" (a third party's request counts too)
  'call-back-later', // "he's busy, call later": agree a time
  CRISIS_SCENARIO, // a relative reports an emergency: safety first, whoever speaks
];

/** Checklist item (session `checked`) the agent ticks once the heir's identity is verified. */
export const HEIR_VERIFIED = 'heir-verified';

/** Script id → the checklist item that must be ticked before it is offered. */
export const REQUIRED_VERIFICATION: Readonly<Record<string, string>> = {
  // The heir's liability within the estate (民法典 Art. 1161): only to a verified heir.
  'deceased-estate': HEIR_VERIFIED,
};

/** The verification a script waits for, if any. */
export function requiredVerification(scriptId: string): string | undefined {
  return Object.hasOwn(REQUIRED_VERIFICATION, scriptId) ? REQUIRED_VERIFICATION[scriptId] : undefined;
}

/** Whether a script (by its scenario) is written to be offered to a third party; `matched` is the
 *  situation detected or picked for what the third party said. Disclosure is checked separately. */
export function writtenForThirdParty(scenarioId: string | null | undefined, matched: readonly string[]): boolean {
  return !!scenarioId && (THIRD_PARTY_SCENARIOS.includes(scenarioId) || matched.includes(scenarioId));
}
