// When may the next call be placed? Repeatedly jump to the latest time the blocking timing rules allow
// until none blocks (a daily-limit jump to midnight is then pushed to 08:00, a holiday to the next day…).
import { buildCallContext } from './context';
import { PROFILES } from './profiles';
import { CALL_RULES_BY_ID } from './rules';
import type { CallRuleId, ComplianceInput, Finding } from './types';

/** One step: the latest nextAllowedAt among blocking findings, or undefined when none blocks on time. */
export function nextAllowedFromFindings(findings: readonly Finding[]): number | undefined {
  const times = findings.filter((f) => f.severity === 'block' && f.nextAllowedAt !== undefined).map((f) => f.nextAllowedAt!);
  return times.length ? Math.max(...times) : undefined;
}

export function timingFindingsAt(input: ComplianceInput, at: number, only?: readonly CallRuleId[]): Finding[] {
  const ctx = buildCallContext(input, at);
  return PROFILES[input.profile].rules
    .filter((id) => !only || only.includes(id))
    .map((id) => CALL_RULES_BY_ID[id])
    .filter((r) => r.timing)
    .flatMap((r) => r.evaluate(ctx));
}

/** The rules a time agreed with the debtor for a later call (a call-back) must meet: the calling
 *  hours at the debtor's location and no public holiday (or weekend, when the bank says so). */
export const SCHEDULED_CALL_RULES: readonly CallRuleId[] = ['call-window', 'holiday'];

/**
 * What the guard says about calling at `at` — the hours and holiday rules in force for this debtor
 * (their zones, consent, the calendar), the same checks a live call gets. Empty when the time is fine.
 */
export function scheduledCallFindings(input: ComplianceInput, at: number): Finding[] {
  return timingFindingsAt(input, at, SCHEDULED_CALL_RULES);
}

/** The earliest time ≥ `at` the hours and holiday rules allow, or null (see nextAllowedCallTime). */
export function nextAllowedScheduledTime(input: ComplianceInput, at: number, maxJumps = 60): number | null {
  let t = at;
  for (let i = 0; i < maxJumps; i++) {
    const next = nextAllowedFromFindings(scheduledCallFindings(input, t));
    if (next === undefined) return t;
    if (next <= t) return null;
    t = next;
  }
  return null;
}

/**
 * The earliest time ≥ input.now at which no timing rule blocks (input.now itself when calling is allowed),
 * or null when none is found within ~60 jumps (e.g. candidate time zones whose windows never overlap).
 */
export function nextAllowedCallTime(input: ComplianceInput, maxJumps = 60): number | null {
  let t = input.now;
  for (let i = 0; i < maxJumps; i++) {
    const next = nextAllowedFromFindings(timingFindingsAt(input, t));
    if (next === undefined) return t;
    if (next <= t) return null;
    t = next;
  }
  return null;
}
