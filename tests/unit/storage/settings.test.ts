// Stored settings are repaired field by field on load: corrupt, old or unknown-version values
// come back as valid settings, never thrown into the UI.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, getSettings, getSettingsQuick, restoreSettings, updateSettings } from '@/lib/settings';
import { MAX_ATTEMPTS_PER_DAY, MAX_RETENTION_DAYS, SETTING_KEYS, SETTINGS_VERSION } from '@/lib/storage/settings-shape';

/** Writes the stored value as an older or newer extension would have, with WXT's version mark `settings$`. */
const store = (value: unknown, meta?: unknown) => {
  const entries: Record<string, unknown> = { settings: value };
  if (meta !== undefined) entries.settings$ = meta;
  return fakeBrowser.storage.local.set(entries);
};

const corrupt = {
  locale: 'fr',
  traineeMode: 'yes',
  agentName: 42,
  crmOrigins: 'https://crm.example-bank.cn/*',
  complianceProfile: 'eu-gdpr',
  callWindowStart: '25:00',
  callWindowEnd: 2100,
  maxAttemptsPerDay: MAX_ATTEMPTS_PER_DAY + 1,
  retentionDays: 0,
  packSubscriptions: null,
  trustedPublicKeys: { 0: 'key' },
};

describe('restoreSettings', () => {
  it('keeps every good field as stored (an old v1 object loads unchanged)', () => {
    const v1 = {
      locale: 'zh-TW',
      traineeMode: true,
      agentName: '小王',
      crmOrigins: ['https://crm.example-bank.cn/*'],
      complianceProfile: 'us-regf',
      callWindowStart: '9:30',
      callWindowEnd: '24:00',
      maxAttemptsPerDay: 5,
      retentionDays: MAX_RETENTION_DAYS,
      packSubscriptions: ['https://packs.example-bank.cn/team.json'],
      trustedPublicKeys: ['AAAA'],
    };
    expect(restoreSettings(v1)).toEqual(v1);
  });

  it('drops each field of the wrong type or out of range, so its default applies', () => {
    expect(restoreSettings(corrupt)).toEqual({});
    expect(restoreSettings({ ...corrupt, agentName: '小李' })).toEqual({ agentName: '小李' });
  });

  it('checks ranges at both ends and integers only', () => {
    for (const n of [0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_ATTEMPTS_PER_DAY + 1]) expect(restoreSettings({ maxAttemptsPerDay: n })).toEqual({});
    expect(restoreSettings({ maxAttemptsPerDay: 1 })).toEqual({ maxAttemptsPerDay: 1 });
    expect(restoreSettings({ retentionDays: MAX_RETENTION_DAYS + 1 })).toEqual({});
    expect(restoreSettings({ callWindowStart: '24:30', callWindowEnd: '8:60' })).toEqual({});
    expect(restoreSettings({ agentName: 'x'.repeat(201) })).toEqual({});
  });

  it('keeps the good entries of a list and drops the rest', () => {
    expect(restoreSettings({ crmOrigins: ['https://a.cn/*', 7, null, '', '  ', 'https://b.cn/*'] })).toEqual({ crmOrigins: ['https://a.cn/*', 'https://b.cn/*'] });
  });

  it('drops unknown keys and reads anything that is not an object as empty', () => {
    expect(restoreSettings({ traineeMode: true, packSigningKey: { pkcs8: 'secret' }, __proto__: { x: 1 } })).toEqual({ traineeMode: true });
    for (const raw of [null, undefined, 'settings', 42, [], [{ traineeMode: true }]]) expect(restoreSettings(raw)).toEqual({});
  });

  it('has a check for every setting', () => {
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(defaultSettings).sort());
  });
});

describe('settings on load', () => {
  it('a corrupt stored object gives valid settings, field by field', async () => {
    await store({ ...corrupt, traineeMode: true });
    const { values, locked } = await getSettings();
    expect(values).toEqual({ ...defaultSettings, traineeMode: true });
    expect(locked).toEqual([]);
  });

  it('a stored value that is not an object gives the defaults', async () => {
    for (const raw of ['{"traineeMode":true}', 17, [1, 2], true]) {
      await store(raw);
      expect((await getSettings()).values).toEqual(defaultSettings);
      expect((await getSettingsQuick()).values).toEqual(defaultSettings);
    }
  });

  it('an old v1 object without a version mark loads as it is', async () => {
    await store({ retentionDays: 30, crmOrigins: ['https://crm.example-bank.cn/*'] });
    expect((await getSettings()).values).toEqual({ ...defaultSettings, retentionDays: 30, crmOrigins: ['https://crm.example-bank.cn/*'] });
  });

  it('an unknown (newer) version mark is not thrown; the value is still checked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await store({ retentionDays: 'forever', maxAttemptsPerDay: 4, futureField: { a: 1 } }, { v: 99 });
    vi.resetModules(); // the item loads (and tries to migrate) as a new extension page would
    const fresh = await import('@/lib/settings');
    await expect(fresh.getSettings()).resolves.toEqual({ values: { ...defaultSettings, maxAttemptsPerDay: 4 }, locked: [] });
    expect(String(error.mock.calls[0]?.[1])).toMatch(/downgrade/i); // WXT reports it; the UI never sees it
    await store({ traineeMode: true }, 'not a meta object');
    vi.resetModules();
    expect((await (await import('@/lib/settings')).getSettings()).values.traineeMode).toBe(true);
    error.mockRestore();
  });

  it('saving writes back a repaired object and refuses an invalid value', async () => {
    await store({ ...corrupt, agentName: '小王' });
    await updateSettings({ traineeMode: true });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ agentName: '小王', traineeMode: true });
    await expect(updateSettings({ retentionDays: -1 })).rejects.toThrow(/invalid setting: retentionDays/);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ agentName: '小王', traineeMode: true });
  });

  it("a fresh profile's first save stamps the settings version mark", async () => {
    vi.resetModules(); // a new extension page: the item is defined again over empty storage
    const fresh = await import('@/lib/settings');
    await fresh.updateSettings({ traineeMode: true });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({ settings: { traineeMode: true }, settings$: { v: SETTINGS_VERSION } });
  });

  it('a corrupt cache of policy values is ignored key by key', async () => {
    await fakeBrowser.storage.local.set({ managedCache: { retentionDays: 'x', traineeMode: true, crmOrigins: [1] } });
    const quick = await getSettingsQuick();
    expect(quick.values).toEqual({ ...defaultSettings, traineeMode: true });
    expect(quick.locked).toEqual(['traineeMode']);
    await fakeBrowser.storage.local.set({ managedCache: 'garbage' });
    expect(await getSettingsQuick()).toEqual({ values: defaultSettings, locked: [] });
  });
});
