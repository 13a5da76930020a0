// Backup of the whole database as one file, and restore: the file is checked completely first,
// the supervisor confirms, then everything is replaced at once. A bad or foreign file changes
// nothing and the reason is shown.
import { useState } from 'react';
import { createBackup, restoreBackup, TABLE_NAMES, validateBackup, type BackupFile } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';
import { downloadText } from '../files';
import { errorText, formatWhen } from './format';

interface Props {
  t: Translate;
  locale: Locale;
}

type Pending = { name: string; text: string; file: BackupFile };
type Message = { ok: boolean; text: string };

const MAX_BACKUP_BYTES = 500_000_000;

export function BackupPanel({ t, locale }: Props) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const counts = (c: Record<string, number>) => TABLE_NAMES.map((n) => `${t(`data.table.${n}`)} ${c[n] ?? 0}`).join(' · ');

  const backup = async () => {
    setMessage(null);
    setBusy(true);
    try {
      const b = await createBackup();
      downloadText(b.filename, b.text);
      setMessage({ ok: true, text: t('data.backupDone', { file: b.filename, counts: counts(b.counts) }) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (f: File) => {
    setMessage(null);
    setPending(null);
    if (f.size > MAX_BACKUP_BYTES) return setMessage({ ok: false, text: t('data.restoreTooLarge') });
    setBusy(true);
    try {
      const text = await f.text();
      setPending({ name: f.name, text, file: await validateBackup(text) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (p: Pending) => {
    setBusy(true);
    try {
      const r = await restoreBackup(p.text);
      setPending(null);
      setMessage({ ok: true, text: t('data.restoreDone', { counts: counts(r.counts), date: formatWhen(r.createdAt, locale) }) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, locale, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-block" data-testid="data-backup">
      <h3>{t('data.backupTitle')}</h3>
      <p className="hint">{t('data.backupHelp')}</p>
      <div className="row wrap">
        <button type="button" data-testid="backup-button" disabled={busy} onClick={() => void backup()}>
          {t('data.backupButton')}
        </button>
        <label className="file-button">
          {t('data.restoreChoose')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="restore-file"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void choose(f);
            }}
          />
        </label>
      </div>
      {pending && (
        <div className="confirm-box" role="alertdialog" aria-labelledby="restore-confirm-text" data-testid="restore-confirm">
          <p id="restore-confirm-text">
            {t('data.restoreConfirm', { file: pending.name, date: formatWhen(pending.file.createdAt, locale), counts: counts(pending.file.counts) })}
          </p>
          <div className="row">
            <button type="button" className="danger" data-testid="restore-confirm-button" disabled={busy} onClick={() => void restore(pending)}>
              {t('data.restoreReplace')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="backup-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
