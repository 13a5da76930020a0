// The one locale type of the product (UI, compliance messages, pack content, exports) and how a
// UI locale is chosen. No message tables here: the background and the CLI import this cheaply.

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text in every locale (UI-side tables beside their code: rule messages, error reasons). */
export type Localized = Record<Locale, string>;
/** Pack content: zh-CN is required, the other locales may be missing. */
export type PartialLocalized = { 'zh-CN': string } & Partial<Record<Locale, string>>;

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The text in `locale`, else the zh-CN text every localized value has. */
export function pickLocalized(text: PartialLocalized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/** Pick a UI locale from a setting or the browser's languages. */
export function resolveLocale(setting: string | undefined, languages: readonly string[]): Locale {
  if (isLocale(setting)) return setting;
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
