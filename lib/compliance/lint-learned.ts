// The lint's learned layer: a softmax classifier over the objection classifier's character n-gram
// features (lib/suggest/ngrams), scoring each sentence (and each pair of adjacent sentences) of a
// text. It only ever adds findings the rules missed; it never clears one. The weights live in
// lint-model.gen.ts (`npm run gen:lint-model`), loaded lazily by loadLintModel() where the lint first runs.
import { extractFeatures } from '../suggest/ngrams';
import { normalizeText } from '../suggest/normalize';
import type { LintRuleId } from './types';

export const LAWFUL = 'lawful';
export type LintLabel = LintRuleId | typeof LAWFUL;

/** The serialised model, as lint-model.gen.ts holds it. */
export interface LintModelData {
  labels: readonly string[];
  /** Feature keys (lib/suggest/ngrams numbering) in base 36, comma-separated. */
  keys: string;
  /** Row-major int8 weights (one row per key, one column per label), base64. */
  weights: string;
  scale: number;
  bias: readonly number[];
  /** P(unlawful) at or above which a sentence is flagged. */
  threshold: number;
}

export interface LintModel {
  labels: readonly LintLabel[];
  rows: Map<number, number>;
  w: Float32Array;
  bias: Float32Array;
  threshold: number;
}

export interface LearnedVerdict {
  /** Probability that the text is unlawful (1 − P(lawful)). */
  pUnlawful: number;
  /** The most likely unlawful label. */
  rule: LintRuleId;
}

/** Features of one sentence: log-scaled n-gram counts, unit length. */
export function lintFeatures(text: string): Map<number, number> {
  const raw = extractFeatures(normalizeText(text), new Map());
  let n = 0;
  for (const [k, x] of raw) {
    const v = Math.log1p(x);
    raw.set(k, v);
    n += v * v;
  }
  n = Math.sqrt(n) || 1;
  for (const [k, v] of raw) raw.set(k, v / n);
  return raw;
}

function decodeBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function compileLintModel(data: LintModelData): LintModel {
  const keys = data.keys ? data.keys.split(',').map((k) => parseInt(k, 36)) : [];
  const q = decodeBase64(data.weights);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i]! * data.scale;
  const rows = new Map<number, number>();
  keys.forEach((k, i) => rows.set(k, i));
  return { labels: data.labels as LintLabel[], rows, w, bias: Float32Array.from(data.bias), threshold: data.threshold };
}

/** Class probabilities of one text under a model. */
export function predict(model: LintModel, features: Map<number, number>): Float64Array {
  const L = model.labels.length;
  const z = Float64Array.from(model.bias);
  for (const [k, x] of features) {
    const r = model.rows.get(k);
    if (r === undefined) continue;
    const o = r * L;
    for (let c = 0; c < L; c++) z[c]! += x * model.w[o + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < L; c++) max = Math.max(max, z[c]!);
  let sum = 0;
  for (let c = 0; c < L; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < L; c++) z[c]! /= sum;
  return z;
}

export function verdict(model: LintModel, text: string): LearnedVerdict {
  const p = predict(model, lintFeatures(text));
  let best = -1;
  let lawful = 0;
  model.labels.forEach((l, c) => {
    if (l === LAWFUL) lawful = p[c]!;
    else if (best < 0 || p[c]! > p[best]!) best = c;
  });
  return { pUnlawful: 1 - lawful, rule: model.labels[best] as LintRuleId };
}

let loaded: LintModel | null = null;
let loading: Promise<LintModel> | null = null;

/** The model, if loadLintModel() has finished (or one was set for a test or an evaluation). */
export const lintModel = (): LintModel | null => loaded;

export function setLintModel(model: LintModel | null): void {
  loaded = model;
}

/** Load the committed model once (a separate chunk in the extension build). */
export function loadLintModel(): Promise<LintModel> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./lint-model.gen').then(({ LINT_MODEL }) => (loaded = compileLintModel(LINT_MODEL)));
  return loading;
}

const SENTENCE_END = /[。！？!?；;\n]+|\.(?=\s|$)/g;

/** Sentence spans of a text (offsets into it), blank ones left out. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    if (/[\p{L}\p{N}]/u.test(text.slice(s, end))) out.push({ start: s, end });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
