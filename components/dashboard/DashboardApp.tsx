// The team dashboard page: import roll-up files, filter, and read what works. Data stays in this
// page's memory (nothing is stored or sent); closing the tab forgets it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { computeModel, NO_FILTERS, type Filters } from '@/lib/analytics/metrics';
import { importChecked, TeamStore, type FileResult } from '@/lib/analytics/rollup-import';
import { checkFiles } from './check-files';
import { pickLocalized, resolveLocale, translator, type Locale } from '@/lib/i18n';
import { useSettings } from '../shared/useSettings';
import { useUiLocale } from '../shared/useUiLocale';
import { FilterBar } from './FilterBar';
import { ImportBox } from './ImportBox';
import { Panels } from './Panels';
import { Totals } from './Totals';

/** The options page's pack editor at a script (PackEditor honours `#edit-script=<pack>/<script>`). */
export function editorUrl(packId: string, scriptId: string): string {
  return `${browser.runtime.getURL('/options.html')}#edit-script=${encodeURIComponent(packId)}/${encodeURIComponent(scriptId)}`;
}

/** Situation titles from the active packs (the supervisor's own browser), when it has them. */
function useSituationTitles(locale: Locale): Map<string, string> {
  const [titles, setTitles] = useState(new Map<string, string>());
  useEffect(() => {
    let alive = true;
    void import('@/lib/packs/active')
      .then((m) => m.loadActivePack())
      .then((a) => alive && setTitles(new Map(a.pack.scenarios.map((s) => [s.id, pickLocalized(s.title, locale)]))))
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, [locale]);
  return titles;
}

export function DashboardApp() {
  const { settings } = useSettings();
  const locale = useUiLocale(settings ? resolveLocale(settings.values.locale, navigator.languages) : null);
  const t = translator(locale);
  const store = useRef(new TeamStore());
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<FileResult[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const titles = useSituationTitles(locale);
  // `version` marks a change inside the (mutable) store.
  const model = useMemo(() => {
    const m = computeModel(store.current, filters);
    performance.mark('daihou:model');
    return m;
  }, [version, filters]);
  const situationLabel = useCallback((id: string) => (id ? (titles.get(id) ?? id) : t('dash.noSituation')), [titles, t]);

  const onFiles = async (files: File[]) => {
    setBusy(true);
    try {
      const checked = await checkFiles(files);
      performance.mark('daihou:files-checked');
      setResults(importChecked(store.current, checked));
      performance.mark('daihou:imported');
      setVersion((v) => v + 1);
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    store.current = new TeamStore();
    setResults([]);
    setFilters(NO_FILTERS);
    setVersion((v) => v + 1);
  };

  // Drawn: the frame after the charts of this model were made (the bench measures import → here).
  useEffect(() => {
    if (!version) return;
    const id = requestAnimationFrame(() => {
      performance.mark('daihou:dashboard-drawn');
      document.body.dataset.dashboardVersion = String(version);
    });
    return () => cancelAnimationFrame(id);
  }, [model, version]);

  const hasData = store.current.files.length > 0;
  return (
    <main className="dashboard" lang={locale} data-testid="dashboard">
      <h1>{t('dash.title')}</h1>
      <ImportBox busy={busy} results={results} onFiles={(f) => void onFiles(f)} onClear={clear} t={t} />
      {!hasData ? (
        <p className="hint" data-testid="dash-empty">{t('dash.empty')}</p>
      ) : (
        <>
          <FilterBar filters={filters} options={model.options} onChange={setFilters} situationLabel={situationLabel} t={t} />
          <Totals totals={model.totals} t={t} />
          <Panels model={model} t={t} situationLabel={situationLabel} editorUrl={editorUrl} />
        </>
      )}
    </main>
  );
}
