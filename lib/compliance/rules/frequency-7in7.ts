// us-regf: more than 7 calls within 7 consecutive days (debtor's calendar days) loses the presumption of compliance.
import { addDays, localTime, zonedTimeToEpoch } from '../../time';
import { finding, pastAttempts, type CallContext, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';

/** Calls placed on local days [day-6, day]. */
function callsInWindowEnding(ctx: CallContext, day: string): number {
  const zone = ctx.zones.primary;
  const from = addDays(day, -6);
  return pastAttempts(ctx).filter((a) => {
    const d = localTime(a.at, zone).isoDate;
    return d >= from && d <= day;
  }).length;
}

export function callsInLast7Days(ctx: CallContext): number {
  return callsInWindowEnding(ctx, localTime(ctx.now, ctx.zones.primary).isoDate);
}

export const frequency7in7Rule: CallRule = {
  id: 'frequency-7in7',
  title: { 'zh-CN': '7天内最多7次来电', 'zh-TW': '7天內最多7次來電', en: '7 calls in 7 days' },
  source: { kind: 'regulation', citation: '12 CFR 1006.14(b)(2)(i) (Regulation F)' },
  timing: true,
  evaluate(ctx) {
    const max = ctx.limits.usRegf.maxCallsIn7Days;
    const zone = ctx.zones.primary;
    const today = localTime(ctx.now, zone).isoDate;
    const count = callsInWindowEnding(ctx, today);
    if (count < max) return [];
    let day = addDays(today, 1);
    for (let k = 0; k < 7 && callsInWindowEnding(ctx, day) >= max; k++) day = addDays(day, 1);
    return [
      finding(
        this,
        'block',
        formatLocalized(
          {
            'zh-CN': '过去7天（含今天）已拨打 {count} 次，达到上限 {max} 次',
            'zh-TW': '過去7天（含今天）已撥打 {count} 次，達到上限 {max} 次',
            en: '{count, plural, one {# call} other {# calls}} in the last 7 days (including today): the limit of {max} is reached',
          },
          { count, max },
        ),
        {
          nextAllowedAt: zonedTimeToEpoch(day, 0, zone),
          suggestion: {
            'zh-CN': '改用信函或电子邮件联系。',
            'zh-TW': '改用信函或電子郵件聯繫。',
            en: 'Use a letter or email instead.',
          },
        },
      ),
    ];
  },
};
