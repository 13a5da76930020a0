// UI strings in zh-CN (default), zh-TW and en, as ICU messages. Keys are grouped by the view that
// owns them; every key exists in all three locales with the same parameters (a unit test checks
// it). Tables are loaded on demand: a page loads its active locale before its first render
// (`loadLocale`), so the other two are never parsed unless the agent switches language.
import type { zhCN } from './zh-CN';
import type { en } from './en';
import { formatMessage, type MessageValues } from './format';
import type { Locale } from './locale';
import type { ParamsOf } from './params';

export { LOCALES, DEFAULT_LOCALE, isLocale, pickLocalized, resolveLocale } from './locale';
export type { Locale, Localized, PartialLocalized } from './locale';
export { formatMessage } from './format';

export type MessageKey = keyof typeof zhCN;
export type MessageTable = Record<MessageKey, string>;
// Read from the English texts, which carry the plurals; the parity test holds the other locales to
// the same parameter names. Per key, as a mapped type (a key union never multiplies texts).
type ParamsTable = { [K in MessageKey]: ParamsOf<(typeof en)[K]> };
type ArgsTable = { [K in MessageKey]: ParamsTable[K] extends undefined ? [] : [params: ParamsTable[K]] };
/** The parameters `t(key, …)` wants for a key (`undefined`: none); a plural's count is a number. */
export type MessageParams<K extends MessageKey> = ParamsTable[K];

export type Translate = <K extends MessageKey>(key: K, ...params: ArgsTable[K]) => string;

const importers: Record<Locale, () => Promise<MessageTable>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.zhTW),
  en: () => import('./en').then((m) => m.en),
};
const tables = new Map<Locale, MessageTable>();
const pending = new Map<Locale, Promise<MessageTable>>();
let lastLoaded: Locale | null = null;

/** Load a locale's table (once); resolves when `translator(locale)` can use it. */
export function loadLocale(locale: Locale): Promise<MessageTable> {
  const have = tables.get(locale);
  if (have) return Promise.resolve(have);
  let p = pending.get(locale);
  if (!p) {
    p = importers[locale]().then((table) => {
      tables.set(locale, table);
      lastLoaded = locale;
      return table;
    });
    pending.set(locale, p);
  }
  return p;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return tables.has(locale);
}

/** The locale loaded most recently (the page's start locale until the agent switches), if any. */
export function loadedLocale(): Locale | null {
  return lastLoaded;
}

/**
 * A translator for a loaded locale. Asked for one not loaded yet, it answers from the last loaded
 * table (never keys) — callers load first: pages with `loadLocale`, React with `useUiLocale`.
 */
export function translator(locale: Locale): Translate {
  const table = tables.get(locale) ?? (lastLoaded ? tables.get(lastLoaded) : undefined);
  const textLocale = tables.has(locale) ? locale : (lastLoaded ?? locale);
  return ((key: MessageKey, params?: MessageValues) => {
    const message = table?.[key];
    return message === undefined ? key : formatMessage(message, textLocale, params);
  }) as Translate;
}
