// How long call notes are kept (default 730 days; locked when policy sets it) and a manual purge
// that reports how many notes went. Notes backing a pending promise are kept. Under cn-bank call
// records are kept at least two years (信用卡办法 Art. 68): the page says so and refuses less.
import { useEffect, useState } from 'react';
import { effectiveRetentionDays, minRetentionDays } from '@/lib/compliance/retention';
import { purgeExpiredNotes } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { PolicyField, StatusLine } from '../policy/PolicyField';
import { useSaveStatus } from '../policy/useSaveStatus';
import type { SettingsSectionProps } from '../../shared/useSettings';

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
  const status = useSaveStatus(locale, t);
  useEffect(() => setDays(String(stored)), [stored]);

  const parsed = Number(days);
  const valid = /^\d+$/.test(days.trim()) && parsed >= 1 && parsed <= MAX_DAYS;

  const save = async () => {
    if (!valid) return status.fail(t('data.retentionInvalid', { max: MAX_DAYS }));
    if (parsed < floor) return status.fail(t('data.retentionBelowFloor', { days: floor }));
    await status.run(() => update({ retentionDays: parsed }), () => t('data.retentionSaved', { days: parsed }));
  };

  const purge = () =>
    status.run(
      () => purgeExpiredNotes(applied),
      (r) => t('data.purged', { count: r.purged, kept: r.keptForPendingPromise, days: applied }),
    );

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
        <PolicyField id="retention-days" label={t('data.retentionDays')} locked={locked} t={t}>
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
        </PolicyField>
        {!locked && (
          <button type="submit" disabled={String(stored) === days.trim()}>
            {t('data.save')}
          </button>
        )}
        <button type="button" data-testid="purge-now" disabled={status.busy} onClick={() => void purge()}>
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
      <StatusLine status={status} testId="retention-message" />
    </div>
  );
}
