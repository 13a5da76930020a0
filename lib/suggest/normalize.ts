// Text normalization shared by the classifier and quick search: Traditional→Simplified (lib/text), full-width→ASCII,
// lowercase, a few dialect/slang spellings, punctuation → space. Must stay fast and allocation-light.
import { toSimplified } from '../text/simplify';

export { toSimplified };

// Language facts, not domain words: Cantonese, Northeastern (东北), Sichuan (川渝) and internet
// spellings → the standard word with the same meaning. Applied after Traditional→Simplified, so the
// keys are Simplified forms; longer keys come first (the alternation tries them in order). Words of
// the trade (聯徵, 臨櫃, 出粮, 金管會 …) belong in the pack's `synonyms`, not here.
const SLANG: [RegExp, string][] = [
  // Cantonese
  [/唔该/g, '谢谢'],
  [/唔使|唔驶|唔洗/g, '不用'],
  [/系咪|是咪/g, '是不是'],
  [/而家|依家/g, '现在'],
  [/琴日|寻日/g, '昨天'],
  [/听日/g, '明天'],
  [/点解/g, '为什么'],
  [/点样/g, '怎么样'],
  [/边度|边处/g, '哪里'],
  [/边个/g, '谁'],
  [/边间/g, '哪家'],
  [/乜嘢|乜/g, '什么'],
  [/咩/g, '什么'],
  [/屋企/g, '家里'],
  [/细佬/g, '弟弟'],
  [/执笠/g, '倒闭'],
  [/仲未/g, '还没'],
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/佢/g, '他'],
  [/哋/g, '们'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/喺/g, '在'],
  [/俾|畀/g, '给'],
  [/啲/g, '些'],
  [/嘢/g, '东西'],
  [/咁/g, '这么'],
  [/嚟/g, '来'],
  [/揾/g, '找'],
  [/睇/g, '看'],
  [/谂/g, '想'],
  [/攞/g, '拿'],
  [/嗰|𠮶/g, '那'],
  [/蚊/g, '块'],
  [/帐/g, '账'],
  // Northeastern / northern
  [/那嘎达|那旮旯|那疙瘩|那旮瘩/g, '那里'],
  [/这嘎达|这旮旯|这疙瘩|这旮瘩/g, '这里'],
  [/咋整|怎么整/g, '怎么办'],
  [/嘎哈|干哈/g, '干什么'],
  [/咋地/g, '怎么样'],
  [/中不中/g, '行不行'],
  [/咋个/g, '怎么'],
  [/咋/g, '怎么'],
  [/俺/g, '我'],
  [/咱/g, '我'],
  [/瞅/g, '看'],
  // Sichuan / Chongqing
  [/莫得|没得|木有|米有/g, '没有'],
  [/莫(?=再|要|打|找|催|跟|说|急|慌|管|来|烦)/g, '不要'],
  [/啥子|神马|啥/g, '什么'],
  [/晓得/g, '知道'],
  [/屋头/g, '家里'],
  [/别个/g, '别人'],
  [/老汉儿|老汉/g, '爸爸'],
  [/婆娘/g, '老婆'],
  [/瓜娃子/g, '傻子'],
  [/巴适/g, '舒服'],
  [/甭/g, '不用'],
];

const SLANG_RE = new RegExp(SLANG.map(([re]) => re.source).join('|'), 'g');
const slangTo = (m: string) => {
  for (const [re, to] of SLANG) if (new RegExp(`^(?:${re.source.replace(/\(\?=[^)]*\)/g, '')})$`).test(m)) return to;
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
    s = toSimplified(s.replace(/係/g, '是')).replace(SLANG_RE, (m) => {
      let to = SLANG_HIT.get(m);
      if (to === undefined) SLANG_HIT.set(m, (to = slangTo(m)));
      return to;
    });
  }
  // Double negation ("不是不还" = not refusing) must not look like a refusal.
  s = s.replace(/(并)?不是不(想|愿意|肯)?/g, '$2');
  return s.replace(NON_WORD, ' ').trim();
}

// Spoken fillers as a speech recognizer writes them. Content words that look alike stay: 那个人
// (that person), 就是 (is: 我就是不还), 这个 (this), like to / would like, do you know.
const ZH_FILLERS =
  /[嗯呃]+|那个(?!人|时候)|就是说|然后呢|怎么说呢|这么说吧|你知道吧|你知道吗|你懂吧|你懂的|对吧|是吧|那啥|[啊呀哈哦噢诶欸哎唉]+|(?<![^ ])额+(?![度外])/g;
const EN_FILLERS =
  /(?<![a-z0-9])(?:u+m+|u+h+|uhm|e+r+m*|h+m+|a+h+|i mean|kind of|sort of|basically|literally|(?<!(?:do|dont|did|didnt|you) )you know|(?<!(?:i|id|we|wed|you|they|would|dont|didnt|really|just|look|looks|feel|feels) )like(?! (?:to|it|this|that|him|her|them|me|you|us)(?![a-z])))(?![a-z0-9])/g;

/**
 * Drop spoken fillers from a normalized text (嗯, 呃, 那个, 就是说, 然后呢, 对吧, um, uh, like, you know…).
 * Returns the text unchanged when nothing but fillers would be left.
 */
export function stripFillers(norm: string): string {
  const out = norm.replace(ZH_FILLERS, ' ').replace(EN_FILLERS, ' ').replace(/ {2,}/g, ' ').trim();
  return out || norm;
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
  const ascii = /^[a-z0-9 #]+$/;
  const longestFirst = [...map.keys()].sort((a, b) => b.length - a.length);
  // Terms with Chinese in them, then whole ASCII words: two passes, the second only when the text
  // has ASCII at all (most lines have none, and word-boundary checks at every position are costly).
  const hanTerms = longestFirst.filter((t) => !ascii.test(t));
  const asciiTerms = longestFirst.filter((t) => ascii.test(t));
  const hanRe = hanTerms.length ? new RegExp(hanTerms.map(esc).join('|'), 'g') : null;
  const asciiRe = asciiTerms.length ? new RegExp(`(?<![a-z0-9])(?:${asciiTerms.map(esc).join('|')})(?![a-z0-9])`, 'g') : null;
  const HAS_ASCII = /[a-z0-9]/;
  const to = (m: string) => {
    const c = map.get(m) ?? m;
    return ascii.test(c) || ascii.test(m) ? ` ${c} ` : c;
  };
  return (s) => {
    let out = hanRe ? s.replace(hanRe, to) : s;
    if (asciiRe && HAS_ASCII.test(out)) out = out.replace(asciiRe, to);
    return out.replace(/ {2,}/g, ' ').trim();
  };
}
