// The one-line status for the stepper and the banner text: "可拨打 · 今日第2/3次" or why not and when.
import type { CallStatus } from './evaluate';
import { formatHhMm, localTime } from '../time';
import { pickLang, type Lang } from './types';

const L = {
  ok: { 'zh-CN': '可拨打', 'zh-TW': '可撥打', en: 'OK to call' },
  blocked: { 'zh-CN': '暂不可拨打', 'zh-TW': '暫不可撥打', en: 'Do not call now' },
  today: { 'zh-CN': '今日已拨 {n}/{max} 次', 'zh-TW': '今日已撥 {n}/{max} 次', en: '{n}/{max} attempts today' },
  week: { 'zh-CN': '7天内 {n}/{max} 次', 'zh-TW': '7天內 {n}/{max} 次', en: '{n}/{max} calls in 7 days' },
  next: { 'zh-CN': '下次可拨 {when}', 'zh-TW': '下次可撥 {when}', en: 'next allowed {when}' },
  none: { 'zh-CN': '无可用时段，请核对时区', 'zh-TW': '無可用時段，請核對時區', en: 'no allowed time found — check the time zone' },
} as const;

function fill(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** "2026-05-06 08:00 (Asia/Shanghai)" in the debtor's zone; the date is dropped when it is today. */
export function formatLocalInstant(epochMs: number, timeZone: string, today?: string): string {
  const l = localTime(epochMs, timeZone);
  const hm = formatHhMm(l.minutesOfDay);
  return `${l.isoDate === today ? '' : `${l.isoDate} `}${hm} (${timeZone})`;
}

export function formatStatusLine(status: CallStatus, lang: Lang, profile: 'cn-bank' | 'us-regf' = 'cn-bank'): string {
  const parts: string[] = [];
  parts.push(pickLang(status.canCallNow ? L.ok : L.blocked, lang));
  if (profile === 'us-regf') parts.push(fill(pickLang(L.week, lang), { n: status.callsInLast7Days, max: status.maxCallsIn7Days }));
  else parts.push(fill(pickLang(L.today, lang), { n: status.attemptsToday, max: status.maxAttemptsPerDay }));
  if (!status.canCallNow && !status.blockedUntilLifted) {
    parts.push(
      status.nextAllowedAt === null
        ? pickLang(L.none, lang)
        : fill(pickLang(L.next, lang), { when: formatLocalInstant(status.nextAllowedAt, status.timeZone, status.localDate) }),
    );
  }
  const top = status.findings[0];
  if (top && top.severity !== 'info') parts.push(pickLang(top.message, lang));
  return parts.join(' · ');
}
