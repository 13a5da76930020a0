// Typed settings of this browser profile (storage.local), with enterprise policy values
// (storage.managed) laid over them. Managed keys are reported so options can show them locked.
// The one reader of the stored settings: every read is repaired by restoreSettings first.
import { resolveOverridePolicy } from '@/lib/compliance/override-policy';
import { readManagedRaw } from '@/lib/storage/managed';
import { managedCacheItem, settingsItem } from '@/lib/storage/items';
import { defaultSettings, restoreSettings, type SettingKey, type Settings } from '@/lib/storage/settings-shape';

export { defaultSettings, restoreSettings };
export type { ComplianceProfile, SettingKey, Settings, UiLocale } from '@/lib/storage/settings-shape';
/** Re-exported for watchers (the hooks, the background); read values through getSettings. */
export { settingsItem };

const MANAGED_KEYS: SettingKey[] = [
  'crmOrigins',
  'packSubscriptions',
  'trustedPublicKeys',
  'complianceProfile',
  'callWindowStart',
  'callWindowEnd',
  'maxAttemptsPerDay',
  'maxThirdPartyAttemptsPerDay',
  'overridePolicy',
  'retentionDays',
  'traineeMode',
  'requireSignedPacks',
  'notificationDetails',
  'keepTranscript',
  'bankName',
  'speechModelUrl',
  'speechModelSha256',
  // Outcome analytics: the team salt and the intranet reporting endpoint (docs/analytics.md).
  'analyticsTeamSalt',
  'reportingEndpoint',
];

export interface EffectiveSettings {
  values: Settings;
  /** Keys set by enterprise policy: shown locked, not editable. */
  locked: SettingKey[];
}

/** This profile's own settings as stored, checked field by field (never trusted as-is). */
async function readLocal(): Promise<Partial<Settings>> {
  return restoreSettings(await settingsItem.getValue().catch(() => null));
}

/** Policy values, keeping only keys of the right type (a bad policy entry is ignored, not fatal). */
export function pickManaged(raw: Record<string, unknown> | null | undefined): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const key of MANAGED_KEYS) {
    const v = raw?.[key];
    if (v === undefined) continue;
    const want = defaultSettings[key];
    if (Array.isArray(want)) {
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = v;
    } else if (want && typeof want === 'object') {
      const repaired = restoreSettings({ [key]: v })[key];
      if (repaired !== undefined) out[key] = repaired;
    } else if (typeof v === typeof want) {
      out[key] = v;
    }
  }
  return out as Partial<Settings>;
}

export async function readManaged(): Promise<Partial<Settings>> {
  const managed = pickManaged(await readManagedRaw());
  await managedCacheItem.setValue(managed).catch(() => {});
  return managed;
}

/** Settings at once, with the last known policy values; `getSettings` gives the current ones. */
export async function getSettingsQuick(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([readLocal(), managedCacheItem.getValue().then(pickManaged)]);
  return mergeSettings(local, managed);
}

export function mergeSettings(local: Partial<Settings>, managed: Partial<Settings>): EffectiveSettings {
  const values = { ...defaultSettings, ...local, ...managed };
  // The override policy a page reads is already resolved: options may only tighten the profile's
  // 'never'; enterprise policy decides. Absent everywhere: {} and the profile's defaults apply.
  if (local.overridePolicy || managed.overridePolicy) {
    values.overridePolicy = resolveOverridePolicy(values.complianceProfile, local.overridePolicy, managed.overridePolicy) as Settings['overridePolicy'];
  }
  return { values, locked: Object.keys(managed) as SettingKey[] };
}

export async function getSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([readLocal(), readManaged()]);
  return mergeSettings(local, managed);
}

/** Save local settings; keys locked by policy are refused. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const managed = await readManaged();
  const locked = Object.keys(patch).filter((k) => k in managed);
  if (locked.length) throw new Error(`locked by policy: ${locked.join(', ')}`);
  // The stored copy is repaired on the way back too: a bad field left by an old version goes.
  const next = restoreSettings({ ...(await readLocal()), ...patch });
  const refused = Object.keys(patch).filter((k) => !(k in next) && patch[k as SettingKey] !== undefined);
  if (refused.length) throw new Error(`invalid setting: ${refused.join(', ')}`);
  await settingsItem.setValue(next);
}

/** Settings as a page reads them: `quick` at once with the last known policy, `current` with the
 *  live policy, `watch` told of every change. The panel gets one from its connector. */
export interface SettingsSource {
  quick(): Promise<EffectiveSettings>;
  current(): Promise<EffectiveSettings>;
  /** Returns the unsubscribe. */
  watch(cb: () => void): () => void;
}

export const browserSettings: SettingsSource = {
  quick: getSettingsQuick,
  current: getSettings,
  watch: (cb) => settingsItem.watch(() => cb()),
};
