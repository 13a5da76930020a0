// The side panel: the bound CRM tab's debtor and the call tools around it.
import { useEffect, useMemo, useState } from 'react';
import { createBrowserConnector, type Connector } from '@/lib/connector';
import { debtorKey, hasDebtor } from '@/lib/extract/types';
import { resolveLocale, type Locale } from '@/lib/i18n';
import { defaultSettings, type Settings } from '@/lib/settings';
import { AppEnvContext, makeEnv, useAppEnv } from './AppContext';
import { EmptyState, ListPage, NoDebtor } from './EmptyState';
import { HelpOverlay } from './HelpOverlay';
import { useSettings } from './hooks/useSettings';
import { useTabContext } from './hooks/useTabContext';

// Started at once, so the debtor's tools load while the tab's context is being fetched. Plain
// state rather than React.lazy: Suspense holds a revealed fallback for ~300 ms.
type DebtorScreenModule = typeof import('./DebtorScreen');
let loadedScreen: DebtorScreenModule | null = null;
const debtorScreen = import('./DebtorScreen').then((m) => (loadedScreen = m));

function useDebtorScreen(): DebtorScreenModule | null {
  const [mod, setMod] = useState(loadedScreen);
  useEffect(() => {
    if (!mod) void debtorScreen.then(setMod);
  }, [mod]);
  return mod;
}

function PanelBody({ settings, onHelp }: { settings: Settings; onHelp: () => void }) {
  const { connector, t } = useAppEnv();
  const tab = useTabContext(connector);
  const screen = useDebtorScreen();
  const key = tab.status === 'ready' && hasDebtor(tab.context) ? debtorKey(tab.context) : null;
  const settled = tab.status !== 'loading' && key === null;
  useEffect(() => {
    // Benchmarks read this mark: the empty or error state is on screen (debtors: DebtorScreen).
    if (settled && !performance.getEntriesByName('daihou:panel-ready').length) performance.mark('daihou:panel-ready');
  }, [settled]);
  if (tab.status === 'loading') return <EmptyState title={t('loading')} testId="loading" />;
  if (tab.status === 'no-tab') return <EmptyState title={t('empty.noTab')} />;
  if (tab.status === 'error') return <EmptyState title={t('error.generic', { message: tab.message })} />;
  if (!hasDebtor(tab.context) || !key) return tab.context?.page?.kind === 'list' ? <ListPage /> : <NoDebtor />;
  if (!screen) return <EmptyState title={t('loading')} testId="loading" />;
  return <screen.default tabId={tab.tabId} debtorKey={key} page={tab.context} settings={settings} onHelp={onHelp} />;
}

export function SidePanelApp({ connector, locale }: { connector?: Connector; locale?: Locale }) {
  const { settings } = useSettings();
  const values = settings?.values ?? defaultSettings;
  const uiLocale = locale ?? resolveLocale(values.locale, navigator.languages);
  const conn = useMemo(() => connector ?? createBrowserConnector(), [connector]);
  const env = useMemo(() => makeEnv(conn, uiLocale), [conn, uiLocale]);
  const [help, setHelp] = useState(false);
  useEffect(() => {
    performance.mark('daihou:first-render');
  }, []);
  useEffect(() => {
    document.documentElement.lang = uiLocale;
  }, [uiLocale]);
  return (
    <AppEnvContext.Provider value={env}>
      <main className="panel" lang={uiLocale}>
        <header className="panel-top">
          <span className="app-name">{env.t('app.title')}</span>
          {values.traineeMode && <span className="badge" data-testid="trainee-badge">{env.t('trainee.badge')}</span>}
          <button type="button" className="icon" aria-label={env.t('help.open')} onClick={() => setHelp(true)}>
            ?
          </button>
        </header>
        <PanelBody settings={values} onHelp={() => setHelp(true)} />
        {help && <HelpOverlay onClose={() => setHelp(false)} />}
      </main>
    </AppEnvContext.Provider>
  );
}
