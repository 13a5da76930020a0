// Settings as pages show them: at once with the last known policy values, then the live ones,
// and again on every change. The panel reads them from its connector; options from the browser.
import { useCallback, useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { browserSettings, type EffectiveSettings, type Settings, type SettingsSource } from '@/lib/settings';

export function useSettingsFrom(source: SettingsSource): EffectiveSettings | null {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void source.current().then((s) => alive && setSettings(s), () => {});
    // Show the page at once with the last known policy values; the live ones follow.
    void source.quick().then((s) => alive && setSettings((cur) => cur ?? s), () => {});
    load();
    const off = source.watch(load);
    return () => {
      alive = false;
      off();
    };
  }, [source]);
  return settings;
}

export function useSettings() {
  const settings = useSettingsFrom(browserSettings);
  // Compliance settings and trusted keys are written to the audit log with who changed them. The
  // audit trail (and the database under it) loads on the first change, never with the panel.
  const update = useCallback((patch: Partial<Settings>) => import('@/lib/audit-trail').then((m) => m.updateSettingsAudited(patch)), []);
  return { settings, update };
}

/** What every options section receives: the effective settings, a way to change them, the UI text. */
export interface SettingsSectionProps {
  settings: EffectiveSettings;
  update: (patch: Partial<Settings>) => Promise<void>;
  t: Translate;
}
