// Objection detection: utterance → ranked scenario ids with calibrated scores, or none.
//
//   const c = buildClassifier(pack);           // index built from the pack's trigger examples
//   c.classify('我現在手頭真的沒錢') → { top: [{ id: 'no-money-now', score: 0.93 }, …] }  // ≤ 3, [] = none
//
// Text is normalized (Traditional, dialect, Cantonese → standard; spoken fillers dropped; pack synonyms),
// then TF-IDF over character 1–3-grams and English words, scored per scenario by its nearest examples
// and its centroid; the pack's `neutralExamples` compete as `none`. A long run-on line is also scored by
// overlapping windows (clauseWindows). Runs offline, no model files. Measure changes with
// `npm run -s classify -- --eval` (leave-one-out, dev and hard sets, run-on).
import type { Pack } from '@/lib/packs/schema';
import { CRISIS_SCENARIO } from '@/lib/packs/domain-ids';
import { detectCues, type Cues } from './cues';
import { IntIds } from './int-ids';
import { extractFeatures } from './ngrams';
import { normalizeText, stripFillers, synonymRewriter } from './normalize';

export interface Ranked {
  id: string;
  score: number;
}
export interface Classification {
  top: Ranked[];
}
export interface Classifier {
  classify(text: string): Classification;
  /** Raw (uncalibrated) similarities and cues, for tuning and `pack test`. */
  explain(text: string): Explanation;
  /** Number of indexed examples (neutral ones included). */
  readonly size: number;
  readonly scenarioIds: readonly string[];
}
export interface RawRanked extends Ranked {
  /** Centroid similarity carried by multi-character / word features only (unigrams excluded). */
  evidence: number;
}
export interface Explanation {
  norm: string;
  /** Every scenario with a non-zero similarity, best first (raw 0..1 cosine blend). */
  raw: RawRanked[];
  /** Similarity to the pack's neutral examples. */
  noneRaw: number;
  cues: Cues;
}
export interface ClassifierOptions {
  /** Calibrated score under which nothing is reported (default 0.5). */
  threshold?: number;
  /** At most this many entries in `top` (default 3). */
  maxResults?: number;
  /** Blend of nearest example, second nearest example and centroid similarity. */
  blend?: readonly [number, number, number];
  /** Weight of the single nearest neutral example in the `none` score. */
  noneNearest?: number;
  /** Run-on speech: windows of `size` units (a Han character or a word), every `stride` units; a
   * window is used when `weight` × its best scenario leads its neutral score by more than `margin` and by
   * more than the whole line's does. Texts of ≤ size units have no windows. */
  window?: { size?: number; stride?: number; weight?: number; margin?: number };
}

type PackLike = Pick<Pack, 'scenarios'> & { neutralExamples?: readonly string[]; synonyms?: readonly (readonly string[])[] };

// Raw similarity → 0..1: RAW_MID maps to 0.5 (the `none` threshold), RAW_SLOPE sets the spread.
const RAW_MID = 0.08;
const RAW_SLOPE = 9;
const calibrate = (s: number) => 1 / (1 + Math.exp(-(s - RAW_MID) * RAW_SLOPE));
const NONE_ALLOWANCE = 0.02;
const round2 = (x: number) => Math.round(x * 100) / 100;

const DEFAULT_WINDOW = { size: 10, stride: 5, weight: 0.8, margin: 0.02 };

/** Units of a normalized text: each Han character, each space-separated non-Han word. */
const UNIT = /\p{Script=Han}|[^\s\p{Script=Han}]+/gu;

/** Overlapping windows over a long text (joined back so n-grams do not bridge a removed unit). */
export function clauseWindows(core: string, size: number, stride: number): string[] {
  const units = core.match(UNIT);
  if (!units || units.length <= size) return [];
  const out: string[] = [];
  for (let i = 0; ; i += stride) {
    const end = Math.min(units.length, i + size);
    let w = '';
    for (let k = i; k < end; k++) {
      const u = units[k]!;
      const han = u.length === 1 && u.charCodeAt(0) >= 0x3400;
      w += han ? u : ` ${u} `;
    }
    out.push(w.replace(/ {2,}/g, ' ').trim());
    if (end === units.length) break;
  }
  return out;
}

