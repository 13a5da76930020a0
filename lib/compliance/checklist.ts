// Checklist items the law makes required by what happened on the call, beyond the pack's own
// `required` flags: the recording notice on every call that reached someone (培训材料003(12)),
// the bank's official hotline when the debtor doubts the caller, and the advance notice before
// negative credit data is reported (《征信业管理条例》第十五条) when the call ends refused or goes to legal.
import type { Localized } from './types';

export type ComplianceCheckId = 'recording-notice' | 'hotline-offered' | 'credit-report-notice';

export interface ComplianceCheck {
  id: ComplianceCheckId;
  why: Localized;
}

/** Scenarios in which the debtor doubts the caller (domain ids). */
const DOUBTS_CALLER = new Set(['scam-suspicion']);
/** Outcomes after which negative credit reporting may follow. */
const TOWARD_REPORTING = new Set(['refused', 'escalate-legal']);
/** Outcomes where nobody was spoken to: no notice could be given. */
const NOBODY = new Set(['no-answer', 'wrong-number']);

export function requiredChecks(call: { scenarios: readonly string[]; outcome?: string | undefined; utterances?: readonly string[] }): ComplianceCheck[] {
  const out: ComplianceCheck[] = [];
  if (!call.outcome || !NOBODY.has(call.outcome)) {
    out.push({ id: 'recording-notice', why: { 'zh-CN': '每通电话都须告知录音', 'zh-TW': '每通電話都須告知錄音', en: 'Every call must say it is recorded' } });
  }
  if (call.scenarios.some((s) => DOUBTS_CALLER.has(s)) || (call.utterances ?? []).some((u) => /骗子|诈骗|怎么证明|你是不是骗|scam|prove (?:you|who)/i.test(u))) {
    out.push({ id: 'hotline-offered', why: { 'zh-CN': '对方怀疑来电身份：须告知我行官方客服热线', 'zh-TW': '對方懷疑來電身分：須告知本行官方客服專線', en: 'The debtor doubts the caller: offer the official hotline' } });
  }
  if (call.outcome && TOWARD_REPORTING.has(call.outcome)) {
    out.push({
      id: 'credit-report-notice',
      why: { 'zh-CN': '报送不良信用信息前须事先告知本人（《征信业管理条例》第十五条）', 'zh-TW': '報送不良信用資訊前須事先告知本人（《征信業管理條例》第十五條）', en: 'Negative credit data may be reported only after telling the debtor (Credit Reporting Regulation Art. 15)' },
    });
  }
  return out;
}

/** Required checks not ticked. */
export function missingChecks(call: Parameters<typeof requiredChecks>[0], checked: Record<string, boolean>): ComplianceCheck[] {
  return requiredChecks(call).filter((c) => checked[c.id] !== true);
}
