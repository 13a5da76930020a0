// Warn 180 and 30 days before the limitation period ends, and when it has ended.
import { computeLimitation } from '../limitation';
import { finding, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';

export const limitationPeriodRule: CallRule = {
  id: 'limitation-period',
  title: { 'zh-CN': '诉讼时效', 'zh-TW': '訴訟時效', en: 'Limitation period' },
  source: { kind: 'regulation', citation: '《民法典》第一百八十八条、第一百九十五条' },
  timing: false,
  evaluate(ctx) {
    const s = computeLimitation({ ...ctx.input, now: ctx.now, timeZone: ctx.zones.primary });
    if (!s || s.level === 'ok') return [];
    const suggestion = {
      'zh-CN': '请确保催收请求送达本人并留存录音；必要时转法务评估起诉或申请支付令。',
      'zh-TW': '請確保催收請求送達本人並留存錄音；必要時轉法務評估起訴或申請支付令。',
      en: 'Make sure a demand reaches the debtor and is recorded; if needed, refer to legal for a lawsuit or payment order.',
    };
    if (s.level === 'expired') {
      return [
        finding(
          this,
          'warn',
          formatLocalized(
            {
              'zh-CN': '诉讼时效可能已于 {deadline} 届满：不得声称将起诉必胜，转法务评估',
              'zh-TW': '訴訟時效可能已於 {deadline} 屆滿：不得聲稱將起訴必勝，轉法務評估',
              en: 'The limitation period may have ended on {deadline}: do not claim a lawsuit will succeed; refer to legal',
            },
            { deadline: s.deadline },
          ),
          { suggestion },
        ),
      ];
    }
    return [
      finding(
        this,
        'warn',
        formatLocalized(
          {
            'zh-CN': '诉讼时效将于 {deadline} 届满（剩余 {daysLeft} 天）',
            'zh-TW': '訴訟時效將於 {deadline} 屆滿（剩餘 {daysLeft} 天）',
            en: 'The limitation period ends on {deadline} ({daysLeft, plural, one {# day} other {# days}} left)',
          },
          { deadline: s.deadline, daysLeft: s.daysLeft },
        ),
        { suggestion },
      ),
    ];
  },
};
