// Calls only inside the allowed hours at the debtor's location (every candidate zone must agree).
import { addDays, formatHhMm, localTime, parseHhMm, zonedTimeToEpoch } from '../../time';
import { finding, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';

export const callWindowRule: CallRule = {
  id: 'call-window',
  title: { 'zh-CN': '允许拨打时段', 'zh-TW': '允許撥打時段', en: 'Allowed calling hours' },
  source: {
    kind: 'bank-policy',
    citation: 'cn-bank: 行内催收规范 08:00–21:00（培训材料004: 07:00–21:00，取更严者）; us-regf: 12 CFR 1006.6(b)(1)(i)',
  },
  timing: true,
  evaluate(ctx) {
    const start = parseHhMm(ctx.limits.callWindowStart);
    const end = parseHhMm(ctx.limits.callWindowEnd);
    const outside: { zone: string; local: string; next: number }[] = [];
    for (const zone of ctx.zones.candidates) {
      const l = localTime(ctx.now, zone);
      if (l.minutesOfDay >= start && l.minutesOfDay < end) continue;
      const day = l.minutesOfDay < start ? l.isoDate : addDays(l.isoDate, 1);
      outside.push({ zone, local: formatHhMm(l.minutesOfDay), next: zonedTimeToEpoch(day, start, zone) });
    }
    if (outside.length === 0) return [];
    const w = `${ctx.limits.callWindowStart}–${ctx.limits.callWindowEnd}`;
    const where = outside.map((o) => `${o.local} (${o.zone})`).join(', ');
    return [
      finding(
        this,
        'block',
        formatLocalized(
          {
            'zh-CN': '债务人当地时间 {where} 不在允许拨打时段 {w} 内',
            'zh-TW': '債務人當地時間 {where} 不在允許撥打時段 {w} 內',
            en: "Debtor's local time {where} is outside the allowed calling hours {w}",
          },
          { where, w },
        ),
        {
          nextAllowedAt: Math.max(...outside.map((o) => o.next)),
          suggestion: {
            'zh-CN': '请在允许时段内再拨打，或与债务人约定回访时间。',
            'zh-TW': '請在允許時段內再撥打，或與債務人約定回訪時間。',
            en: 'Call again within the allowed hours, or agree a call-back time with the debtor.',
          },
        },
      ),
    ];
  },
};
