// Warn 180 and 30 days before the limitation period ends, and when it has ended.
import { computeLimitation, type LimitationBasis, type LimitationStatus } from '../limitation';
import type { Localized } from '../types';
import { finding, type CallRule } from './rule';
import { formatLocalized, formatMessage } from '../../i18n/format';

/** What the deadline rests on, in words: the context card and the warning both name it. */
export const LIMITATION_BASIS_LABELS: Record<LimitationBasis, Localized> = {
  'due-date': { 'zh-CN': '到期日', 'zh-TW': '到期日', en: 'due date' },
  'demand-reached': { 'zh-CN': '催收要求已送达本人', 'zh-TW': '催收要求已送達本人', en: 'demand reached the debtor' },
  acknowledged: { 'zh-CN': '本人承认债务', 'zh-TW': '本人承認債務', en: 'debtor acknowledged the debt' },
  promise: { 'zh-CN': '本人承诺还款', 'zh-TW': '本人承諾還款', en: 'debtor promised to pay' },
  'partial-payment': { 'zh-CN': '部分还款', 'zh-TW': '部分還款', en: 'partial payment' },
};

/** "催收要求已送达本人 2026-05-01（录音 REC-1）" — the event the deadline rests on. */
export function limitationBasisText(s: Pick<LimitationStatus, 'basis' | 'startDate' | 'lastInterruption'>, lang: keyof Localized): string {
  const label = LIMITATION_BASIS_LABELS[s.basis][lang];
  const ref = s.lastInterruption?.ref;
  const recording = s.basis === 'demand-reached';
  const refText = !ref ? '' : lang === 'en' ? ` (${recording ? 'recording ' : ''}${ref})` : `（${recording ? (lang === 'zh-TW' ? '錄音 ' : '录音 ') : ''}${ref}）`;
  return `${label} ${s.startDate}${refText}`;
}

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
    const values = { deadline: s.deadline, daysLeft: s.daysLeft };
    return [
      finding(
        this,
        'warn',
        {
          'zh-CN': formatMessage('诉讼时效将于 {deadline} 届满（剩余 {daysLeft} 天；依据：{basis}）', 'zh-CN', { ...values, basis: limitationBasisText(s, 'zh-CN') }),
          'zh-TW': formatMessage('訴訟時效將於 {deadline} 屆滿（剩餘 {daysLeft} 天；依據：{basis}）', 'zh-TW', { ...values, basis: limitationBasisText(s, 'zh-TW') }),
          en: formatMessage('The limitation period ends on {deadline} ({daysLeft, plural, one {# day} other {# days}} left; from: {basis})', 'en', {
            ...values,
            basis: limitationBasisText(s, 'en'),
          }),
        },
        { suggestion },
      ),
    ];
  },
};
