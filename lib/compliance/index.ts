// Public API of the compliance guard. The panel, the options page, lib/db and the CLI import from here.
export * from './types';
export { evaluateCall, callStatus, sortFindings, worstSeverity, type CallStatus } from './evaluate';
export { nextAllowedCallTime, nextAllowedFromFindings, nextAllowedScheduledTime, scheduledCallFindings, SCHEDULED_CALL_RULES } from './next-allowed';
export { PROFILES, resolveLimits, limitsFromSettings, type Profile, type ResolvedLimits } from './profiles';
export { CALL_RULES, CALL_RULES_BY_ID, type CallRule, type CallContext } from './rules';
export {
  resolveDebtorTimeZones,
  timeZoneFromRegion,
  timeZoneFromPhone,
  type ResolvedTimeZones,
  type TimeZoneSource,
} from '../time/debtor-zones';
export { CN_HOLIDAYS, dayInfo, holidayName, parseHolidayCalendar, holidayCalendarSchema, type DayInfo, type DayKind } from './holidays-cn';
export {
  filterScriptsForDisclosure,
  textDisclosesDebt,
  NOT_THE_DEBTOR_SCENARIO,
  type DisclosureFilterResult,
  type DisclosureState,
  type HeldBackReason,
} from './disclosure';
export { lintText, lintScripts, type LintTextOptions } from './lint';
export { LINT_RULES, type LintRule } from './lint-rules';
export { loadLintModel, type LintModel } from './lint-learned';
export {
  PROHIBITED_TACTICS,
  LAWFUL_ALTERNATIVES,
  explainProhibitedSearch,
  isProhibitedStrategy,
  tacticById,
  type ProhibitedTactic,
  type ExplainedTacticId,
  type LawfulAlternative,
  type LawfulAlternativeId,
} from './tactics';
export {
  computeLimitation,
  collectInterruptions,
  isEvidence,
  dueDateFromDaysPastDue,
  limitationLevel,
  LIMITATION_YEARS,
  LIMITATION_WARN_DAYS,
  type LimitationStatus,
  type LimitationLevel,
  type LimitationInput,
  type LimitationBasis,
} from './limitation';
export {
  canProceed,
  notOverridable,
  validateOverrideReason,
  MIN_OVERRIDE_REASON_LENGTH,
  type OverrideRecord,
  type ProceedDecision,
  type OverrideReasonProblem,
  type ProceedOptions,
  type OverrideRefusal,
} from './override';
export { LIMITATION_BASIS_LABELS, limitationBasisText } from './rules/limitation-period';
export { activeStopContact } from './rules/stop-contact';
export { contactAttemptsToday, debtorUnreachable } from './rules/third-party-contact';
export { instalmentPlanState, type PlanState } from './rules/instalment-plan';
export { applicableConsent } from './rules/call-window';
export {
  DEFAULT_OVERRIDE_POLICY,
  OVERRIDE_MODES,
  resolveOverridePolicy,
  overrideModeOf,
  type OverrideMode,
  type OverridePolicy,
} from './override-policy';
export { CN_BANK_MIN_RETENTION_DAYS, minRetentionDays, effectiveRetentionDays } from './retention';
export { requiredChecks, missingChecks, type ComplianceCheck, type ComplianceCheckId } from './checklist';
export { complianceInputSchema, parseComplianceInput } from './schema';
export { formatStatusLine, formatLocalInstant } from './status-line';
export { CALL_WINDOW_PLACEHOLDER, effectiveCallWindow, fillCallWindow, withCallWindow } from './window-text';
export { localTime, zonedTimeToEpoch } from '../time';
