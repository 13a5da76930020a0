// The one contract every call rule follows: an id, a source, and a pure evaluate(context) → findings.
import type { ResolvedTimeZones } from '../../time/debtor-zones';
import type {
  CallRuleId,
  ComplianceInput,
  ComplianceLimits,
  Finding,
  HolidayCalendar,
  Localized,
  RuleSource,
  Severity,
} from '../types';

/** The input with everything derived once: limits merged, zones resolved, calendar chosen. */
export interface CallContext {
  input: ComplianceInput;
  now: number;
  limits: ComplianceLimits;
  zones: ResolvedTimeZones;
  calendar: HolidayCalendar;
}

export interface CallRule {
  id: CallRuleId;
  title: Localized;
  source: RuleSource;
  /** Timing rules decide *when* a call may be placed; next-allowed.ts searches over them. */
  timing: boolean;
  evaluate(ctx: CallContext): Finding[];
}

export function finding(
  rule: Pick<CallRule, 'id' | 'source'>,
  severity: Severity,
  message: Localized,
  extra: Partial<Pick<Finding, 'suggestion' | 'nextAllowedAt'>> = {},
): Finding {
  return { ruleId: rule.id, severity, message, source: rule.source, ...extra };
}

/** Attempts already placed at the moment being checked. */
export function pastAttempts(ctx: CallContext) {
  return ctx.input.attempts.filter((a) => a.at <= ctx.now);
}
