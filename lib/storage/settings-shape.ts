// What a settings object may hold and its defaults (the stored item is in lib/storage/items.ts).

export type UiLocale = 'auto' | 'zh-CN' | 'zh-TW' | 'en';
export type ComplianceProfile = 'cn-bank' | 'us-regf';

export const defaultSettings = {
  locale: 'auto' as UiLocale,
  traineeMode: false,
  agentName: '',
  /** Extra CRM match patterns beyond the bundled demo origins. */
  crmOrigins: [] as string[],
  complianceProfile: 'cn-bank' as ComplianceProfile,
  callWindowStart: '08:00',
  callWindowEnd: '21:00',
  maxAttemptsPerDay: 3,
  retentionDays: 180,
  packSubscriptions: [] as string[],
  trustedPublicKeys: [] as string[],
};

export type Settings = typeof defaultSettings;
export type SettingKey = keyof Settings;

/**
 * Version of the stored settings shape: a sparse object of the keys a user changed, merged over
 * `defaultSettings` when read. v1 is the only shape so far; a new shape adds a migration in
 * lib/storage/items.ts.
 */
export const SETTINGS_VERSION = 1;
