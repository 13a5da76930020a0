// Outcome codes of a contact attempt (shared/domain.md §5) with their labels.
import type { InterruptionKind } from '../compliance/types';
import { OUTCOME_IDS } from '../packs/schema';
import { isISODay } from '../time';

export const OUTCOMES = OUTCOME_IDS;
export type OutcomeCode = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<OutcomeCode, { 'zh-CN': string; 'zh-TW': string; en: string }> = {
  ptp: { 'zh-CN': '承诺还款', 'zh-TW': '承諾還款', en: 'Promise to pay' },
  paid: { 'zh-CN': '通话中已还款', 'zh-TW': '通話中已還款', en: 'Paid during call' },
  partial: { 'zh-CN': '部分还款', 'zh-TW': '部分還款', en: 'Partial payment' },
  refused: { 'zh-CN': '拒绝还款', 'zh-TW': '拒絕還款', en: 'Refused' },
  dispute: { 'zh-CN': '有争议', 'zh-TW': '有爭議', en: 'Dispute' },
  callback: { 'zh-CN': '约定回拨', 'zh-TW': '約定回撥', en: 'Call back' },
  'no-answer': { 'zh-CN': '无人接听', 'zh-TW': '無人接聽', en: 'No answer' },
  'wrong-number': { 'zh-CN': '号码错误', 'zh-TW': '號碼錯誤', en: 'Wrong number' },
  'third-party': { 'zh-CN': '第三方接听', 'zh-TW': '第三方接聽', en: 'Third party answered' },
  deceased: { 'zh-CN': '本人已故', 'zh-TW': '本人已故', en: 'Deceased' },
  hardship: { 'zh-CN': '困难还款方案', 'zh-TW': '困難還款方案', en: 'Hardship plan' },
  'escalate-legal': { 'zh-CN': '转法务', 'zh-TW': '轉法務', en: 'Escalate to legal' },
  'instalment-agreed': { 'zh-CN': '已签分期还款协议', 'zh-TW': '已簽分期還款協議', en: 'Instalment plan signed' },
};

/** Outcomes where the debtor was reached (a conversation: matters for frequency and limitation rules). */
export const REACHED_DEBTOR: ReadonlySet<OutcomeCode> = new Set(['ptp', 'paid', 'partial', 'refused', 'dispute', 'callback', 'hardship', 'instalment-agreed']);

/** What a saved call proves for the limitation period (民法典 Art. 195), strongest first: a payment,
 *  a promise (a PTP or a signed plan), an acknowledgement, a demand recorded as reached with its
 *  recording reference. A conversation with none of these proves nothing. */
export function interruptionOfCall(c: {
  outcome?: string | undefined;
  demandReached?: { recordingRef: string } | undefined;
  acknowledged?: boolean | undefined;
}): { kind: InterruptionKind; ref?: string } | undefined {
  const ref = c.demandReached?.recordingRef.trim() || undefined;
  const withRef = (kind: InterruptionKind) => (ref ? { kind, ref } : { kind });
  if (c.outcome === 'paid' || c.outcome === 'partial') return withRef('partial-payment');
  if (c.outcome === 'ptp' || c.outcome === 'instalment-agreed') return withRef('promise');
  if (c.acknowledged) return withRef('acknowledged');
  if (ref) return { kind: 'demand-reached', ref };
  return undefined;
}

export interface PromiseDraft {
  amount: string;
  date: string;
  method: string;
}

export type PromiseProblem = 'amount' | 'date' | 'method';

/** The three elements of a promise (date, method, amount) are required for a `ptp` outcome. */
export function promiseProblems(outcome: OutcomeCode | '', p: PromiseDraft, todayISO: string): PromiseProblem[] {
  if (outcome !== 'ptp') return [];
  const problems: PromiseProblem[] = [];
  const amount = Number(p.amount);
  if (!p.amount.trim() || !Number.isFinite(amount) || amount <= 0) problems.push('amount');
  if (!isISODay(p.date) || p.date < todayISO) problems.push('date');
  if (!p.method.trim()) problems.push('method');
  return problems;
}
