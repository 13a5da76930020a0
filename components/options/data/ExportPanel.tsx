// Export calls (with notes and promises) by date range as CSV (UTF-8 with BOM, for Excel) or JSON.
import { useState } from 'react';
import { exportRange } from '@/lib/db';
import { addDays, isISODay, todayISO } from '@/lib/time';
import type { Locale, Translate } from '@/lib/i18n';
import { downloadText } from '../files';
import { errorText } from './format';

interface Props {
  t: Translate;
  locale: Locale;
}

export function ExportPanel({ t, locale }: Props) {
  const today = todayISO();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (format: 'csv' | 'json') => {
    setMessage(null);
    if (!isISODay(from) || !isISODay(to)) return setMessage({ ok: false, text: t('data.exportBadDate') });
    if (from > to) return setMessage({ ok: false, text: t('data.exportBadRange') });
    setBusy(true);
    try {
      const file = await exportRange({ from, to }, format, { locale });
      downloadText(file.filename, file.text, file.mime.split(';')[0]);
      setMessage({ ok: true, text: t('data.exported', { count: file.count, file: file.filename }) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    } finally {
      setBusy(false);
    }
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
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
