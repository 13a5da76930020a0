// Calls to one third-party contact per day (default 1, 2026 industry guideline); locked by policy.
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { MAX_ATTEMPTS_PER_DAY } from '@/lib/storage/settings-shape';
import { PolicyField, StatusLine } from '../policy/PolicyField';
import { useSaveStatus } from '../policy/useSaveStatus';
import type { SettingsSectionProps } from '../../shared/useSettings';

export function ThirdPartyLimit({ settings, update, t, locale }: SettingsSectionProps & { locale: Locale }) {
  const stored = settings.values.maxThirdPartyAttemptsPerDay;
  const locked = settings.locked.includes('maxThirdPartyAttemptsPerDay');
  const [value, setValue] = useState(String(stored));
  const status = useSaveStatus(locale, t);
  useEffect(() => setValue(String(stored)), [stored]);
  const save = async () => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_ATTEMPTS_PER_DAY) return status.fail(t('complianceOpt.badMax', { max: MAX_ATTEMPTS_PER_DAY }));
    await status.run(() => update({ maxThirdPartyAttemptsPerDay: n }), () => t('complianceOpt.saved'));
  };
  return (
    <form
      className="row wrap"
      noValidate
      data-testid="third-party-limit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <PolicyField id="third-party-max" label={t('complianceOpt.thirdPartyMax')} locked={locked} t={t}>
        <input id="third-party-max" type="number" min={1} max={MAX_ATTEMPTS_PER_DAY} value={value} disabled={locked} onChange={(e) => setValue(e.target.value)} />
      </PolicyField>
      {!locked && <button type="submit" aria-label={`${t('complianceOpt.save')} · ${t('complianceOpt.thirdPartyMax')}`} disabled={value.trim() === String(stored)}>{t('complianceOpt.save')}</button>}
      <StatusLine status={status} />
    </form>
  );
}
