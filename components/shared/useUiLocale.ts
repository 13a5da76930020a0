// The locale a page renders in: the wanted one once its table is loaded; until then the one already
// on screen (the page loaded its start locale before its first render), so no key ever shows.
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_LOCALE, isLocaleLoaded, loadedLocale, loadLocale, type Locale } from '@/lib/i18n';

/** `wanted` null: not known yet (settings still loading) — keep the start locale. */
export function useUiLocale(wanted: Locale | null): Locale {
  const shown = useRef<Locale>(loadedLocale() ?? DEFAULT_LOCALE);
  const [, loaded] = useState(0);
  const target = wanted ?? shown.current;
  useEffect(() => {
    if (isLocaleLoaded(target)) return;
    let alive = true;
    void loadLocale(target).then(() => alive && loaded((n) => n + 1));
    return () => {
      alive = false;
    };
  }, [target]);
  if (isLocaleLoaded(target)) shown.current = target;
  return shown.current;
}
