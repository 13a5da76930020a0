// Compliance profiles: which call rules apply and their default limits, plus the legal bounds a
// configured or policy value is clamped to. A setting can make a rule stricter, never looser than the law.
import { parseHhMm } from '../time';
import type { CallRuleId, ComplianceInput, ComplianceLimits, ProfileId } from './types';

export interface Profile {
  id: ProfileId;
  rules: CallRuleId[];
  defaults: ComplianceLimits;
  /** The widest call window the law or the guideline allows (the default may be narrower). Only the
   *  debtor's recorded consent (ComplianceInput.consentWindow) reaches past it. */
  outerWindow: { start: string; end: string };
  /** Whether a debtor's recorded consent to another time of day may widen the window. */
  consentWidensWindow: boolean;
}

const US_REGF_DEFAULTS = { maxCallsIn7Days: 7, quietDaysAfterConversation: 7 };

export const PROFILES: Record<ProfileId, Profile> = {
  'cn-bank': {
    id: 'cn-bank',
    rules: [
      'call-window',
      'holiday',
      'frequency-daily',
      'identity-before-disclosure',
      'limitation-period',
      'stop-contact',
      'third-party-contact',
      'instalment-plan',
    ],
    // Bank rules commonly use 08:00–21:00 (the default); the 2026 industry guideline never allows
    // a window starting before 08:00 or ending after 22:00, whatever the setting.
    defaults: {
      callWindowStart: '08:00',
      callWindowEnd: '21:00',
      maxAttemptsPerDay: 3,
      noCallsOnWeekends: false,
      maxThirdPartyAttemptsPerDay: 1,
      usRegf: US_REGF_DEFAULTS,
    },
    outerWindow: { start: '08:00', end: '22:00' },
    consentWidensWindow: true,
  },
  'us-regf': {
    id: 'us-regf',
    rules: ['call-window', 'frequency-7in7', 'quiet-after-conversation', 'identity-before-disclosure', 'stop-contact'],
    defaults: {
      callWindowStart: '08:00',
      callWindowEnd: '21:00',
      maxAttemptsPerDay: 3,
      noCallsOnWeekends: false,
      maxThirdPartyAttemptsPerDay: 1,
      usRegf: US_REGF_DEFAULTS,
    },
    // 12 CFR 1006.6(b)(1)(i): before 8 a.m. or after 9 p.m. local time is presumed inconvenient.
    outerWindow: { start: '08:00', end: '21:00' },
    consentWidensWindow: false,
  },
};

export interface ResolvedLimits {
  limits: ComplianceLimits;
  /** Keys set by policy: shown locked in options. */
  locked: string[];
  /** Keys whose configured value was looser than the law and was tightened. */
  clamped: string[];
}

type LimitsPatch = ComplianceInput['limits'];

function validHhMm(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    parseHhMm(v);
    return true;
  } catch {
    return false;
  }
}

function flatten(patch: LimitsPatch): Record<string, unknown> {
  if (!patch) return {};
  const { usRegf, ...rest } = patch;
  const out: Record<string, unknown> = { ...rest };
  if (usRegf) for (const [k, v] of Object.entries(usRegf)) out[`usRegf.${k}`] = v;
  return out;
}

/**
 * Profile defaults < configured options < enterprise policy, then clamped to the law.
 * Bad values (wrong type, '25:00') are ignored, not fatal.
 */
export function resolveLimits(profile: ProfileId, configured?: LimitsPatch, policy?: LimitsPatch): ResolvedLimits {
  const p = PROFILES[profile];
  const d = p.defaults;
  const merged: Record<string, unknown> = { ...flatten(configured), ...flatten(policy) };
  const locked = Object.keys(flatten(policy));
  const clamped: string[] = [];

  const pickTime = (key: 'callWindowStart' | 'callWindowEnd') => (validHhMm(merged[key]) ? (merged[key] as string) : d[key]);
  const pickInt = (key: string, fallback: number, min: number) => {
    const v = merged[key];
    return typeof v === 'number' && Number.isInteger(v) && v >= min ? v : fallback;
  };

  let start = pickTime('callWindowStart');
  let end = pickTime('callWindowEnd');
  if (parseHhMm(start) < parseHhMm(p.outerWindow.start)) {
    start = p.outerWindow.start;
    clamped.push('callWindowStart');
  }
  if (parseHhMm(end) > parseHhMm(p.outerWindow.end)) {
    end = p.outerWindow.end;
    clamped.push('callWindowEnd');
  }
  if (parseHhMm(start) >= parseHhMm(end)) {
    start = d.callWindowStart;
    end = d.callWindowEnd;
    clamped.push('callWindowStart', 'callWindowEnd');
  }

  let maxCallsIn7Days = pickInt('usRegf.maxCallsIn7Days', d.usRegf.maxCallsIn7Days, 1);
  if (profile === 'us-regf' && maxCallsIn7Days > US_REGF_DEFAULTS.maxCallsIn7Days) {
    maxCallsIn7Days = US_REGF_DEFAULTS.maxCallsIn7Days;
    clamped.push('usRegf.maxCallsIn7Days');
  }
  let quietDays = pickInt('usRegf.quietDaysAfterConversation', d.usRegf.quietDaysAfterConversation, 0);
  if (profile === 'us-regf' && quietDays < US_REGF_DEFAULTS.quietDaysAfterConversation) {
    quietDays = US_REGF_DEFAULTS.quietDaysAfterConversation;
    clamped.push('usRegf.quietDaysAfterConversation');
  }

  return {
    limits: {
      callWindowStart: start,
      callWindowEnd: end,
      maxAttemptsPerDay: pickInt('maxAttemptsPerDay', d.maxAttemptsPerDay, 1),
      noCallsOnWeekends: typeof merged.noCallsOnWeekends === 'boolean' ? merged.noCallsOnWeekends : d.noCallsOnWeekends,
      maxThirdPartyAttemptsPerDay: pickInt('maxThirdPartyAttemptsPerDay', d.maxThirdPartyAttemptsPerDay, 1),
      usRegf: { maxCallsIn7Days, quietDaysAfterConversation: quietDays },
    },
    locked,
    clamped,
  };
}

/** The flat settings the options page already stores (lib/settings.ts) → a limits patch. */
export function limitsFromSettings(settings: {
  callWindowStart?: string;
  callWindowEnd?: string;
  maxAttemptsPerDay?: number;
  maxThirdPartyAttemptsPerDay?: number;
}): NonNullable<LimitsPatch> {
  const out: NonNullable<LimitsPatch> = {};
  if (settings.maxThirdPartyAttemptsPerDay !== undefined) out.maxThirdPartyAttemptsPerDay = settings.maxThirdPartyAttemptsPerDay;
  if (settings.callWindowStart !== undefined) out.callWindowStart = settings.callWindowStart;
  if (settings.callWindowEnd !== undefined) out.callWindowEnd = settings.callWindowEnd;
  if (settings.maxAttemptsPerDay !== undefined) out.maxAttemptsPerDay = settings.maxAttemptsPerDay;
  return out;
}
