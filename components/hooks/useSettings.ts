import { useCallback, useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { getSettings, getSettingsQuick, settingsItem, updateSettings, type EffectiveSettings, type Settings } from '@/lib/settings';

export function useSettings() {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void getSettings().then((s) => alive && setSettings(s));
    // Show the page at once with the last known policy values; the live ones follow.
    void getSettingsQuick().then((s) => alive && setSettings((cur) => cur ?? s));
    load();
    const off = settingsItem.watch(load);
    return () => {
      alive = false;
      off();
    };
  }, []);
  const update = useCallback((patch: Partial<Settings>) => updateSettings(patch), []);
  return { settings, update };
}

/** What every options section receives: the effective settings, a way to change them, the UI text. */
export interface SettingsSectionProps {
  settings: EffectiveSettings;
  update: (patch: Partial<Settings>) => Promise<void>;
  t: Translate;
}
