// How long records must be kept: cn-bank keeps call records and the audit log at least two years
// (《商业银行信用卡业务监督管理办法》第六十八条: 催收录音等资料至少保存2年). The configured retention
// can lengthen that, never shorten it; the audit log is never purged at all.
import type { ProfileId } from './types';

export const CN_BANK_MIN_RETENTION_DAYS = 730;

/** The shortest retention the profile allows for call records (1 = no floor). */
export function minRetentionDays(profile: ProfileId): number {
  return profile === 'cn-bank' ? CN_BANK_MIN_RETENTION_DAYS : 1;
}

/** The retention actually applied: the configured days, raised to the profile's floor. */
export function effectiveRetentionDays(profile: ProfileId, configured: number): number {
  const days = Number.isFinite(configured) && configured >= 1 ? Math.floor(configured) : minRetentionDays(profile);
  return Math.max(days, minRetentionDays(profile));
}
