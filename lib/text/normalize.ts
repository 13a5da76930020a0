// The normal forms text is compared in, each with its own contract:
// - normalizeForMatch: Traditional → Simplified, half-width, lower case, with every code unit kept in
//   place, so an offset found in the normal form is an offset in the original (the compliance lint
//   marks the words it found in what the agent typed).
// - normalizeForSearch: NFKC and lower case (the search index's grams; Traditional stays Traditional,
//   as the agent typed it).
// The classifier's own form (slang, double negation, punctuation dropped) is lib/suggest/normalize.ts;
// the extraction's label folding is lib/extract/normalize.ts (generated table, content-script sized).
import { toSimplified } from './simplify';
import { toHalfWidth } from './width';

/** Traditional → Simplified keeping the length: a phrase mapping that changes it falls back to characters. */
function simplifyInPlace(s: string): string {
  const out = toSimplified(s);
  if (out.length === s.length) return out;
  let chars = '';
  for (const ch of s) {
    const c = toSimplified(ch);
    chars += c.length === ch.length ? c : ch;
  }
  return chars;
}

/** Length-preserving form for matching words in text whose offsets matter. */
export function normalizeForMatch(text: string): string {
  let s = toHalfWidth(simplifyInPlace(text));
  s = s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  // Curly apostrophes count as straight ones in English contractions.
  return s.replace(/[\u2018\u2019]/g, "'");
}

/** Full-width → half-width, lower case, so "ＡＢＣ１２" finds "abc12" (the search index). */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
