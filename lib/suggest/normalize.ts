// Text normalization shared by the classifier and quick search: Traditional→Simplified (lib/text), full-width→ASCII,
// lowercase, a few dialect/slang spellings, punctuation → space. Must stay fast and allocation-light.
import { toSimplified } from '../text/simplify';

export { toSimplified };

// Cantonese and internet spellings that carry the same meaning as the standard form.
const SLANG: [RegExp, string][] = [
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/佢/g, '他'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/乜嘢|乜/g, '什么'],
  [/木有|没得/g, '没有'],
  [/神马/g, '什么'],
  [/米有/g, '没有'],
  [/俺/g, '我'],
  [/咱/g, '我'],
  [/啥/g, '什么'],
  [/甭/g, '不用'],
];

const SLANG_RE = new RegExp(SLANG.map(([re]) => re.source).join('|'), 'g');
const slangTo = (m: string) => {
  for (const [re, to] of SLANG) if (new RegExp(`^(?:${re.source})$`).test(m)) return to;
  return m;
};
const SLANG_HIT = new Map<string, string>();
// Only compatibility forms need NFKC (full-width letters, ideographic space, circled digits …).
const NEEDS_NFKC = /[\u2460-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const NON_WORD = /[^\p{Script=Han}a-z0-9#]+/gu;
// ASCII-only texts skip the dictionary walk entirely.
const HAS_HAN = /\p{Script=Han}/u;

/**
 * Normalized form: Simplified, lowercase ASCII, digits kept, every run of punctuation or space
 * collapsed to one space. Apostrophes inside English words are dropped (don't → dont).
 */
export function normalizeText(text: string): string {
  let s = (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(/['’]/g, '');
  if (HAS_HAN.test(s)) {
    s = toSimplified(s).replace(SLANG_RE, (m) => {
      let to = SLANG_HIT.get(m);
      if (to === undefined) SLANG_HIT.set(m, (to = slangTo(m)));
      return to;
    });
  }
  // Double negation ("不是不还" = not refusing) must not look like a refusal.
  s = s.replace(/(并)?不是不(想|愿意|肯)?/g, '$2');
  return s.replace(NON_WORD, ' ').trim();
}

/**
 * Build a rewriter that replaces every term of a synonym group with the group's first term
 * (longest match first; ASCII terms only at word boundaries). Terms are normalized first.
 */
export function synonymRewriter(groups: readonly (readonly string[])[]): (norm: string) => string {
  const map = new Map<string, string>();
  for (const g of groups) {
    const canon = normalizeText(g[0] ?? '');
    if (!canon) continue;
    for (const t of g.slice(1)) {
      const n = normalizeText(t);
      if (n && n !== canon && !map.has(n)) map.set(n, canon);
    }
  }
  if (!map.size) return (s) => s;
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alts = [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => (/^[a-z0-9 #]+$/.test(t) ? `(?<![a-z0-9])${esc(t)}(?![a-z0-9])` : esc(t)));
  const re = new RegExp(alts.join('|'), 'g');
  const ascii = /^[a-z0-9 #]+$/;
  return (s) =>
    s
      .replace(re, (m) => {
        const c = map.get(m) ?? m;
        return ascii.test(c) || ascii.test(m) ? ` ${c} ` : c;
      })
      .replace(/ {2,}/g, ' ')
      .trim();
}
