// A block finding can be overridden only where the override policy allows it, never by a trainee,
// and only with a written reason; the record is logged at once and with the call.
import { overrideModeOf, type OverridePolicy } from './override-policy';
import type { Finding, Localized, RuleId } from './types';
import { formatLocalized } from '../i18n/format';

export const MIN_OVERRIDE_REASON_LENGTH = 10;

export interface OverrideRecord {
  ruleIds: RuleId[];
  reason: string;
  at: number;
}

export type OverrideReasonProblem = 'reason-required' | 'reason-too-short' | 'reason-not-meaningful';
/** Why no reason at all would do: the policy forbids overriding a rule, or the agent is a trainee. */
export type OverrideRefusal = 'not-overridable' | 'trainee';

export type ProceedDecision =
  | { ok: true; override: OverrideRecord | null }
  | { ok: false; blockedBy: RuleId[]; problem: OverrideReasonProblem | OverrideRefusal; message: Localized; notOverridable?: RuleId[] };

export interface ProceedOptions {
  /** Which rules may be overridden (resolveOverridePolicy); absent: every rule with a reason. */
  policy?: OverridePolicy;
  /** Trainees never override. */
  trainee?: boolean;
}

const PROBLEM_MESSAGES: Record<OverrideReasonProblem | OverrideRefusal, Localized> = {
  'not-overridable': {
    'zh-CN': '此项按合规策略不允许坐席越过：请按提示改期或改用书面方式',
    'zh-TW': '此項按合規策略不允許坐席越過：請按提示改期或改用書面方式',
    en: 'The override policy does not let an agent pass this rule: call later or write instead',
  },
  trainee: {
    'zh-CN': '培训模式下不能越过拦截项：请联系主管',
    'zh-TW': '培訓模式下不能越過攔截項：請聯繫主管',
    en: 'Trainees cannot override a block: ask your supervisor',
  },
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

/** Blocking rules the policy never lets an agent override. */
export function notOverridable(findings: readonly Finding[], policy: OverridePolicy | undefined): RuleId[] {
  if (!policy) return [];
  return [...new Set(findings.filter((f) => f.severity === 'block' && overrideModeOf(policy, f.ruleId) === 'never').map((f) => f.ruleId))];
}

/**
 * May the agent go ahead? Without block findings: yes. With them: not a trainee, no rule the policy
 * marks 'never', and a valid written reason.
 */
export function canProceed(findings: readonly Finding[], overrideReason?: string, now: number = Date.now(), opts: ProceedOptions = {}): ProceedDecision {
  const blockedBy = [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.ruleId))];
  if (blockedBy.length === 0) return { ok: true, override: null };
  if (opts.trainee) return { ok: false, blockedBy, problem: 'trainee', message: PROBLEM_MESSAGES.trainee };
  const never = notOverridable(findings, opts.policy);
  if (never.length) return { ok: false, blockedBy, problem: 'not-overridable', message: PROBLEM_MESSAGES['not-overridable'], notOverridable: never };
  const problem = validateOverrideReason(overrideReason);
  if (problem) return { ok: false, blockedBy, problem, message: PROBLEM_MESSAGES[problem] };
  return { ok: true, override: { ruleIds: blockedBy, reason: (overrideReason ?? '').trim(), at: now } };
}
