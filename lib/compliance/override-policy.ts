// Which blocking rules an agent may override at all (`overridePolicy`): 'never' cannot be passed by
// any reason; 'reason' needs a written one. Profile defaults < options (which may only tighten) <
// enterprise policy (the bank's compliance decides, e.g. to allow a reasoned holiday call).
import type { CallRuleId, ProfileId, RuleId } from './types';

export const OVERRIDE_MODES = ['never', 'reason'] as const;
export type OverrideMode = (typeof OVERRIDE_MODES)[number];
export type OverridePolicy = Partial<Record<RuleId, OverrideMode>>;

/** cn-bank: call hours, holidays and stop-contact can never be overridden by an agent; others need a reason. */
export const DEFAULT_OVERRIDE_POLICY: Record<ProfileId, Partial<Record<CallRuleId, OverrideMode>>> = {
  'cn-bank': { 'call-window': 'never', holiday: 'never', 'stop-contact': 'never' },
  // Reg F: calls at inconvenient times and after a cease request are not an agent's call to make.
  'us-regf': { 'call-window': 'never', 'stop-contact': 'never' },
};

const isMode = (v: unknown): v is OverrideMode => (OVERRIDE_MODES as readonly unknown[]).includes(v);

function clean(raw: unknown): OverridePolicy {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: OverridePolicy = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (isMode(v)) out[k as RuleId] = v;
  return out;
}

/** The policy in force. A value set in options never loosens the profile's 'never'; policy's does. */
export function resolveOverridePolicy(profile: ProfileId, configured?: unknown, managed?: unknown): OverridePolicy {
  const merged: OverridePolicy = { ...DEFAULT_OVERRIDE_POLICY[profile] };
  for (const [rule, mode] of Object.entries(clean(configured)) as [RuleId, OverrideMode][]) {
    if (merged[rule] !== 'never') merged[rule] = mode;
  }
  return { ...merged, ...clean(managed) };
}

export function overrideModeOf(policy: OverridePolicy, rule: RuleId): OverrideMode {
  return policy[rule] ?? 'reason';
}
