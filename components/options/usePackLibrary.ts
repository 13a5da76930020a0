// The installed packs and the merged active pack for the options page, reloaded on any change.
import { useCallback, useEffect, useState } from 'react';
import { loadActivePack, type ActivePack } from '@/lib/packs/active';
import { getLibrary, watchLibrary, type Library } from '@/lib/packs/library';

export function usePackLibrary() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [active, setActive] = useState<ActivePack | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [lib, act] = await Promise.all([getLibrary(), loadActivePack()]);
      setLibrary(lib);
      setActive(act);
      setLoadError(null);
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void reload();
    return watchLibrary(() => void reload());
  }, [reload]);
  return { library, active, loadError, reload };
}
