// Text normalisation for matching: Traditional → Simplified, full-width → ASCII, A–Z → a–z.
// Every step keeps the UTF-16 length, so offsets found in the normalised text are offsets in the original.
import { toSimplified } from '../text/simplify';

function convert(s: string): string {
  const out = toSimplified(s);
  if (out.length === s.length) return out;
  // A phrase mapping changed the length: fall back to character-by-character conversion.
  let chars = '';
  for (const ch of s) {
    const c = toSimplified(ch);
    chars += c.length === ch.length ? c : ch;
  }
  return chars;
}

export function normalizeForMatch(text: string): string {
  let s = convert(text);
  s = s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.replace(/\u3000/g, ' ');
  s = s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  // Curly apostrophes count as straight ones in English contractions.
  s = s.replace(/[\u2018\u2019]/g, "'");
  return s;
}
