// The debtor's tools, loaded as their own chunk: the pack, the classifier, the compliance guard
// and the database stay out of the panel's first render (the import starts at panel start).
import { useEffect } from 'react';
import type { DebtorOnScreen } from '@/lib/call/binding';
import type { DebtorContext } from '@/lib/extract/types';
import type { Settings } from '@/lib/settings';
import { useAppEnv } from './AppContext';
import { DebtorView } from './DebtorView';
import { EmptyState } from './EmptyState';
import { usePack } from './hooks/usePack';

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

export default function DebtorScreen({ tabId, debtorKey, page, settings, onHelp, crmShows, onCallHeld }: Props) {
  const { t } = useAppEnv();
  const pack = usePack();
  const settled = pack.status !== 'loading';
  useEffect(() => {
    // Benchmarks read this mark: the debtor (or an error) is on screen.
    if (settled && !performance.getEntriesByName('daihou:panel-ready').length) performance.mark('daihou:panel-ready');
  }, [settled]);
  if (pack.status === 'error') return <EmptyState title={t('pack.loadFailed', { message: pack.message })} />;
  if (pack.status === 'loading') return <EmptyState title={t('loading')} testId="loading" />;
  // Keyed by debtor: a new debtor mounts fresh views, so nothing of the previous one lingers
  // (a debtor with a call in progress stays: the panel keeps passing its key until it is saved).
  return <DebtorView key={debtorKey} tabId={tabId} debtorKey={debtorKey} page={page} pack={pack} settings={settings} onHelp={onHelp} crmShows={crmShows} onCallHeld={onCallHeld} />;
}

export { IdentityGate } from './IdentityGate';
