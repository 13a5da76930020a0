// Calls to one third-party contact per day (default 1, 2026 industry guideline); locked by policy.
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { MAX_ATTEMPTS_PER_DAY } from '@/lib/storage/settings-shape';
import { errorText } from '../data/format';
import type { SettingsSectionProps } from '../../hooks/useSettings';

export function ThirdPartyLimit({ settings, update, t, locale }: SettingsSectionProps & { locale: Locale }) {
  const stored = settings.values.maxThirdPartyAttemptsPerDay;
  const locked = settings.locked.includes('maxThirdPartyAttemptsPerDay');
  const [value, setValue] = useState(String(stored));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setValue(String(stored)), [stored]);
  const save = async () => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_ATTEMPTS_PER_DAY) return setMessage({ ok: false, text: t('complianceOpt.badMax', { max: MAX_ATTEMPTS_PER_DAY }) });
    try {
      await update({ maxThirdPartyAttemptsPerDay: n });
      setMessage({ ok: true, text: t('complianceOpt.saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    }
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
      <label htmlFor="third-party-max">{t('complianceOpt.thirdPartyMax')}</label>
      <input id="third-party-max" type="number" min={1} max={MAX_ATTEMPTS_PER_DAY} value={value} disabled={locked} onChange={(e) => setValue(e.target.value)} />
      {locked ? <span className="locked">{t('options.locked')}</span> : <button type="submit" aria-label={`${t('complianceOpt.save')} · ${t('complianceOpt.thirdPartyMax')}`} disabled={value.trim() === String(stored)}>{t('complianceOpt.save')}</button>}
      {message && <span className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</span>}
    </form>
  );
}
