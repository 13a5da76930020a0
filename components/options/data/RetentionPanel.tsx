// How long call notes are kept (default 730 days; locked when policy sets it) and a manual purge
// that reports how many notes went. Notes backing a pending promise are kept. Under cn-bank call
// records are kept at least two years (信用卡办法 Art. 68): the page says so and refuses less.
import { useEffect, useState } from 'react';
import { effectiveRetentionDays, minRetentionDays } from '@/lib/compliance/retention';
import { purgeExpiredNotes } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { errorText } from './format';
import type { SettingsSectionProps } from '../../hooks/useSettings';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

const MAX_DAYS = 3650;

export function RetentionPanel({ settings, update, t, locale }: Props) {
  const floor = minRetentionDays(settings.values.complianceProfile);
  const stored = settings.values.retentionDays;
  const applied = effectiveRetentionDays(settings.values.complianceProfile, stored);
  const locked = settings.locked.includes('retentionDays');
  const [days, setDays] = useState(String(stored));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDays(String(stored)), [stored]);

  const parsed = Number(days);
  const valid = /^\d+$/.test(days.trim()) && parsed >= 1 && parsed <= MAX_DAYS;

  const save = async () => {
    setMessage(null);
    if (!valid) return setMessage({ ok: false, text: t('data.retentionInvalid', { max: MAX_DAYS }) });
    if (parsed < floor) return setMessage({ ok: false, text: t('data.retentionBelowFloor', { days: floor }) });
    try {
      await update({ retentionDays: parsed });
      setMessage({ ok: true, text: t('data.retentionSaved', { days: parsed }) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    }
  };

  const purge = async () => {
    setMessage(null);
    setBusy(true);
    try {
      const r = await purgeExpiredNotes(applied);
      setMessage({ ok: true, text: t('data.purged', { count: r.purged, kept: r.keptForPendingPromise, days: applied }) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-block" data-testid="data-retention">
      <h3>{t('data.retentionTitle')}</h3>
      <form
        className="row wrap"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor="retention-days">{t('data.retentionDays')}</label>
        <input
          id="retention-days"
          data-testid="retention-days"
          type="number"
          min={floor}
          max={MAX_DAYS}
          inputMode="numeric"
          value={days}
          disabled={locked}
          aria-invalid={!valid || undefined}
          aria-describedby="retention-help"
          onChange={(e) => setDays(e.target.value)}
        />
        {locked ? (
          <span className="locked">{t('options.locked')}</span>
        ) : (
          <button type="submit" disabled={String(stored) === days.trim()}>
            {t('data.save')}
          </button>
        )}
        <button type="button" data-testid="purge-now" disabled={busy} onClick={() => void purge()}>
          {t('data.purgeNow')}
        </button>
      </form>
      <p className="hint" id="retention-help">
        {t('data.retentionHelp', { days: applied })}
      </p>
      {floor > 1 && (
        <p className="hint" data-testid="retention-floor">
          {t('data.retentionFloor', { days: floor })}
        </p>
      )}
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="retention-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
