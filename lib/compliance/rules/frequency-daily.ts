// cn-bank: at most N call attempts per debtor per local calendar day (seed 004: 每日频率受限).
import { addDays, localTime, zonedTimeToEpoch } from '../../time';
import { finding, pastAttempts, type CallContext, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';

export function attemptsToday(ctx: CallContext): number {
  const zone = ctx.zones.primary;
  const today = localTime(ctx.now, zone).isoDate;
  return pastAttempts(ctx).filter((a) => localTime(a.at, zone).isoDate === today).length;
}

export const frequencyDailyRule: CallRule = {
  id: 'frequency-daily',
  title: { 'zh-CN': '每日拨打次数上限', 'zh-TW': '每日撥打次數上限', en: 'Daily attempt limit' },
  source: { kind: 'bank-policy', citation: '培训材料004「每日频率受限」; 行内催收规范（默认每日3次）' },
  timing: true,
  evaluate(ctx) {
    const max = ctx.limits.maxAttemptsPerDay;
    const count = attemptsToday(ctx);
    if (count < max) return [];
    const zone = ctx.zones.primary;
    const tomorrow = addDays(localTime(ctx.now, zone).isoDate, 1);
    return [
      finding(
        this,
        'block',
        formatLocalized(
          {
            'zh-CN': '今日已拨打 {count} 次，已达每日上限 {max} 次',
            'zh-TW': '今日已撥打 {count} 次，已達每日上限 {max} 次',
            en: '{count, plural, one {# attempt} other {# attempts}} today: the daily limit of {max} is reached',
          },
          { count, max },
        ),
        {
          nextAllowedAt: zonedTimeToEpoch(tomorrow, 0, zone),
          suggestion: {
            'zh-CN': '改用短信或信函提醒，明日再拨打。',
            'zh-TW': '改用簡訊或信函提醒，明日再撥打。',
            en: 'Send a letter or text reminder instead and call again tomorrow.',
          },
        },
      ),
    ];
  },
};
