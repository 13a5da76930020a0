// Feature extraction for the classifier: Chinese character 1–3-grams and English word, word-pair
// and in-word character-trigram features, each a number key (no string building per n-gram).

/** Relative weight of each feature family, applied before TF-IDF. */
export const FEATURE_WEIGHTS = { uni: 1.5, bi: 1, tri: 0.6, skip: 0, word: 1, wordPair: 0.7, wordTri: 0.3 };

const WORD_BASE = 2 ** 49;
const PAIR_BASE = WORD_BASE + 2 ** 32;
const WTRI_BASE = WORD_BASE + 2 ** 33;
// Skip-bigrams (a_c) live above every trigram key (< 2^48).
const SKIP_BASE = 2 ** 48;

const STOP = new Set(['i', 'me', 'my', 'you', 'your', 'the', 'a', 'an', 'to', 'is', 'am', 'are', 'it', 'its', 'of', 'and', 'that', 'this', 'for', 'on', 'in', 'at', 'be', 'so', 'just', 'im', 'we', 'our', 'us', 'was', 'do', 'with']);

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Crude English stemming: enough that "payments"/"paying"/"paid" meet "pay". */
export function stem(w: string): string {
  if (w === 'paid') return 'pay';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

const SMALL_INT_SPAN = 2 ** 30 - 65536;

/**
 * A feature's key as a small integer: unigrams stay their char code (< 65536, so callers can tell
 * them apart); every other key (up to 2^50) is mixed down into [65536, 2^30). Small integers live
 * unboxed in a Map, where 2^50 keys would each allocate a heap number: this keeps index builds fast.
 * A collision needs two of ~10^6 live features to share one of ~10^9 slots.
 */
export function featureKey(key: number): number {
  if (key < 65536) return key;
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return 65536 + ((h >>> 0) % SMALL_INT_SPAN);
}

/** Where features go: a Map key → summed weight, or a callback that sees each occurrence. */
export type FeatureSink = Map<number, number> | ((key: number, w: number) => void);

function add(out: FeatureSink, key: number, w: number): void {
  const k = featureKey(key);
  if (typeof out === 'function') out(k, w);
  else out.set(k, (out.get(k) ?? 0) + w);
}

function addWord(out: FeatureSink, word: string, prev: string | null): string | null {
  const digits = /^[0-9#]+$/.test(word);
  const w = digits ? '#' : stem(word);
  if (STOP.has(w)) return prev;
  add(out, WORD_BASE + fnv(w), FEATURE_WEIGHTS.word);
  if (prev !== null) add(out, PAIR_BASE + fnv(`${prev} ${w}`), FEATURE_WEIGHTS.wordPair);
  if (!digits && w.length >= 4) {
    const padded = `^${w}$`;
    for (let i = 0; i + 3 <= padded.length; i++) add(out, WTRI_BASE + fnv(padded.slice(i, i + 3)), FEATURE_WEIGHTS.wordTri);
  }
  return w;
}

/** Add the features of a normalized text (see normalizeText) to `out` as key → raw weight. */
export function extractFeatures<S extends FeatureSink>(norm: string, out: S): S {
  const n = norm.length;
  let i = 0;
  let prevWord: string | null = null;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isHan(c)) {
      let j = i;
      while (j < n && isHan(norm.charCodeAt(j))) j++;
      for (let k = i; k < j; k++) {
        const a = norm.charCodeAt(k);
        add(out, a, FEATURE_WEIGHTS.uni);
        if (k + 1 < j) {
          const ab = a * 65536 + norm.charCodeAt(k + 1);
          add(out, ab, FEATURE_WEIGHTS.bi);
          if (k + 2 < j) {
            const c3 = norm.charCodeAt(k + 2);
            add(out, ab * 65536 + c3, FEATURE_WEIGHTS.tri);
            if (FEATURE_WEIGHTS.skip > 0) add(out, SKIP_BASE + a * 65536 + c3, FEATURE_WEIGHTS.skip);
          }
        }
      }
      prevWord = null;
      i = j;
    } else {
      let j = i;
      while (j < n && norm.charCodeAt(j) !== 32 && !isHan(norm.charCodeAt(j))) j++;
      prevWord = addWord(out, norm.slice(i, j), prevWord);
      i = j;
    }
  }
  return out;
}
