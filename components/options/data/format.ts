// Formatting and error wording shared by the data and compliance sections of the options page.
import { DbWriteError, RestoreError, db, type DebtorRecord } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-US' : locale);

export function formatWhen(ms: number, locale: Locale): string {
  return new Date(ms).toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A failed database call in the UI language; the caller keeps whatever the user typed. */
export function errorText(e: unknown, locale: Locale, t: Translate): string {
  if (e instanceof DbWriteError || e instanceof RestoreError) return e.messageIn(locale);
  return t('data.failed', { message: e instanceof Error ? e.message : String(e) });
}

/** Debtor records for a set of keys (missing ones are absent from the map). */
export async function debtorsByKey(keys: Iterable<string>): Promise<Map<string, DebtorRecord>> {
  const list = [...new Set(keys)];
  const found = await db.debtors.bulkGet(list);
  return new Map(found.filter((d): d is DebtorRecord => d !== undefined).map((d) => [d.key, d]));
}

/** What to call a debtor when the record is gone: the account part of the key. */
export const debtorLabel = (key: string, d: Pick<DebtorRecord, 'name' | 'accountId'> | undefined) =>
  d ? [d.name, d.accountId].filter(Boolean).join(' · ') : key.split('|').slice(1).join('|') || key;

/** Only web links are rendered as links (a stored URL is data, never trusted). */
export const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);
