// Evaluate the profile's call rules for one debtor at one moment, and summarise it for the panel.
import { buildCallContext } from './context';
import { computeLimitation, type LimitationStatus } from './limitation';
import { nextAllowedCallTime } from './next-allowed';
import { PROFILES } from './profiles';
import { CALL_RULES_BY_ID } from './rules';
import { callsInLast7Days } from './rules/frequency-7in7';
import { attemptsToday } from './rules/frequency-daily';
import { formatHhMm, localTime } from '../time';
import type { TimeZoneSource } from '../time/debtor-zones';
import { SEVERITY_ORDER, type ComplianceInput, type Finding, type Severity } from './types';

export function sortFindings<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  return sortFindings(findings)[0]?.severity ?? null;
}

/** All findings of the profile's call rules, most severe first. */
export function evaluateCall(input: ComplianceInput): Finding[] {
  const ctx = buildCallContext(input);
  const findings = PROFILES[input.profile].rules.flatMap((id) => CALL_RULES_BY_ID[id].evaluate(ctx));
  return sortFindings(findings);
}

export interface CallStatus {
  findings: Finding[];
  /** No block finding now (warnings may remain). */
  canCallNow: boolean;
  worst: Severity | null;
  /** Earliest allowed call time (epoch ms); equals input.now when calling is allowed; null if none found. */
  nextAllowedAt: number | null;
  /** A block no waiting lifts (stop-contact, an instalment plan being kept): no "next allowed" time applies. */
  blockedUntilLifted: boolean;
  timeZone: string;
  timeZoneSource: TimeZoneSource;
  /** Debtor's local date and time now ('YYYY-MM-DD', 'HH:MM'). */
  localDate: string;
  localTime: string;
  attemptsToday: number;
  maxAttemptsPerDay: number;
  /** us-regf: calls in the 7-day window ending today. */
  callsInLast7Days: number;
  maxCallsIn7Days: number;
  limitation: LimitationStatus | null;
}

/** Everything the context card, the banner and the stepper status line need, in one call. */
export function callStatus(input: ComplianceInput): CallStatus {
  const ctx = buildCallContext(input);
  const findings = evaluateCall(input);
  const worst = worstSeverity(findings);
  const canCallNow = worst !== 'block';
  const lt = localTime(input.now, ctx.zones.primary);
  return {
    findings,
    canCallNow,
    worst,
    nextAllowedAt: nextAllowedCallTime(input),
    blockedUntilLifted: findings.some((f) => f.severity === 'block' && !CALL_RULES_BY_ID[f.ruleId as keyof typeof CALL_RULES_BY_ID]?.timing),
    timeZone: ctx.zones.primary,
    timeZoneSource: ctx.zones.source,
    localDate: lt.isoDate,
    localTime: formatHhMm(lt.minutesOfDay),
    attemptsToday: attemptsToday(ctx),
    maxAttemptsPerDay: ctx.limits.maxAttemptsPerDay,
    callsInLast7Days: callsInLast7Days(ctx),
    maxCallsIn7Days: ctx.limits.usRegf.maxCallsIn7Days,
    limitation: input.profile === 'cn-bank' ? computeLimitation({ ...input, timeZone: ctx.zones.primary }) : null,
  };
}
