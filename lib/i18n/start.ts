// What a page does before its first render: read the language setting and load only that table.
import { getSettingsQuick } from '@/lib/settings';
import { loadLocale, resolveLocale, type Locale } from './index';

/** The page's start locale, loaded; a settings read that fails falls back to the browser's languages. */
export async function loadStartLocale(): Promise<Locale> {
  const settings = await getSettingsQuick().catch(() => null);
  const locale = resolveLocale(settings?.values.locale, navigator.languages);
  await loadLocale(locale);
  return locale;
}
