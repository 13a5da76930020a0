// The one-line status for the stepper and the banner text: "可拨打 · 今日第2/3次" or why not and when.
// Its words are UI strings (lib/i18n, compliance.status.*): the caller has loaded `locale`.
import type { CallStatus } from './evaluate';
import { formatHhMm, localTime } from '../time';
import { pickLocalized, type Locale } from './types';
import { translator } from '../i18n';

/** "2026-05-06 08:00 (Asia/Shanghai)" in the debtor's zone; the date is dropped when it is today. */
export function formatLocalInstant(epochMs: number, timeZone: string, today?: string): string {
  const l = localTime(epochMs, timeZone);
  const hm = formatHhMm(l.minutesOfDay);
  return `${l.isoDate === today ? '' : `${l.isoDate} `}${hm} (${timeZone})`;
}

export function formatStatusLine(status: CallStatus, locale: Locale, profile: 'cn-bank' | 'us-regf' = 'cn-bank'): string {
  const t = translator(locale);
  const parts: string[] = [];
  parts.push(t(status.canCallNow ? 'compliance.status.ok' : 'compliance.status.blocked'));
  if (profile === 'us-regf') parts.push(t('compliance.status.week', { n: status.callsInLast7Days, max: status.maxCallsIn7Days }));
  else parts.push(t('compliance.status.today', { n: status.attemptsToday, max: status.maxAttemptsPerDay }));
  if (!status.canCallNow && !status.blockedUntilLifted) {
    parts.push(
      status.nextAllowedAt === null
        ? t('compliance.status.none')
        : t('compliance.status.next', { when: formatLocalInstant(status.nextAllowedAt, status.timeZone, status.localDate) }),
    );
  }
  const top = status.findings[0];
  if (top && top.severity !== 'info') parts.push(pickLocalized(top.message, locale));
  return parts.join(' · ');
}
