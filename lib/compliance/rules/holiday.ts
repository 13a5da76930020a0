// No collection calls on PRC public holidays (seed 004); make-up working days are ordinary working days.
import { dayInfo, holidayName } from '../holidays-cn';
import { addDays, localTime, zonedTimeToEpoch } from '../../time';
import { finding, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';
import type { Finding } from '../types';

export const holidayRule: CallRule = {
  id: 'holiday',
  title: { 'zh-CN': '法定节假日不催收', 'zh-TW': '法定節假日不催收', en: 'No calls on public holidays' },
  source: { kind: 'training', citation: '培训材料004「禁止深夜或法定节假日催收」; 国务院办公厅节假日安排通知' },
  timing: true,
  evaluate(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const zone of ctx.zones.candidates) {
      const day = localTime(ctx.now, zone).isoDate;
      if (seen.has(day)) continue;
      seen.add(day);
      const info = dayInfo(day, ctx.calendar);
      const next = zonedTimeToEpoch(addDays(day, 1), 0, zone);
      const projected = info.status === 'projected';
      if (info.kind === 'holiday') {
        out.push(
          finding(
            this,
            'block',
            formatLocalized(
              {
                'zh-CN': '{day} 是法定节假日（{name}）{projected, select, yes {（预估数据，请核对）} other {}}，不得催收来电',
                'zh-TW': '{day} 是法定節假日（{name}）{projected, select, yes {（預估資料，請核對）} other {}}，不得催收來電',
                en: '{day} is a public holiday ({name}){projected, select, yes { (projected data — verify)} other {}}: no collection calls',
              },
              (locale) => ({ day, name: info.name ? holidayName(info.name, locale) : '', projected: projected ? 'yes' : 'no' }),
            ),
            { nextAllowedAt: next },
          ),
        );
      } else if (info.kind === 'weekend' && ctx.limits.noCallsOnWeekends) {
        out.push(
          finding(
            this,
            'block',
            formatLocalized(
              {
                'zh-CN': '{day} 是周末，行内规定周末不催收（调休上班日除外）',
                'zh-TW': '{day} 是週末，行內規定週末不催收（調休上班日除外）',
                en: '{day} is a weekend day and bank policy forbids weekend calls (make-up working days excepted)',
              },
              { day },
            ),
            { nextAllowedAt: next },
          ),
        );
      } else if (!info.covered) {
        out.push(
          finding(
            this,
            'info',
            formatLocalized(
              {
                'zh-CN': '没有 {year} 年的节假日数据，请在设置中补充',
                'zh-TW': '沒有 {year} 年的節假日資料，請在設定中補充',
                en: 'No holiday data for {year}; add it in options',
              },
              { year: day.slice(0, 4) },
            ),
          ),
        );
      }
    }
    return out;
  },
};
