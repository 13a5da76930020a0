// Registry of call rules, in display order. Add a rule here and to a profile in profiles.ts.
import { callWindowRule } from './call-window';
import { frequency7in7Rule } from './frequency-7in7';
import { frequencyDailyRule } from './frequency-daily';
import { holidayRule } from './holiday';
import { instalmentPlanRule } from './instalment-plan';
import { stopContactRule } from './stop-contact';
import { thirdPartyContactRule } from './third-party-contact';
import { identityBeforeDisclosureRule } from './identity-before-disclosure';
import { limitationPeriodRule } from './limitation-period';
import { quietAfterConversationRule } from './quiet-after-conversation';
import type { CallRule } from './rule';
import type { CallRuleId } from '../types';

export const CALL_RULES: readonly CallRule[] = [
  stopContactRule,
  instalmentPlanRule,
  callWindowRule,
  holidayRule,
  frequencyDailyRule,
  frequency7in7Rule,
  quietAfterConversationRule,
  thirdPartyContactRule,
  identityBeforeDisclosureRule,
  limitationPeriodRule,
];

export const CALL_RULES_BY_ID = Object.fromEntries(CALL_RULES.map((r) => [r.id, r])) as Record<CallRuleId, CallRule>;

export type { CallRule, CallContext } from './rule';
