// Backup of the whole database as one file, and restore: the file is checked completely first,
// the supervisor confirms, then everything is replaced at once. A bad or foreign file changes
// nothing and the reason is shown.
import { useState } from 'react';
import { createBackup, restoreBackup, TABLE_NAMES, validateBackup, type BackupFile } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';
import { downloadText } from '../files';
import { formatWhen } from './format';
import { StatusLine } from '../policy/PolicyField';
import { useSaveStatus } from '../policy/useSaveStatus';

interface Props {
  t: Translate;
  locale: Locale;
}

type Pending = { name: string; text: string; file: BackupFile };

const MAX_BACKUP_BYTES = 500_000_000;

export function BackupPanel({ t, locale }: Props) {
  const [pending, setPending] = useState<Pending | null>(null);
  const status = useSaveStatus(locale, t);
  const busy = status.busy;

  const counts = (c: Record<string, number>) => TABLE_NAMES.map((n) => `${t(`data.table.${n}`)} ${c[n] ?? 0}`).join(' · ');

  const backup = () =>
    status.run(createBackup, (b) => {
      downloadText(b.filename, b.text);
      return t('data.backupDone', { file: b.filename, counts: counts(b.counts) });
    });

  const choose = async (f: File) => {
    setPending(null);
    if (f.size > MAX_BACKUP_BYTES) return status.fail(t('data.restoreTooLarge'));
    const text = await status.run(() => f.text());
    if (text === undefined) return;
    const file = await status.run(() => validateBackup(text));
    if (file) setPending({ name: f.name, text, file });
  };

  const restore = (p: Pending) =>
    status.run(
      () => restoreBackup(p.text),
      (r) => {
        setPending(null);
        return t('data.restoreDone', { counts: counts(r.counts), date: formatWhen(r.createdAt, locale) });
      },
    );

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
      <StatusLine status={status} testId="backup-message" />
    </div>
  );
}
