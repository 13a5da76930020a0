// The search index: Chinese has no spaces, so text is indexed by character bigrams. Each token
// also indexes its last character alone, so every character of a token starts some index entry
// and a one-character query can be answered with a prefix match.

import { normalizeForSearch } from '../text/normalize';

/** Whitespace-separated tokens of the normalized text. */
export function tokensOf(text: string): string[] {
  return normalizeForSearch(text).split(/\s+/u).filter(Boolean);
}

/** Index entries of a text: the distinct bigrams of each token, plus each token's last character. */
export function gramsOf(...texts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of tokensOf(text)) {
      const chars = Array.from(token);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
      out.add(chars[chars.length - 1]!);
    }
  }
  return [...out];
}

/** What a query token is looked up by: its bigrams, or a prefix for a one-character token. */
export function queryGrams(token: string): { exact: string[]; prefix?: string } {
  const chars = Array.from(token);
  if (chars.length === 1) return { exact: [], prefix: chars[0]! };
  const exact = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) exact.add(chars[i]! + chars[i + 1]!);
  return { exact: [...exact] };
}

/** True when every query token occurs in the text (after normalization). */
export function matchesAll(text: string, tokens: string[]): boolean {
  const t = normalizeForSearch(text);
  return tokens.every((tok) => t.includes(tok));
}

type DebtorLike = {
  name: string;
  accountId: string;
  snapshot?: { fields?: Partial<Record<string, { raw?: string } | undefined>> };
  corrections?: Partial<Record<string, { raw?: string } | undefined>>;
};

/** What a debtor is found by: name, account (as shown and without spaces), phone, case id. */
export function debtorSearchTexts(d: DebtorLike): string[] {
  const f = { ...(d.snapshot?.fields ?? {}), ...(d.corrections ?? {}) };
  const account = f['accountId']?.raw ?? d.accountId;
  const texts = [d.name, f['name']?.raw, d.accountId, account, account.replace(/\s+/gu, ''), f['phone']?.raw, f['caseId']?.raw];
  return texts.filter((t): t is string => typeof t === 'string' && t !== '');
}

export function debtorGramsOf(d: DebtorLike): string[] {
  return gramsOf(...debtorSearchTexts(d));
}
