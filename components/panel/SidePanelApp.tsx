// The side panel: the bound CRM tab's debtor and the call tools around it.
import { useEffect, useMemo, useState } from 'react';
import { createBrowserConnector, type Connector } from '@/lib/connector';
import { hasDebtor } from '@/lib/extract/types';
import { resolveLocale, type Locale } from '@/lib/i18n';
import { defaultSettings, type Settings } from '@/lib/settings';
import { AppEnvContext, makeEnv, useAppEnv } from './AppContext';
import { EmptyState, ListPage, NoDebtor } from './EmptyState';
import { HelpOverlay } from './HelpOverlay';
import { MyDayFold } from '../myday/MyDayFold';
import { ListenControls } from './live/ListenControls';
import { useCallBinding } from './hooks/useCallBinding';
import { useIdentity } from './hooks/useIdentity';
import { useSettingsFrom } from '../shared/useSettings';
import { useUiLocale } from '../shared/useUiLocale';
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
  const { t } = useAppEnv();
  const tab = useTabContext();
  const screen = useDebtorScreen();
  // Who the page shows, as the record to keep: a weak identity waits for the agent (IdentityGate).
  const identity = useIdentity(tab.status === 'ready' && hasDebtor(tab.context) ? tab.context : null);
  const key = identity.status === 'resolved' ? identity.key : null;
  const { binding, onCallHeld } = useCallBinding(tab, key); // a call in progress keeps its debtor
  const settled = tab.status !== 'loading' && key === null;
  useEffect(() => {
    // Benchmarks read this mark: the empty or error state is on screen (debtors: DebtorScreen).
    if (settled && !performance.getEntriesByName('daihou:panel-ready').length) performance.mark('daihou:panel-ready');
  }, [settled]);
  if (binding.kind === 'call' && screen)
    return <screen.default tabId={binding.debtor.tabId} debtorKey={binding.debtor.key} page={binding.debtor.context} crmShows={binding.crm?.context ?? null} onCallHeld={onCallHeld} settings={settings} onHelp={onHelp} />;
  if (tab.status === 'loading') return <EmptyState title={t('loading')} testId="loading" />;
  if (tab.status === 'no-tab') return <EmptyState title={t('empty.noTab')} />;
  if (tab.status === 'error') return <EmptyState title={t('error.generic', { message: tab.message })} />;
  if (tab.context?.page?.kind === 'list') return <ListPage />;
  if (!hasDebtor(tab.context)) return <NoDebtor />;
  if (identity.status === 'none') return <EmptyState title={t('identity.unsure')} hint={t('identity.unsureHint')} testId="identity-unsure" />;
  if (!screen) return <EmptyState title={t('loading')} testId="loading" />;
  if (identity.status === 'ask') return <screen.IdentityGateScreen identity={identity.identity} page={tab.context} />;
  if (!key) return <NoDebtor />;
  return <screen.default tabId={tab.tabId} debtorKey={key} page={tab.context} onCallHeld={onCallHeld} settings={settings} onHelp={onHelp} />;
}

export function SidePanelApp({ connector, locale }: { connector?: Connector; locale?: Locale }) {
  const conn = useMemo(() => connector ?? createBrowserConnector(), [connector]);
  const settings = useSettingsFrom(conn.settings);
  const values = settings?.values ?? defaultSettings;
  const uiLocale = useUiLocale(locale ?? (settings ? resolveLocale(settings.values.locale, navigator.languages) : null));
  const env = useMemo(() => makeEnv(conn, uiLocale), [conn, uiLocale]);
  const [help, setHelp] = useState(false);
  useEffect(() => {
    performance.mark('daihou:first-render');
  }, []);
  useEffect(() => {
    // Like DebtorScreen's chunk, the services (database, pack) start loading at panel start.
    void conn.services().catch(() => {});
  }, [conn]);
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
        <ListenControls />
        <PanelBody settings={values} onHelp={() => setHelp(true)} />
        <MyDayFold />
        {help && <HelpOverlay onClose={() => setHelp(false)} />}
      </main>
    </AppEnvContext.Provider>
  );
}
