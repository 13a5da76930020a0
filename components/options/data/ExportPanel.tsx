// Export calls (with notes and promises) by date range as CSV (UTF-8 with BOM, for Excel) or JSON.
import { useState } from 'react';
import { exportRange } from '@/lib/db';
import { addDays, isISODay, todayISO } from '@/lib/time';
import type { Locale, Translate } from '@/lib/i18n';
import { downloadText } from '../files';
import { StatusLine } from '../policy/PolicyField';
import { useSaveStatus } from '../policy/useSaveStatus';

interface Props {
  t: Translate;
  locale: Locale;
}

export function ExportPanel({ t, locale }: Props) {
  const today = todayISO();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const status = useSaveStatus(locale, t);
  const busy = status.busy;

  const run = async (format: 'csv' | 'json') => {
    if (!isISODay(from) || !isISODay(to)) return status.fail(t('data.exportBadDate'));
    if (from > to) return status.fail(t('data.exportBadRange'));
    await status.run(
      () => exportRange({ from, to }, format, { locale }),
      (file) => {
        downloadText(file.filename, file.text, file.mime.split(';')[0]);
        return t('data.exported', { count: file.count, file: file.filename });
      },
    );
  };

  return (
    <div className="data-block" data-testid="data-export">
      <h3>{t('data.exportTitle')}</h3>
      <div className="row wrap">
        <label>
          {t('data.from')} <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('data.to')} <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          {t('data.exportCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('json')}>
          {t('data.exportJson')}
        </button>
      </div>
      <p className="hint">{t('data.exportHelp')}</p>
      <StatusLine status={status} />
    </div>
  );
}
