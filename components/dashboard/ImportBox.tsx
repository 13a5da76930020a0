// Import roll-up files (many at once) and say what happened to each, by name.
import type { FileResult } from '@/lib/analytics/rollup-import';
import type { Translate } from '@/lib/i18n';

interface Props {
  busy: boolean;
  results: readonly FileResult[];
  onFiles: (files: File[]) => void;
  onClear: () => void;
  t: Translate;
}

export function resultText(r: FileResult, t: Translate): string {
  switch (r.status) {
    case 'imported':
      return r.skippedDays
        ? t('dash.importedSkipped', { file: r.name, agent: r.agentId, days: r.days, skipped: r.skippedDays })
        : t('dash.imported', { file: r.name, agent: r.agentId, days: r.days, calls: r.calls });
    case 'duplicate':
      return t('dash.duplicate', { file: r.name, agent: r.agentId });
    case 'overlap':
      return t('dash.overlap', { file: r.name, agent: r.agentId });
    case 'refused':
      return t(`dash.refused.${r.reason}`, { file: r.name });
  }
}

export function ImportBox({ busy, results, onFiles, onClear, t }: Props) {
  return (
    <section className="card dash-import" aria-labelledby="dash-import-title">
      <h2 id="dash-import-title">{t('dash.import')}</h2>
      <div className="row wrap">
        <input
          type="file"
          multiple
          accept=".json,application/json"
          disabled={busy}
          aria-label={t('dash.import')}
          data-testid="dash-import"
          onChange={(e) => {
            performance.mark('daihou:import-start');
            const list = [...(e.target.files ?? [])];
            e.target.value = '';
            if (list.length) onFiles(list);
          }}
        />
        <button type="button" onClick={onClear} disabled={busy}>
          {t('dash.clear')}
        </button>
      </div>
      <p className="hint">{t('dash.importHelp')}</p>
      {results.length > 0 && (
        <ul className="dash-report" data-testid="import-report" aria-live="polite">
          {results.map((r, i) => (
            <li key={`${r.name}-${i}`} className={r.status === 'refused' ? 'error' : r.status === 'imported' ? 'ok' : 'hint'} data-status={r.status} data-file={r.name}>
              {resultText(r, t)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
