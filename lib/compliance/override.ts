// A block finding can be overridden only with a written reason; the record is logged with the call.
import type { Finding, Localized, RuleId } from './types';
import { formatLocalized } from '../i18n/format';

export const MIN_OVERRIDE_REASON_LENGTH = 10;

export interface OverrideRecord {
  ruleIds: RuleId[];
  reason: string;
  at: number;
}

export type OverrideReasonProblem = 'reason-required' | 'reason-too-short' | 'reason-not-meaningful';

export type ProceedDecision =
  | { ok: true; override: OverrideRecord | null }
  | { ok: false; blockedBy: RuleId[]; problem: OverrideReasonProblem; message: Localized };

const PROBLEM_MESSAGES: Record<OverrideReasonProblem, Localized> = {
  'reason-required': {
    'zh-CN': '存在禁止项：如确需继续，请填写书面理由（将随通话记录保存，主管可查）',
    'zh-TW': '存在禁止項：如確需繼續，請填寫書面理由（將隨通話記錄保存，主管可查）',
    en: 'A rule blocks this: to proceed, write a reason (logged with the call for your supervisor)',
  },
  'reason-too-short': formatLocalized(
    {
      'zh-CN': '理由至少 {min} 个字',
      'zh-TW': '理由至少 {min} 個字',
      en: 'The reason needs at least {min, plural, one {# character} other {# characters}}',
    },
    { min: MIN_OVERRIDE_REASON_LENGTH },
  ),
  'reason-not-meaningful': {
    'zh-CN': '请用文字写明具体理由（不能只有标点、数字或重复字符）',
    'zh-TW': '請用文字寫明具體理由（不能只有標點、數字或重複字元）',
    en: 'Write an actual reason in words (not just punctuation, digits or a repeated character)',
  },
};

/** null when the reason is acceptable. */
export function validateOverrideReason(reason: string | undefined): OverrideReasonProblem | null {
  const r = (reason ?? '').trim();
  if (!r) return 'reason-required';
  if ([...r].length < MIN_OVERRIDE_REASON_LENGTH) return 'reason-too-short';
  const letters = r.match(/\p{L}/gu) ?? [];
  if (letters.length < 4 || new Set(letters).size < 2) return 'reason-not-meaningful';
  return null;
}

/** May the agent go ahead? Without block findings: yes. With them: only with a valid written reason. */
export function canProceed(findings: readonly Finding[], overrideReason?: string, now: number = Date.now()): ProceedDecision {
  const blockedBy = [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.ruleId))];
  if (blockedBy.length === 0) return { ok: true, override: null };
  const problem = validateOverrideReason(overrideReason);
  if (problem) return { ok: false, blockedBy, problem, message: PROBLEM_MESSAGES[problem] };
  return { ok: true, override: { ruleIds: blockedBy, reason: (overrideReason ?? '').trim(), at: now } };
}
