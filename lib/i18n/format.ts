// The one message format: ICU MessageFormat (intl-messageformat) for every localized message —
// the locale tables, compliance rule messages, error reasons. Plurals follow the locale's rules.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale, Localized } from './locale';

export type MessageValues = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

function compile(message: string, locale: Locale): IntlMessageFormat {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    // ignoreTag: `<` is text here, never markup.
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

/**
 * An ICU message with its values. A message without ICU syntax is returned as-is (no parse);
 * a malformed message or a missing value gives the pattern itself rather than throwing into the UI.
 */
export function formatMessage(message: string, locale: Locale, values?: MessageValues): string {
  if (!message.includes('{') && !message.includes("'")) return message;
  try {
    return String(compile(message, locale).format(values));
  } catch {
    return message;
  }
}

/** The argument names of an ICU message with their kinds (for the locale tables' parity test). */
export function messageArguments(message: string, locale: Locale = 'en'): Map<string, string> {
  const KINDS = ['literal', 'argument', 'number', 'date', 'time', 'select', 'plural', 'pound'];
  const out = new Map<string, string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const el of elements) {
      const kind = KINDS[el.type] ?? 'other';
      if (kind !== 'literal' && kind !== 'pound' && 'value' in el && typeof el.value === 'string') out.set(el.value, kind);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return out;
}

/** One ICU message per locale, each formatted with the same values: a finished Localized text. */
export function formatLocalized(messages: Localized, values: MessageValues | ((locale: Locale) => MessageValues)): Localized {
  // A function gives each language its own values (e.g. a holiday's name in that language).
  const v = (l: Locale) => (typeof values === 'function' ? values(l) : values);
  return {
    'zh-CN': formatMessage(messages['zh-CN'], 'zh-CN', v('zh-CN')),
    'zh-TW': formatMessage(messages['zh-TW'], 'zh-TW', v('zh-TW')),
    en: formatMessage(messages.en, 'en', v('en')),
  };
}
