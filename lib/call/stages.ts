// The call's stages and their checklists (shared/domain.md §5). A pack may relabel them; the
// ids are the contract with scripts' `stage` tags and `checks`.
import { STAGE_IDS, type StageId } from '../packs/schema';

export const STAGES = STAGE_IDS;
export type { StageId };

type L = { 'zh-CN': string; 'zh-TW': string; en: string };

export interface ChecklistItem {
  id: string;
  stage: StageId;
  label: L;
  /** Coaching line for trainees when this item is still open at a later stage. */
  coach?: L;
}

export const STAGE_TITLES: Record<StageId, L> = {
  prepare: { 'zh-CN': '准备', 'zh-TW': '準備', en: 'Prepare' },
  open: { 'zh-CN': '开场', 'zh-TW': '開場', en: 'Open' },
  verify: { 'zh-CN': '核实身份', 'zh-TW': '核實身分', en: 'Verify identity' },
  purpose: { 'zh-CN': '说明来意', 'zh-TW': '說明來意', en: 'State purpose' },
  understand: { 'zh-CN': '了解原因', 'zh-TW': '了解原因', en: 'Understand' },
  negotiate: { 'zh-CN': '协商方案', 'zh-TW': '協商方案', en: 'Negotiate' },
  commit: { 'zh-CN': '确认承诺', 'zh-TW': '確認承諾', en: 'Commit' },
  close: { 'zh-CN': '结束', 'zh-TW': '結束', en: 'Close' },
};

export const CHECKLIST: ChecklistItem[] = [
  {
    id: 'review-history',
    stage: 'prepare',
    label: { 'zh-CN': '查看历史记录与上次承诺', 'zh-TW': '查看歷史紀錄與上次承諾', en: 'Review history and the last promise' },
  },
  {
    id: 'recording-notice',
    stage: 'open',
    label: { 'zh-CN': '告知通话录音', 'zh-TW': '告知通話錄音', en: 'Give the recording notice' },
    coach: { 'zh-CN': '您还没有告知客户本次通话会录音。', 'zh-TW': '您還沒有告知客戶本次通話會錄音。', en: 'You have not given the recording notice yet.' },
  },
  {
    id: 'identity-verified',
    stage: 'verify',
    label: { 'zh-CN': '已核实本人身份（透露欠款信息前）', 'zh-TW': '已核實本人身分（透露欠款資訊前）', en: 'Identity verified (before any debt detail)' },
    coach: { 'zh-CN': '您还没有核实身份，不能透露欠款信息。', 'zh-TW': '您還沒有核實身分，不能透露欠款資訊。', en: 'You have not verified identity yet: no debt details.' },
  },
  {
    id: 'purpose-stated',
    stage: 'purpose',
    label: { 'zh-CN': '说明来电目的与欠款金额', 'zh-TW': '說明來電目的與欠款金額', en: 'State the purpose and the amount' },
  },
  {
    id: 'reason-understood',
    stage: 'understand',
    label: { 'zh-CN': '了解未还款原因', 'zh-TW': '了解未還款原因', en: 'Understand why it is unpaid' },
  },
  {
    id: 'options-offered',
    stage: 'negotiate',
    label: { 'zh-CN': '提出可行的还款方案', 'zh-TW': '提出可行的還款方案', en: 'Offer a workable plan' },
  },
  {
    id: 'ptp-date',
    stage: 'commit',
    label: { 'zh-CN': '还款时间', 'zh-TW': '還款時間', en: 'Payment date' },
    coach: { 'zh-CN': '承诺还缺“还款时间”。', 'zh-TW': '承諾還缺「還款時間」。', en: 'The promise still lacks a date.' },
  },
  {
    id: 'ptp-amount',
    stage: 'commit',
    label: { 'zh-CN': '还款金额', 'zh-TW': '還款金額', en: 'Payment amount' },
    coach: { 'zh-CN': '承诺还缺“还款金额”。', 'zh-TW': '承諾還缺「還款金額」。', en: 'The promise still lacks an amount.' },
  },
  {
    id: 'ptp-method',
    stage: 'commit',
    label: { 'zh-CN': '还款方式', 'zh-TW': '還款方式', en: 'Payment method' },
    coach: { 'zh-CN': '承诺还缺“还款方式”。', 'zh-TW': '承諾還缺「還款方式」。', en: 'The promise still lacks a method.' },
  },
  {
    id: 'recap',
    stage: 'close',
    label: { 'zh-CN': '复述承诺并致谢', 'zh-TW': '複述承諾並致謝', en: 'Recap the promise and thank them' },
  },
];
