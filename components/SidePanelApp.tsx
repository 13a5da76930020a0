// The side panel: the bound CRM tab's debtor, and the call tools around it.
import { useEffect, useMemo } from 'react';
import { createBrowserConnector, type Connector } from '@/lib/connector';
import { debtorKey, hasDebtor } from '@/lib/extract/types';
import { resolveLocale, type Locale } from '@/lib/i18n';
import { AppEnvContext, makeEnv, useAppEnv } from './AppContext';
import { ContextCard } from './ContextCard';
import { EmptyState, NoDebtor } from './EmptyState';
import { NoteBox } from './NoteBox';
import { useTabContext } from './hooks/useTabContext';

function PanelBody() {
  const { connector, t } = useAppEnv();
  const tab = useTabContext(connector);
  const settled = tab.status !== 'loading';
  useEffect(() => {
    // Benchmarks read these marks: first render, and the debtor (or empty state) on screen.
    if (settled && !performance.getEntriesByName('daihou:panel-ready').length) performance.mark('daihou:panel-ready');
  }, [settled]);
  if (tab.status === 'loading') return <EmptyState title={t('loading')} />;
  if (tab.status === 'no-tab') return <EmptyState title={t('empty.noTab')} />;
  if (tab.status === 'error') return <EmptyState title={t('error.generic', { message: tab.message })} />;
  if (!hasDebtor(tab.context)) return <NoDebtor />;
  const key = debtorKey(tab.context);
  return (
    // Keyed by debtor: a new debtor mounts fresh views, so nothing of the previous one lingers.
    <div key={key ?? tab.context.url} className="panel-body" data-debtor={key ?? ''}>
      <ContextCard context={tab.context} />
      {key && <NoteBox debtorKey={key} />}
    </div>
  );
}

export function SidePanelApp({ connector, locale }: { connector?: Connector; locale?: Locale }) {
  const env = useMemo(
    () => makeEnv(connector ?? createBrowserConnector(), locale ?? resolveLocale(undefined, navigator.languages)),
    [connector, locale],
  );
  useEffect(() => {
    performance.mark('daihou:first-render');
  }, []);
  return (
    <AppEnvContext.Provider value={env}>
      <main className="panel" lang={env.locale}>
        <PanelBody />
      </main>
    </AppEnvContext.Provider>
  );
}
