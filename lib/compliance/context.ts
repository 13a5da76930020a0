// Build the derived call context once: merged limits, resolved zones, holiday calendar.
import { CN_HOLIDAYS } from './holidays-cn';
import { resolveLimits } from './profiles';
import { resolveDebtorTimeZones } from '../time/debtor-zones';
import type { CallContext } from './rules/rule';
import type { ComplianceInput } from './types';

export function buildCallContext(input: ComplianceInput, now = input.now): CallContext {
  return {
    input,
    now,
    limits: resolveLimits(input.profile, input.limits).limits,
    zones: resolveDebtorTimeZones(input.debtor),
    calendar: input.holidays ?? CN_HOLIDAYS,
  };
}
