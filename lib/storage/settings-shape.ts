// What a settings object may hold, its defaults, and the check every stored copy passes on load:
// each field is kept only if it is of the right type and in range, otherwise it falls back to
// its default. Nothing read from storage reaches the UI unchecked, and nothing here throws.

import { LOCALES, type Locale } from '@/lib/i18n/locale';

/** The language setting: a locale, or `auto` (the browser's languages). */
export type UiLocale = 'auto' | Locale;
export type ComplianceProfile = 'cn-bank' | 'us-regf';

export const defaultSettings = {
  locale: 'auto' as UiLocale,
  traineeMode: false,
  agentName: '',
  /** The agent profile: staff number (工号) and the line a debtor calls back on; the bank's name, usually set by policy. */
  agentId: '',
  callbackNumber: '',
  bankName: '',
  /** Extra CRM match patterns beyond the bundled demo origins. */
  crmOrigins: [] as string[],
  complianceProfile: 'cn-bank' as ComplianceProfile,
  callWindowStart: '08:00',
  callWindowEnd: '21:00',
  maxAttemptsPerDay: 3,
  /** Calls to one third-party contact per local day (2026 industry guideline: 1). */
  maxThirdPartyAttemptsPerDay: 1,
  /** Which blocking rules an agent may override: rule id → 'never' | 'reason' (lib/compliance/override-policy). */
  overridePolicy: {} as Record<string, 'never' | 'reason'>,
  /** Call records and notes: cn-bank keeps them at least 730 days (信用卡办法 Art. 68). */
  retentionDays: 730,
  packSubscriptions: [] as string[],
  trustedPublicKeys: [] as string[],
  /** Only packs signed by a trusted key may be imported or subscribed (normally set by policy). */
  requireSignedPacks: false,
  /** Reminder notifications name the amount and the full name (off: surname and last digits only). */
  notificationDetails: false,
  /** Live call (issue #18): keep the call's transcript TEXT (never audio) with the call record, under
   *  retention, search and export. Off unless policy or the agent turns it on. */
  keepTranscript: false,
  /** Live call audio (docs/live-audio.md): the speech model the bank hosts, set by policy — https URL and its SHA-256 (64 hex). */
  speechModelUrl: '',
  speechModelSha256: '',
  // ---- Outcome analytics (lib/analytics, docs/analytics.md) ----
  /** The team salt for keyed debtor hashes in roll-up files (the supervisor shares it; usually policy). */
  analyticsTeamSalt: '',
  /** The id this agent chose for their roll-up files (remembered; defaults to agentId in the form). */
  rollupAgentId: '',
  /** https URL on the bank's intranet where the roll-up is posted daily (policy only; '' = never sent). */
  reportingEndpoint: '',
};

export type Settings = typeof defaultSettings;
export type SettingKey = keyof Settings;

/**
 * Version of the stored settings shape: a sparse object of the keys a user changed, merged over
 * `defaultSettings` when read. v1 is the only shape so far; a new shape adds a migration in
 * lib/storage/items.ts and still goes through `restoreSettings` after it.
 */
export const SETTINGS_VERSION = 1;

/** The options page's own limits, the same ones the stored values are held to. */
export const MAX_ATTEMPTS_PER_DAY = 20;
export const MAX_RETENTION_DAYS = 3650;
const MAX_TEXT = 200;
const MAX_LIST = 500;
const MAX_ENTRY = 4096;

type Check<T> = (v: unknown) => T | undefined;

const oneOf =
  <T extends string>(...allowed: T[]): Check<T> =>
  (v) =>
    allowed.includes(v as T) ? (v as T) : undefined;
const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const text: Check<string> = (v) => (typeof v === 'string' && v.length <= MAX_TEXT ? v : undefined);
const int =
  (min: number, max: number): Check<number> =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
/** HH:MM as lib/compliance/time.ts parses it (hour 0–24, 24:00 only). */
const hhmm: Check<string> = (v) => {
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(v.trim()) : null;
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h > 24 || min > 59 || (h === 24 && min !== 0) ? undefined : (v as string);
};
/** rule id → 'never' | 'reason'; other entries are dropped. */
const policyMap: Check<Record<string, 'never' | 'reason'>> = (v) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, 'never' | 'reason'> = {};
  for (const [k, m] of Object.entries(v as Record<string, unknown>).slice(0, 100)) {
    if (k.length <= 100 && (m === 'never' || m === 'reason')) out[k] = m;
  }
  return out;
};
/** A list keeps its good entries: one bad origin does not cost the supervisor the others. */
const strings: Check<string[]> = (v) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '' && x.length <= MAX_ENTRY).slice(0, MAX_LIST) : undefined;

/** An https URL (the reporting endpoint), or '' for none. */
const httpsUrl: Check<string> = (v) => {
  if (v === '') return '';
  if (typeof v !== 'string' || v.length > MAX_ENTRY) return undefined;
  try {
    return new URL(v).protocol === 'https:' ? v : undefined;
  } catch {
    return undefined;
  }
};

const CHECKS: { [K in SettingKey]: Check<Settings[K]> } = {
  locale: oneOf<UiLocale>('auto', ...LOCALES),
  traineeMode: bool,
  agentName: text,
  agentId: text,
  callbackNumber: text,
  bankName: text,
  crmOrigins: strings,
  complianceProfile: oneOf<ComplianceProfile>('cn-bank', 'us-regf'),
  callWindowStart: hhmm,
  callWindowEnd: hhmm,
  maxAttemptsPerDay: int(1, MAX_ATTEMPTS_PER_DAY),
  maxThirdPartyAttemptsPerDay: int(1, MAX_ATTEMPTS_PER_DAY),
  overridePolicy: policyMap,
  retentionDays: int(1, MAX_RETENTION_DAYS),
  packSubscriptions: strings,
  trustedPublicKeys: strings,
  requireSignedPacks: bool,
  notificationDetails: bool,
  keepTranscript: bool,
  speechModelUrl: (v) => (typeof v === 'string' && v.length <= MAX_ENTRY ? v : undefined),
  speechModelSha256: (v) => (typeof v === 'string' && /^([0-9a-fA-F]{64})?$/.test(v.trim()) ? v.trim() : undefined),
  analyticsTeamSalt: text,
  rollupAgentId: text,
  reportingEndpoint: httpsUrl,
};

export const SETTING_KEYS = Object.keys(CHECKS) as SettingKey[];

/**
 * The stored settings, repaired field by field: a field of the wrong type or out of range is
 * dropped (so its default applies), unknown keys are dropped, anything that is not an object
 * counts as empty.
 */
export function restoreSettings(raw: unknown): Partial<Settings> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const src = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(src, key)) continue;
    const value = CHECKS[key](src[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<Settings>;
}
