// Export all adapters as JSON, or import a file: every problem is listed with its JSON path in
// the UI language, and nothing is saved unless the whole file is valid.
import { useRef, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n';
import { exportAdapters, importAdapters, mergeAdapters, type AdapterIssue, type SiteAdapter } from '@/lib/extract/adapters';
import { downloadText } from '../files';
import { issueText } from './draft';

const MAX_IMPORT_BYTES = 2_000_000;

interface Props {
  adapters: SiteAdapter[];
  save: (next: SiteAdapter[]) => Promise<void>;
  t: Translate;
  locale: Locale;
}

type Result = { kind: 'issues'; file: string; issues: AdapterIssue[] } | { kind: 'done'; added: number; replaced: number } | { kind: 'error'; message: string };

export function AdapterTransfer({ adapters, save, t, locale }: Props) {
  const [result, setResult] = useState<Result | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    setResult(null);
    if (file.size > MAX_IMPORT_BYTES) return setResult({ kind: 'error', message: t('adapters.fileTooLarge') });
    const r = importAdapters(await file.text());
    if (!r.ok) return setResult({ kind: 'issues', file: file.name, issues: r.issues });
    const ids = new Set(adapters.map((a) => a.id));
    const replaced = r.adapters.filter((a) => ids.has(a.id)).length;
    try {
      await save(mergeAdapters(adapters, r.adapters));
      setResult({ kind: 'done', added: r.adapters.length - replaced, replaced });
    } catch (e) {
      setResult({ kind: 'error', message: t('adapters.saveFailed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  return (
    <div className="adapter-transfer">
      <div className="row wrap">
        <button type="button" data-testid="adapters-export" disabled={!adapters.length} onClick={() => downloadText('daihou-adapters.json', exportAdapters(adapters))}>
          {t('adapters.export')}
        </button>
        <label className="file-button">
          {t('adapters.import')}
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            data-testid="adapters-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {result?.kind === 'issues' && (
        <div className="error-box" role="alert" data-testid="adapters-import-issues">
          <p>{t('adapters.importRefused', { file: result.file })}</p>
          <ul>
            {result.issues.map((i, n) => (
              <li key={n}>
                <code>{i.path || t('adapters.wholeFile')}</code> {issueText(i, t, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.kind === 'error' && (
        <p className="error" role="alert">
          {result.message}
        </p>
      )}
      {result?.kind === 'done' && (
        <p className="ok" role="status" data-testid="adapters-import-done">
          {t('adapters.imported', { added: result.added, replaced: result.replaced })}
        </p>
      )}
    </div>
  );
}
