// The debtor's tools, loaded as their own chunk: the pack, the classifier, the compliance guard
// and the database stay out of the panel's first render (the import starts at panel start).
// Their services (records, pack, alarms) come from the connector and are handed down by context.
import { useEffect, type ReactNode } from 'react';
import type { DebtorOnScreen } from '@/lib/call/binding';
import type { DebtorIdentity } from '@/lib/extract/identity';
import type { DebtorContext } from '@/lib/extract/types';
import type { Settings } from '@/lib/settings';
import { useAppEnv } from './AppContext';
import { DebtorView } from './DebtorView';
import { EmptyState } from './EmptyState';
import { IdentityGate } from './IdentityGate';
import { usePack } from './hooks/usePack';
import { useRestoredCall } from './hooks/useCallKeeper';
import { ServicesContext, useLoadServices } from './hooks/useServices';

interface Props {
  tabId: number;
  debtorKey: string;
  page: DebtorContext;
  settings: Settings;
  onHelp: () => void;
  /** A call holds this debtor while the CRM shows another one, or none (see DebtorView). */
  crmShows?: DebtorContext | null;
  onCallHeld?: (held: DebtorOnScreen | null) => void;
}

const markReady = () => {
  // Benchmarks read this mark: the debtor (or an error) is on screen.
  if (!performance.getEntriesByName('daihou:panel-ready').length) performance.mark('daihou:panel-ready');
};

function WithServices({ children }: { children: ReactNode }) {
  const { t } = useAppEnv();
  const loaded = useLoadServices();
  useEffect(() => {
    if (loaded.status === 'error') markReady();
  }, [loaded.status]);
  if (loaded.status === 'error') return <EmptyState title={t('error.generic', { message: loaded.message })} />;
  if (loaded.status === 'loading') return <EmptyState title={t('loading')} testId="loading" />;
  return <ServicesContext.Provider value={loaded.services}>{children}</ServicesContext.Provider>;
}

function DebtorTools({ tabId, debtorKey, page, settings, onHelp, crmShows, onCallHeld }: Props) {
  const { t } = useAppEnv();
  const pack = usePack();
  const settled = pack.status !== 'loading';
  useEffect(() => {
    if (settled) markReady();
  }, [settled]);
  if (pack.status === 'error') return <EmptyState title={t('pack.loadFailed', { message: pack.message })} />;
  if (pack.status === 'loading') return <EmptyState title={t('loading')} testId="loading" />;
  // Keyed by debtor: a new debtor mounts fresh views, so nothing of the previous one lingers
  // (a debtor with a call in progress stays: the panel keeps passing its key until it is saved).
  return <DebtorOrRestored {...{ tabId, debtorKey, page, pack, settings, onHelp, crmShows, onCallHeld }} />;
}

/** The debtor's view, or the call kept for this tab and debtor while the panel was closed: the view
 *  shows at once, and is mounted again with the kept call if one is found (useRestoredCall). */
function DebtorOrRestored(props: Props & { pack: Extract<ReturnType<typeof usePack>, { status: 'ready' }> }) {
  const { tabId, debtorKey, page, pack, settings, onHelp, crmShows, onCallHeld } = props;
  const restored = useRestoredCall(tabId, debtorKey);
  return <DebtorView key={restored ? `${debtorKey}#restored` : debtorKey} restored={restored} tabId={tabId} debtorKey={debtorKey} page={page} pack={pack} settings={settings} onHelp={onHelp} crmShows={crmShows} onCallHeld={onCallHeld} />;
}

export default function DebtorScreen(props: Props) {
  return (
    <WithServices>
      <DebtorTools {...props} />
    </WithServices>
  );
}

/** "是否为同一客户？" with the records it asks about (see IdentityGate). */
export function IdentityGateScreen(props: { identity: DebtorIdentity; page: DebtorContext }) {
  return (
    <WithServices>
      <IdentityGate {...props} />
    </WithServices>
  );
}
