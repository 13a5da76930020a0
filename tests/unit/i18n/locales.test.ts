// The locale tables agree: every key in all three locales, each message valid ICU with the same
// parameter names; English counts are pluralized; the translator's parameters are typed.
import { describe, expect, it } from 'vitest';
import { zhCN } from '@/lib/i18n/zh-CN';
import { zhTW } from '@/lib/i18n/zh-TW';
import { en } from '@/lib/i18n/en';
import { messageArguments } from '@/lib/i18n/format';
import { translator, type Locale, type MessageKey } from '@/lib/i18n';

const tables: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
const keys = Object.keys(zhCN) as MessageKey[];
const names = (message: string, locale: Locale) => [...messageArguments(message, locale).keys()].sort();

describe('locale tables', () => {
  it('have the same keys in every locale', () => {
    for (const table of Object.values(tables)) expect(Object.keys(table).sort()).toEqual([...keys].sort());
  });

  it('hold valid ICU messages with the same parameters in every locale', () => {
    for (const key of keys) {
      const want = names(zhCN[key], 'zh-CN');
      for (const locale of ['zh-TW', 'en'] as const) expect([key, locale, names(tables[locale][key]!, locale)]).toEqual([key, locale, want]);
    }
  });

  it('pluralize English counts', () => {
    const t = translator('en');
    expect(t('script.heldBack', { count: 1 })).toBe('1 script that mentions the debt is held back: verify identity first');
    expect(t('script.heldBack', { count: 2 })).toBe('2 scripts that mention the debt are held back: verify identity first');
    expect(t('packs.counts', { scenarios: 1, scripts: 1 })).toBe('1 scenario, 1 script');
    expect(t('packs.counts', { scenarios: 2, scripts: 3 })).toBe('2 scenarios, 3 scripts');
    expect(translator('zh-CN')('packs.counts', { scenarios: 1, scripts: 2 })).toBe('1 个场景，2 条话术');
  });

  it('show a quoted placeholder as text', () => {
    expect(translator('en')('options.agentName')).toBe('Agent name (for {agentName} in scripts)');
  });

  it('type the parameters', () => {
    const t = translator('en');
    // @ts-expect-error a message with parameters needs them
    t('error.generic');
    // @ts-expect-error a count is a number
    t('script.heldBack', { count: 'two' });
    // @ts-expect-error a misspelt parameter
    t('error.generic', { mesage: 'x' });
    // @ts-expect-error a message without parameters takes none
    t('loading', { x: 1 });
    expect(t('error.generic', { message: 'x' })).toBe('Something went wrong: x');
  });
});
