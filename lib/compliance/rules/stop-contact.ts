// A contact who asked not to be called again is not called: the debtor until a supervisor lifts it
// with a reason, a third party permanently (2026 industry guideline; Reg F §1006.6(c)).
import { DEBTOR_CONTACT, type StopContact } from '../types';
import { formatLocalized } from '../../i18n/format';
import { dayOf } from '../../time';
import { finding, type CallContext, type CallRule } from './rule';

/** The request that stops a call to `contact` now, if any. A third party's cannot be lifted. */
export function activeStopContact(ctx: Pick<CallContext, 'input' | 'now'>, contact = ctx.input.contact ?? DEBTOR_CONTACT): StopContact | null {
  const hits = (ctx.input.stopContacts ?? []).filter(
    (s) => s.contact === contact && s.at <= ctx.now && (contact !== DEBTOR_CONTACT || s.liftedAt === undefined || s.liftedAt > ctx.now),
  );
  return hits.sort((a, b) => b.at - a.at)[0] ?? null;
}


export const stopContactRule: CallRule = {
  id: 'stop-contact',
  title: { 'zh-CN': '已要求停止联系', 'zh-TW': '已要求停止聯繫', en: 'Asked not to be called' },
  source: { kind: 'regulation', citation: '2026 年催收行业指引（停止联系请求）; 12 CFR 1006.6(c) (us-regf)' },
  timing: false,
  evaluate(ctx) {
    const contact = ctx.input.contact ?? DEBTOR_CONTACT;
    const stop = activeStopContact(ctx, contact);
    if (!stop) return [];
    const debtor = contact === DEBTOR_CONTACT;
    // The day of the request as the debtor's calendar has it (not UTC's).
    const day = (at: number) => dayOf(at, ctx.zones.primary);
    return [
      finding(
        this,
        'block',
        formatLocalized(
          debtor
            ? {
                'zh-CN': '债务人已于 {day} 要求停止来电：主管书面解除前不得拨打',
                'zh-TW': '債務人已於 {day} 要求停止來電：主管書面解除前不得撥打',
                en: 'The debtor asked on {day} not to be called: no calls until a supervisor lifts it with a reason',
              }
            : {
                'zh-CN': '该联系人（{contact}）已于 {day} 要求不再来电：永久不得拨打',
                'zh-TW': '該聯絡人（{contact}）已於 {day} 要求不再來電：永久不得撥打',
                en: 'This contact ({contact}) asked on {day} not to be called again: never call them',
              },
          { contact, day: day(stop.at) },
        ),
        {
          suggestion: {
            'zh-CN': '改用书面方式（催收函、短信提醒）联系债务人本人；如需恢复来电，请主管在设置页解除并写明理由。',
            'zh-TW': '改用書面方式（催收函、簡訊提醒）聯繫債務人本人；如需恢復來電，請主管在設定頁解除並寫明理由。',
            en: 'Write to the debtor instead (demand letter, text reminder); to call again, a supervisor lifts the request in Options with a reason.',
          },
        },
      ),
    ];
  },
};
