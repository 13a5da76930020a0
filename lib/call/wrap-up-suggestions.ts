// What the wrap-up pre-selects from the call itself. Suggestions only: each shows as a ticked box
// the agent sees and can untick; nothing is recorded until the agent saves the wrap-up.
//  - a crisis protocol shown on the call → escalate to a supervisor;
//  - "stop calling me" heard (situation `stop-contact`) → record a stop-contact request for the
//    call's contact (lib/db contactRules, enforced by lib/compliance/rules/stop-contact.ts);
//  - a new promise from a debtor who broke one → a reminder the day before it is due.
import type { CallSession } from './session';

import { STOP_CONTACT_SCENARIO } from '../packs/domain-ids';

export { STOP_CONTACT_SCENARIO };
/** The escalation reason the call record keeps for a crisis. */
export const CRISIS_ESCALATION = 'crisis';

export interface WrapUpSuggestions {
  /** Why the call should go to a supervisor, or null. */
  escalate: string | null;
  /** Pre-select "对方要求停止来电" for the call's contact. */
  stopContact: boolean;
  /** Offer (pre-ticked) a reminder the day before a new promise's due date. */
  remindDayBefore: boolean;
}

export function wrapUpSuggestions(session: Pick<CallSession, 'crisis' | 'scenarios'>, debtorBrokePromise: boolean): WrapUpSuggestions {
  return {
    escalate: session.crisis ? CRISIS_ESCALATION : null,
    stopContact: session.scenarios.includes(STOP_CONTACT_SCENARIO),
    remindDayBefore: debtorBrokePromise,
  };
}
