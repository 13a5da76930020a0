// A signed instalment plan (outcome `instalment-agreed`) stops demand calls until an instalment is
// missed (《商业银行信用卡业务监督管理办法》第七十条: 个性化分期还款协议).
import { formatLocalized } from '../../i18n/format';
import { localTime } from '../../time';
import type { InstalmentPlanState } from '../types';
import { finding, type CallContext, type CallRule } from './rule';

export type PlanState = 'none' | 'holding' | 'missed' | 'completed';

/** Is the plan holding calls back now? Missed: an instalment recorded broken, or due before today and unpaid. */
export function instalmentPlanState(plan: InstalmentPlanState | undefined, today: string): PlanState {
  if (!plan) return 'none';
  if (plan.completed) return 'completed';
  if (plan.missed || plan.unpaidDueDates.some((d) => d < today)) return 'missed';
  return 'holding';
}

function firstMissed(plan: InstalmentPlanState, today: string): string | undefined {
  return [...plan.unpaidDueDates].sort().find((d) => d < today);
}

export const instalmentPlanRule: CallRule = {
  id: 'instalment-plan',
  title: { 'zh-CN': '分期还款协议', 'zh-TW': '分期還款協議', en: 'Instalment plan' },
  source: { kind: 'regulation', citation: '《商业银行信用卡业务监督管理办法》第七十条' },
  timing: false,
  evaluate(ctx: CallContext) {
    const plan = ctx.input.instalmentPlan;
    const today = localTime(ctx.now, ctx.zones.primary).isoDate;
    const state = instalmentPlanState(plan, today);
    if (state === 'holding') {
      return [
        finding(
          this,
          'block',
          {
            'zh-CN': '已签订分期还款协议且未逾期：暂停催收来电，直至某期未按时还款',
            'zh-TW': '已簽訂分期還款協議且未逾期：暫停催收來電，直至某期未按時還款',
            en: 'A signed instalment plan is being kept: no demand calls until an instalment is missed',
          },
          {
            suggestion: {
              'zh-CN': '按协议在每期到期前发送还款提醒即可；如某期未还，系统会自动恢复可拨打。',
              'zh-TW': '按協議在每期到期前發送還款提醒即可；如某期未還，系統會自動恢復可撥打。',
              en: 'Send the agreed reminders before each due date; calls resume by themselves once an instalment is missed.',
            },
          },
        ),
      ];
    }
    if (state === 'missed' && plan) {
      const d = firstMissed(plan, today);
      return [
        finding(
          this,
          'info',
          formatLocalized(
            {
              'zh-CN': '分期协议有一期未按时还款{due, select, none {} other {（{due}）}}：可恢复催收',
              'zh-TW': '分期協議有一期未按時還款{due, select, none {} other {（{due}）}}：可恢復催收',
              en: 'An instalment of the plan was missed{due, select, none {} other { ({due})}}: collection calls may resume',
            },
            { due: d ?? 'none' },
          ),
        ),
      ];
    }
    return [];
  },
};
