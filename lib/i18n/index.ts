// UI strings in zh-CN (default), zh-TW and en. Keys are grouped by the view that owns them;
// every key exists in all three locales (a unit test checks it).
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';
import { en } from './en';

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export type MessageKey = keyof typeof zhCN;
export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** Pick a UI locale from a setting or the browser's languages. */
export function resolveLocale(setting: string | undefined, languages: readonly string[]): Locale {
  if (setting === 'zh-CN' || setting === 'zh-TW' || setting === 'en') return setting;
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = messages[locale];
  return (key, vars) => {
    let s = table[key] ?? messages['zh-CN'][key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
