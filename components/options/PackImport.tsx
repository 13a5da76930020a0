// Options → Packs → Import: a .json file (plain pack or signed envelope). Errors name the JSON
// path in the UI language; a pack not signed by a trusted key needs an explicit confirmation.
import { useRef, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n';
import { importPackText } from '@/lib/packs/library';
import type { PackError } from '@/lib/packs/validate';
import { readChosenFile } from './files';

interface Props {
  t: Translate;
  locale: Locale;
}

type Pending = { text: string; packId: string; reasons: PackError[] };

export function ErrorList({ errors, t, testId }: { errors: PackError[]; t: Translate; testId: string }) {
  if (!errors.length) return null;
  return (
    <ul className="error pack-errors" role="alert" data-testid={testId}>
      {errors.slice(0, 50).map((e, i) => (
        <li key={i} data-path={e.path} data-code={e.code}>
          <code>{e.path || t('packs.wholeFile')}</code>: {e.message}
        </li>
      ))}
      {errors.length > 50 && <li>{t('packs.moreErrors', { count: errors.length - 50 })}</li>}
    </ul>
  );
}

export function PackImport({ t, locale }: Props) {
  const [errors, setErrors] = useState<PackError[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const run = async (text: string, confirmUnverified: boolean) => {
    setBusy(true);
    try {
      const r = await importPackText(text, { locale, confirmUnverified });
      if (r.ok) {
        setPending(null);
        setErrors([]);
        setDone(t(r.verified === 'signed' ? 'packs.importedSigned' : 'packs.importedUnverified', { id: r.id }));
      } else if ('needsConfirmation' in r) {
        setPending({ text, packId: r.packId, reasons: r.errors });
        setConfirmed(false);
      } else {
        setPending(null);
        setErrors(r.errors);
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const onFile = async (file: File | undefined) => {
    setErrors([]);
    setDone(null);
    setPending(null);
    if (!file) return;
    const read = await readChosenFile(file);
    if (!read.ok) return setErrors([{ path: '', code: 'file-too-large', message: t('packs.fileTooLarge') }]);
    await run(read.text, false);
  };

  return (
    <section className="card" aria-labelledby="packs-import-title">
      <h2 id="packs-import-title">{t('packs.import')}</h2>
      <p className="hint">{t('packs.importHelp')}</p>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        data-testid="pack-import-file"
        aria-label={t('packs.import')}
        disabled={busy}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <ErrorList errors={errors} t={t} testId="pack-import-errors" />
      {pending && (
        <div className="confirm-box" data-testid="pack-import-confirm" role="alertdialog" aria-labelledby="pack-unverified-title">
          <p id="pack-unverified-title" className="locked">
            ⚠ {t('packs.unverifiedWarning', { id: pending.packId })}
          </p>
          {pending.reasons.map((r, i) => (
            <p key={i} className="hint">
              {r.message}
            </p>
          ))}
          <label className="row">
            <input type="checkbox" data-testid="pack-import-confirm-check" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('packs.confirmUnverifiedLabel')}
          </label>
          <div className="row">
            <button type="button" className="primary" data-testid="pack-import-confirm-button" disabled={!confirmed || busy} onClick={() => void run(pending.text, true)}>
              {t('packs.installUnverified')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('packs.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role="status" data-testid="pack-import-result">
          {done}
        </p>
      )}
    </section>
  );
}
