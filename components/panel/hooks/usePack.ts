// The active script pack (the library's enabled packs merged) and its classifier, rebuilt when
// the library changes. The classifier is built once per pack, not per keystroke, just after paint.
import { useEffect, useState } from 'react';
import type { ActivePack } from '@/lib/packs/active';
import { buildClassifier, type Classifier } from '@/lib/suggest/classifier';
import { useServices } from './useServices';

export type PackState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `classifier` is null for the moment between the debtor's first paint and its build. */
  | { status: 'ready'; active: ActivePack; classifier: Classifier | null };

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
  // Built in the task after the debtor is painted (tens of ms for a large pack): the panel is on
  // screen first, and an utterance typed meanwhile is classified as soon as it is built.
  const [built, setBuilt] = useState<{ for: ActivePack; classifier: Classifier } | null>(null);
  useEffect(() => {
    if (!active) return;
    const id = setTimeout(() => setBuilt({ for: active, classifier: buildClassifier(active.pack) }), 0);
    return () => clearTimeout(id);
  }, [active]);
  if (error) return { status: 'error', message: error };
  if (!active) return { status: 'loading' };
  return { status: 'ready', active, classifier: built?.for === active ? built.classifier : null };
}
