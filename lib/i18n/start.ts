// What a page does before its first render: read the language setting and load only that table.
// The browser's own language is what most agents keep ("auto"), so its table starts loading at
// once, beside the settings read, instead of after it.
import { getSettingsQuick } from '@/lib/settings';
import { isLocaleLoaded, loadLocale, resolveLocale, type Locale } from './index';

/** The page's start locale, loaded; a settings read that fails falls back to the browser's languages. */
export async function loadStartLocale(): Promise<Locale> {
  const guess = resolveLocale(undefined, navigator.languages);
  const early = loadLocale(guess);
  const settings = await getSettingsQuick().catch(() => null);
  const locale = resolveLocale(settings?.values.locale, navigator.languages);
  // The chosen table loads last, so it is the page's locale (loadedLocale) at the first render.
  await early.catch(() => undefined);
  if (locale !== guess || !isLocaleLoaded(locale)) await loadLocale(locale).catch(() => undefined);
  return locale;
}
