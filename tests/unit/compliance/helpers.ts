// Builders for compliance tests: a plain input with defaults, and instants written in a zone's wall time.
import { zonedTimeToEpoch } from '@/lib/time';
import type { ComplianceInput } from '@/lib/compliance/types';

/** Epoch ms for a wall-clock time 'YYYY-MM-DD HH:MM' in a zone. */
export function wall(local: string, timeZone = 'Asia/Shanghai'): number {
  const [date = '', time = '00:00'] = local.split(' ');
  const [h = '0', m = '0'] = time.split(':');
  return zonedTimeToEpoch(date, Number(h) * 60 + Number(m), timeZone);
}

export function makeInput(over: Partial<ComplianceInput> = {}): ComplianceInput {
  return {
    now: wall('2026-05-06 10:00'),
    profile: 'cn-bank',
    debtor: {},
    attempts: [],
    identityVerified: true,
    thirdPartyOnLine: false,
    ...over,
  };
}
