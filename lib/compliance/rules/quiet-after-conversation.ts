// us-regf: no call within 7 days after a telephone conversation; the conversation's day is day 1.
import { addDays, daysBetween, localTime, zonedTimeToEpoch } from '../../time';
import { finding, pastAttempts, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';

export const quietAfterConversationRule: CallRule = {
  id: 'quiet-after-conversation',
  title: { 'zh-CN': '通话后7天内不再来电', 'zh-TW': '通話後7天內不再來電', en: 'Quiet period after a conversation' },
  source: { kind: 'regulation', citation: '12 CFR 1006.14(b)(2)(ii) (Regulation F)' },
  timing: true,
  evaluate(ctx) {
    const days = ctx.limits.usRegf.quietDaysAfterConversation;
    const last = pastAttempts(ctx)
      .filter((a) => a.conversation)
      .reduce<number | undefined>((m, a) => (m === undefined || a.at > m ? a.at : m), undefined);
    if (last === undefined || days <= 0) return [];
    const zone = ctx.zones.primary;
    const convDay = localTime(last, zone).isoDate;
    const today = localTime(ctx.now, zone).isoDate;
    if (daysBetween(convDay, today) >= days) return [];
    const firstFree = addDays(convDay, days);
    return [
      finding(
        this,
        'block',
        formatLocalized(
          {
            'zh-CN': '{convDay} 已与债务人通话，{firstFree} 之前不得再次来电',
            'zh-TW': '{convDay} 已與債務人通話，{firstFree} 之前不得再次來電',
            en: 'Spoke with the debtor on {convDay}: no further call before {firstFree}',
          },
          { convDay, firstFree },
        ),
        {
          nextAllowedAt: zonedTimeToEpoch(firstFree, 0, zone),
          suggestion: {
            'zh-CN': '如债务人主动要求回电，请记录其请求后再拨打。',
            'zh-TW': '如債務人主動要求回電，請記錄其請求後再撥打。',
            en: 'If the debtor asked for a call back, record that request before calling.',
          },
        },
      ),
    ];
  },
};
