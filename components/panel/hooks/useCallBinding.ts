// Which debtor the panel shows (lib/call/binding): the CRM tab's, or the live call's while that
// call lasts. DebtorView reports its call through onCallHeld; this hook only remembers it.
import { useMemo, useState } from 'react';
import { bindPanel, type DebtorOnScreen, type PanelBinding } from '@/lib/call/binding';
import type { TabState } from './useTabContext';

export function useCallBinding(tab: TabState, key: string | null): { binding: PanelBinding; onCallHeld: (held: DebtorOnScreen | null) => void } {
  const [held, setHeld] = useState<DebtorOnScreen | null>(null);
  const onTab = useMemo(
    () => (tab.status === 'ready' && tab.context && key !== null ? { key, context: tab.context, tabId: tab.tabId } : null),
    [tab, key],
  );
  return { binding: bindPanel(onTab, held), onCallHeld: setHeld };
}
