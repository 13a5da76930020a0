import { useCallback, useEffect, useState } from 'react';
import { getSettings, settingsItem, updateSettings, type EffectiveSettings, type Settings } from '@/lib/settings';

export function useSettings() {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void getSettings().then((s) => alive && setSettings(s));
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