interface Csr {
  start: Int32Array;
  doc: Int32Array;
  w: Float32Array;
}

/** A sparse vector: parallel feature ids and weights. */
interface Sparse {
  f: Int32Array;
  w: Float32Array;
}

function toCsr(vectors: readonly Sparse[], nFeatures: number): Csr {
  const start = new Int32Array(nFeatures + 1);
  for (const v of vectors) for (let i = 0; i < v.f.length; i++) start[v.f[i]! + 1]!++;
  for (let i = 1; i < start.length; i++) start[i]! += start[i - 1]!;
  const fill = start.slice();
  const doc = new Int32Array(start[nFeatures]!);
  const w = new Float32Array(doc.length);
  vectors.forEach((v, d) => {
    for (let i = 0; i < v.f.length; i++) {
      const at = fill[v.f[i]!]!++;
      doc[at] = d;
      w[at] = v.w[i]!;
    }
  });
  return { start, doc, w };
}

function unitize(w: Float32Array): void {
  let n = 0;
  for (let i = 0; i < w.length; i++) n += w[i]! * w[i]!;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < w.length; i++) w[i]! /= n;
}

export function buildClassifier(pack: PackLike, options: ClassifierOptions = {}): Classifier {
  const threshold = options.threshold ?? 0.5;
  const maxResults = options.maxResults ?? 3;
  const [wBest1, wBest2, wCen] = options.blend ?? [0.2, 0.1, 0.7];
  const noneNearest = options.noneNearest ?? 0;
  const { size: winSize, stride: winStride, weight: windowWeight, margin: winMargin } = { ...DEFAULT_WINDOW, ...options.window };
  const ids = pack.scenarios.map((s) => s.id);
  const safety = ids.includes(CRISIS_SCENARIO);
  const NONE = ids.length; // class index of the neutral examples
  const rewrite = synonymRewriter(pack.synonyms ?? []);
  // Examples → sparse raw vectors over feature ids assigned on the fly (no per-example Maps kept).
  const featureIds = new IntIds();
  const dfList: number[] = [];
  const raws: Sparse[] = [];
  const classOf: number[] = [];
  // Each occurrence goes straight to its feature id; `lastDoc`/`posOf` sum repeats within an example
  // (in first-occurrence order, as a Map would) without a Map per example.
  const lastDoc: number[] = [];
  const posOf: number[] = [];
  const curF: number[] = [];
  const curW: number[] = [];
  let doc = 0;
  const sink = (k: number, x: number) => {
    const id = featureIds.idOf(k);
    if (id === dfList.length) {
      dfList.push(0);
      lastDoc.push(-1);
      posOf.push(0);
    }
    if (lastDoc[id] === doc) {
      curW[posOf[id]!]! += x;
      return;
    }
    lastDoc[id] = doc;
    posOf[id] = curF.length;
    curF.push(id);
    curW.push(x);
    dfList[id]!++;
  };
  const addExample = (text: string, c: number) => {
    curF.length = 0;
    curW.length = 0;
    extractFeatures(rewrite(stripFillers(normalizeText(text))), sink);
    raws.push({ f: Int32Array.from(curF), w: Float32Array.from(curW) });
    classOf.push(c);
    doc++;
  };
  pack.scenarios.forEach((sc, c) => {
    for (const ex of sc.examples) addExample(ex, c);
  });
  for (const ex of pack.neutralExamples ?? []) addExample(ex, NONE);
  const N = raws.length;
  const nFeatures = dfList.length;
  const idf = new Float32Array(nFeatures);
  for (let i = 0; i < nFeatures; i++) idf[i] = Math.log(1 + N / dfList[i]!);
  const unseenIdf = Math.log(1 + N) * 0.5;
  const weigh = (raw: number, f: number) => (raw > 1 ? 1 + Math.log(raw) : raw) * f;
  for (const v of raws) {
    for (let i = 0; i < v.f.length; i++) v.w[i] = weigh(v.w[i]!, idf[v.f[i]!]!);
    unitize(v.w);
  }
  // Centroids: examples of a class are contiguous, so one dense scratch row is enough.
  const nClasses = ids.length + 1;
  const dense = new Float64Array(nFeatures);
  const touchedF: number[] = [];
  const centroids: Sparse[] = Array.from({ length: nClasses }, () => ({ f: new Int32Array(0), w: new Float32Array(0) }));
  for (let d = 0; d < N; ) {
    const c = classOf[d]!;
    touchedF.length = 0;
    for (; d < N && classOf[d] === c; d++) {
      const v = raws[d]!;
      for (let i = 0; i < v.f.length; i++) {
        const f = v.f[i]!;
        if (dense[f] === 0) touchedF.push(f);
        dense[f]! += v.w[i]!;
      }
    }
    const f = Int32Array.from(touchedF);
    const w = new Float32Array(f.length);
    for (let i = 0; i < f.length; i++) {
      w[i] = dense[f[i]!]!;
      dense[f[i]!] = 0;
    }
    unitize(w);
    centroids[c] = { f, w };
  }
  const exIndex = toCsr(raws, nFeatures);
  const cenIndex = toCsr(centroids, nFeatures);
  const exClass = Int32Array.from(classOf);

  // Scratch buffers reused by every call: classify() allocates only the small query map.
  const exScore = new Float32Array(N);
  const touched = new Int32Array(N);
  const best1 = new Float32Array(nClasses);
  const best2 = new Float32Array(nClasses);
  const cen = new Float32Array(nClasses);
  const spec = new Float32Array(nClasses);
  // Unigram keys are char codes (< 65536); everything else is a multi-char or word feature.
  const isSpecific = new Uint8Array(nFeatures);
  featureIds.forEach((k, f) => (isSpecific[f] = k >= 65536 ? 1 : 0));
  const qIds: number[] = [];
  const qW: number[] = [];

  function rawScores(norm: string): number {
    const q = extractFeatures(rewrite(norm), new Map());
    qIds.length = 0;
    qW.length = 0;
    let norm2 = 0;
    for (const [k, x] of q) {
      const f = featureIds.get(k);
      const w = weigh(x, f < 0 ? unseenIdf : idf[f]!);
      norm2 += w * w;
      if (f >= 0) {
        qIds.push(f);
        qW.push(w);
      }
    }
    const qn = Math.sqrt(norm2) || 1;
    let nTouched = 0;
    for (let i = 0; i < qIds.length; i++) {
      const f = qIds[i]!;
      const w = qW[i]! / qn;
      for (let p = exIndex.start[f]!, e = exIndex.start[f + 1]!; p < e; p++) {
        const d = exIndex.doc[p]!;
        if (exScore[d] === 0) touched[nTouched++] = d;
        exScore[d]! += w * exIndex.w[p]!;
      }
      const sp = isSpecific[f] === 1;
      for (let p = cenIndex.start[f]!, e = cenIndex.start[f + 1]!; p < e; p++) {
        const x = w * cenIndex.w[p]!;
        cen[cenIndex.doc[p]!]! += x;
        if (sp) spec[cenIndex.doc[p]!]! += x;
      }
    }
    for (let t = 0; t < nTouched; t++) {
      const d = touched[t]!;
      const c = exClass[d]!;
      const s = exScore[d]!;
      exScore[d] = 0;
      if (s > best1[c]!) {
        best2[c] = best1[c]!;
        best1[c] = s;
      } else if (s > best2[c]!) best2[c] = s;
    }
    return nTouched;
  }

  // Per-class blended similarity of one text (the scratch buffers are read and cleared).
  const sumWhole = new Float64Array(nClasses);
  const evWhole = new Float64Array(nClasses);
  const sumWin = new Float64Array(nClasses);
  function blendInto(text: string, sum: Float64Array, ev: Float64Array | null): void {
    rawScores(text);
    for (let c = 0; c < nClasses; c++) {
      const x = wBest1 * best1[c]! + wBest2 * best2[c]! + wCen * cen[c]!;
      // Neutral talk is too varied for a centroid: its nearest example counts on its own too.
      sum[c] = c === NONE ? Math.max(x, noneNearest * best1[c]!) : x;
      if (ev) ev[c] = spec[c]!;
      best1[c] = 0;
      best2[c] = 0;
      cen[c] = 0;
      spec[c] = 0;
    }
  }

  const topOf = (sum: Float64Array) => {
    let m = 0;
    for (let c = 0; c < NONE; c++) if (sum[c]! > m) m = sum[c]!;
    return m;
  };

  function explain(text: string): Explanation {
    const norm = normalizeText(text);
    const cues = detectCues(text, norm);
    if (!norm) return { norm, raw: [], noneRaw: 0, cues };
    const core = stripFillers(norm);
    blendInto(core, sumWhole, evWhole);
    let noneRaw = sumWhole[NONE]!;
    // Run-on speech (one long unpunctuated line, several clauses): the objection may sit in one window
    // of it, with a greeting or small talk around it that looks neutral. The view — the whole line or
    // one window — where the best scenario leads the neutral score by most is the one used.
    const windows = clauseWindows(core, winSize, winStride);
    if (windows.length) {
      let bestMargin = Math.max(topOf(sumWhole) - noneRaw, winMargin);
      let bestWin = -1;
      windows.forEach((w, i) => {
        blendInto(w, sumWin, null);
        const margin = windowWeight * topOf(sumWin) - sumWin[NONE]!;
        if (margin > bestMargin) {
          bestMargin = margin;
          bestWin = i;
        }
      });
      if (bestWin >= 0) {
        blendInto(windows[bestWin]!, sumWin, null);
        for (let c = 0; c < NONE; c++) sumWhole[c] = Math.max(sumWhole[c]!, windowWeight * sumWin[c]!);
        noneRaw = sumWin[NONE]!;
      }
    }
    const combined: RawRanked[] = [];
    for (let c = 0; c < NONE; c++) if (sumWhole[c]! > 0) combined.push({ id: ids[c]!, score: sumWhole[c]!, evidence: evWhole[c]! });
    combined.sort((a, b) => b.score - a.score);
    return { norm, raw: combined, noneRaw, cues };
  }

  function classify(text: string): Classification {
    const { raw: combined, noneRaw, cues } = explain(text);
    // Duty of care: words of self-harm or an emergency put the pack's safety scenario first, always.
    if (cues.selfHarm && safety) {
      const rest = classifyRanked(combined, noneRaw, cues).filter((r) => r.id !== CRISIS_SCENARIO);
      return { top: [{ id: CRISIS_SCENARIO, score: 0.99 }, ...rest].slice(0, maxResults) };
    }
    return { top: classifyRanked(combined, noneRaw, cues) };
  }

  function classifyRanked(combined: RawRanked[], noneRaw: number, cues: Cues): Ranked[] {
    const first = combined[0];
    // A scenario must beat the neutral examples (with a small allowance: neutral talk is varied).
    if (!first || first.score <= noneRaw - NONE_ALLOWANCE) return [];
    const need = cues.commitment || cues.ackOnly ? Infinity : cues.amountQuestion || cues.callTalk ? Math.max(threshold, 0.95) : threshold;
    if (calibrate(first.score) < need) return [];
    const top: Ranked[] = [];
    for (const r of combined) {
      if (top.length >= maxResults) break;
      const p = calibrate(r.score);
      if (top.length > 0 && (p < threshold * 0.6 || r.score < first.score * 0.6)) break;
      top.push({ id: r.id, score: round2(p) });
    }
    return top;
  }

  return { classify, explain, size: N, scenarioIds: ids };
}
