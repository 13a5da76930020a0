// The debtor shown in the bound CRM tab, kept current: a new debtor replaces the old one at once
// (never the previous debtor's data under the new one).
import { useEffect, useState } from 'react';
import type { DebtorContext } from '@/lib/extract/types';
import { useAppEnv } from '../AppContext';

export type TabState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'ready'; tabId: number; url: string | null; context: DebtorContext | null }
  | { status: 'error'; message: string };

export function useTabContext(): TabState {
  const { connector } = useAppEnv();
  const [state, setState] = useState<TabState>({ status: 'loading' });

  useEffect(() => {
    let alive = true;
    let tabId: number | null = null;
    const load = async (id: number | null) => {
      tabId = id;
      if (id === null) return setState({ status: 'no-tab' });
      try {
        const got = await connector.getContext(id);
        if (alive && tabId === id) setState({ status: 'ready', tabId: id, url: got.url, context: got.context });
      } catch (e) {
        if (alive) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    };
    void connector.boundTab().then(load);
    const offTab = connector.onBoundTabChanged((id) => {
      setState({ status: 'loading' });
      void load(id);
    });
    const offCtx = connector.onContextChanged((msg) => {
      if (alive && msg.tabId === tabId)
        setState({ status: 'ready', tabId: msg.tabId, url: msg.url, context: msg.context });
    });
    return () => {
      alive = false;
      offTab();
      offCtx();
    };
  }, [connector]);

  return state;
}
