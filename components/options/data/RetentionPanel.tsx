// How long call notes are kept (default 180 days; locked when policy sets it) and a manual purge
// that reports how many notes went. Notes backing a pending promise are kept.
import { useEffect, useState } from 'react';
import { purgeExpiredNotes } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { errorText } from './format';
import type { SettingsSectionProps } from '../../hooks/useSettings';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

const MAX_DAYS = 3650;

export function RetentionPanel({ settings, update, t, locale }: Props) {
  const stored = settings.values.retentionDays;
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
      const r = await purgeExpiredNotes(stored);
      setMessage({ ok: true, text: t('data.purged', { count: r.purged, kept: r.keptForPendingPromise, days: stored }) });
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
          min={1}
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
        {t('data.retentionHelp', { days: stored })}
      </p>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="retention-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
