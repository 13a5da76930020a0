// The debtor's tools' services (lib/panel-services: records, pack, alarms), loaded once from the
// connector and handed down through a context, so every hook below reads the same records.
import { createContext, useContext, useEffect, useState } from 'react';
import type { Connector } from '@/lib/connector';
import type { PanelServices } from '@/lib/panel-services';
import { useAppEnv } from '../AppContext';

export const ServicesContext = createContext<PanelServices | null>(null);

export function useServices(): PanelServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext missing');
  return services;
}

export type ServicesState =
  | { status: 'loading' }
  | { status: 'ready'; services: PanelServices }
  | { status: 'error'; message: string };

// Once loaded, a connector's services are shown without a loading frame (IdentityGate → DebtorScreen).
const loaded = new WeakMap<Connector, PanelServices>();

export function useLoadServices(): ServicesState {
  const { connector } = useAppEnv();
  const [state, setState] = useState<ServicesState>(() => {
    const known = loaded.get(connector);
    return known ? { status: 'ready', services: known } : { status: 'loading' };
  });
  useEffect(() => {
    let alive = true;
    connector.services().then(
      (services) => {
        loaded.set(connector, services);
        if (alive) setState((s) => (s.status === 'ready' && s.services === services ? s : { status: 'ready', services }));
      },
      (e: unknown) => alive && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  }, [connector]);
  return state;
}
