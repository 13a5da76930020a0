// The active script pack (the library's enabled packs merged) and its classifier, rebuilt when
// the library changes. The classifier is built once per pack, not per keystroke.
import { useEffect, useMemo, useState } from 'react';
import type { ActivePack } from '@/lib/packs/active';
import { buildClassifier, type Classifier } from '@/lib/suggest/classifier';
import { useServices } from './useServices';

export type PackState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; active: ActivePack; classifier: Classifier };

export function usePack(): PackState {
  const services = useServices();
  const [active, setActive] = useState<ActivePack | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      services.loadPack().then(
        (a) => alive && (setActive(a), setError(null)),
        (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
      );
    void load();
    const off = services.onPackChanged(() => void load());
    return () => {
      alive = false;
      off();
    };
  }, [services]);
  const classifier = useMemo(() => (active ? buildClassifier(active.pack) : null), [active]);
  if (error) return { status: 'error', message: error };
  if (!active || !classifier) return { status: 'loading' };
  return { status: 'ready', active, classifier };
}
