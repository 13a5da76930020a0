// Nothing about the debt until the debtor's identity is verified; a third party only hears a call-back request.
import { finding, type CallRule } from './rule';

export const identityBeforeDisclosureRule: CallRule = {
  id: 'identity-before-disclosure',
  title: { 'zh-CN': '先核实身份再谈债务', 'zh-TW': '先核實身分再談債務', en: 'Identity before disclosure' },
  source: {
    kind: 'regulation',
    citation: '《个人信息保护法》; 培训材料003「切记不要透露贷款信息」; 12 CFR 1006.6(d) (us-regf)',
  },
  timing: false,
  evaluate(ctx) {
    if (ctx.input.thirdPartyOnLine) {
      return [
        finding(
          this,
          'warn',
          {
            'zh-CN': '接听者不是债务人本人：只可请其转告回电，不得提及金额、欠款或逾期',
            'zh-TW': '接聽者不是債務人本人：只可請其轉告回電，不得提及金額、欠款或逾期',
            en: 'A third party answered: only ask for a call back — no amount, no "debt", no "overdue"',
          },
          {
            suggestion: {
              'zh-CN': '“麻烦您转告他/她方便时回个电话，号码是……，谢谢。”',
              'zh-TW': '「麻煩您轉告他／她方便時回個電話，號碼是……，謝謝。」',
              en: '"Could you ask them to call me back at …? Thank you."',
            },
          },
        ),
      ];
    }
    if (!ctx.input.identityVerified) {
      return [
        finding(this, 'info', {
          'zh-CN': '尚未核实本人身份：涉及债务的话术暂不显示',
          'zh-TW': '尚未核實本人身分：涉及債務的話術暫不顯示',
          en: 'Identity not verified yet: scripts that disclose the debt are held back',
        }),
      ];
    }
    return [];
  },
};
