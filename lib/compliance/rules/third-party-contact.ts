// Third parties (family, employer, references) are called only when the debtor cannot be reached,
// at most N times a day per contact (default 1), and never told about the debt (2026 industry guideline).
import { formatLocalized } from '../../i18n/format';
import { addDays, localTime, zonedTimeToEpoch } from '../../time';
import { DEBTOR_CONTACT } from '../types';
import { finding, pastAttempts, type CallContext, type CallRule } from './rule';

/** Attempts to one contact on the debtor's local calendar day of `ctx.now`. */
export function contactAttemptsToday(ctx: CallContext, contact: string): number {
  const zone = ctx.zones.primary;
  const today = localTime(ctx.now, zone).isoDate;
  return pastAttempts(ctx).filter((a) => (a.contact ?? DEBTOR_CONTACT) === contact && localTime(a.at, zone).isoDate === today).length;
}

/** The debtor is unreachable when their own latest attempt did not reach them. Never tried: not known. */
export function debtorUnreachable(ctx: CallContext): boolean {
  const own = pastAttempts(ctx)
    .filter((a) => (a.contact ?? DEBTOR_CONTACT) === DEBTOR_CONTACT)
    .sort((a, b) => a.at - b.at);
  const last = own[own.length - 1];
  return !!last && !last.conversation;
}

export const thirdPartyContactRule: CallRule = {
  id: 'third-party-contact',
  title: { 'zh-CN': '联系第三方', 'zh-TW': '聯繫第三方', en: 'Calling a third party' },
  source: { kind: 'regulation', citation: '2026 年催收行业指引（第三方联系）; 《个人信息保护法》; 培训材料003「切记不要透露贷款信息」' },
  timing: true,
  evaluate(ctx) {
    const contact = ctx.input.contact ?? DEBTOR_CONTACT;
    if (contact === DEBTOR_CONTACT) return [];
    const out = [];
    if (!debtorUnreachable(ctx)) {
      out.push(
        finding(
          this,
          'block',
          {
            'zh-CN': '只有联系不上债务人本人时才可联系第三方：请先拨打债务人本人',
            'zh-TW': '只有聯繫不上債務人本人時才可聯繫第三方：請先撥打債務人本人',
            en: 'A third party may be called only when the debtor cannot be reached: call the debtor first',
          },
          {
            suggestion: {
              'zh-CN': '先拨打债务人本人；未接通并记录后，才可请第三方转告回电。',
              'zh-TW': '先撥打債務人本人；未接通並記錄後，才可請第三方轉告回電。',
              en: 'Call the debtor first; only after a recorded failed attempt may a third party be asked to pass on a call-back request.',
            },
          },
        ),
      );
    }
    const max = ctx.limits.maxThirdPartyAttemptsPerDay;
    const count = contactAttemptsToday(ctx, contact);
    if (count >= max) {
      const zone = ctx.zones.primary;
      out.push(
        finding(
          this,
          'block',
          formatLocalized(
            {
              'zh-CN': '今日已联系该第三方 {count} 次，已达每人每日上限 {max} 次',
              'zh-TW': '今日已聯繫該第三方 {count} 次，已達每人每日上限 {max} 次',
              en: '{count, plural, one {# call} other {# calls}} to this third party today: the limit of {max} per contact per day is reached',
            },
            { count, max },
          ),
          { nextAllowedAt: zonedTimeToEpoch(addDays(localTime(ctx.now, zone).isoDate, 1), 0, zone) },
        ),
      );
    }
    if (out.length === 0) {
      out.push(
        finding(this, 'warn', {
          'zh-CN': '拨打第三方：只请其转告回电，不得提及欠款、金额或逾期',
          'zh-TW': '撥打第三方：只請其轉告回電，不得提及欠款、金額或逾期',
          en: 'Calling a third party: only ask for a call back — never mention the debt, an amount or being overdue',
        }),
      );
    }
    return out;
  },
};
