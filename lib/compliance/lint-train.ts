// Training for the lint's learned layer (lint-learned.ts): multinomial logistic regression over
// sentence n-gram features, full-batch Adam with L2, deterministic. Used by the model generator,
// the cross-validation script and tests; never imported by the extension.
import { compileLintModel, lintFeatures, LAWFUL, type LintModel, type LintModelData } from './lint-learned';

export interface Example {
  label: string;
  text: string;
  /** Sample weight (default 1). */
  weight?: number;
}

export interface TrainOptions {
  labels: readonly string[];
  threshold: number;
  epochs?: number;
  l2?: number;
  /** Features seen in fewer examples are dropped. */
  minDf?: number;
}

/** Parse a corpus file: `label<TAB>text` lines, `#` comments. */
export function parseCorpus(tsv: string): Example[] {
  const out: Example[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`corpus line without a tab: ${line}`);
    out.push({ label: line.slice(0, tab), text: line.slice(tab + 1).trim() });
  }
  return out;
}

function toBase64(q: Int8Array): string {
  let s = '';
  for (let i = 0; i < q.length; i++) s += String.fromCharCode(q[i]! & 0xff);
  return btoa(s);
}

export function trainLintModel(examples: readonly Example[], o: TrainOptions): LintModelData {
  const labels = o.labels;
  const L = labels.length;
  const epochs = o.epochs ?? 250;
  const l2 = o.l2 ?? 1e-4;
  const minDf = o.minDf ?? 2;
  const feats = examples.map((e) => lintFeatures(e.text));
  const df = new Map<number, number>();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const keys = [...df].filter(([, n]) => n >= minDf).map(([k]) => k).sort((a, b) => a - b);
  const row = new Map(keys.map((k, i) => [k, i]));
  const docs = feats.map((f) => {
    const r: number[] = [];
    const x: number[] = [];
    for (const [k, v] of f) {
      const i = row.get(k);
      if (i !== undefined) {
        r.push(i);
        x.push(v);
      }
    }
    return { r, x };
  });
  const y = examples.map((e) => {
    const c = labels.indexOf(e.label);
    if (c < 0) throw new Error(`unknown label ${e.label}`);
    return c;
  });
  // Lawful and unlawful lines weigh the same in total (times each example's own weight), so the
  // decision that matters (flag or not) is balanced; unlawful classes keep their share of the corpus.
  const lawfulC = labels.indexOf(LAWFUL);
  let lawfulTotal = 0;
  let unlawfulTotal = 0;
  examples.forEach((e, i) => (y[i] === lawfulC ? (lawfulTotal += e.weight ?? 1) : (unlawfulTotal += e.weight ?? 1)));
  const sw = examples.map((e, i) => (e.weight ?? 1) / (2 * (y[i] === lawfulC ? lawfulTotal : unlawfulTotal)));

  const P = keys.length * L;
  const w = new Float64Array(P);
  const b = new Float64Array(L);
  const gw = new Float64Array(P);
  const gb = new Float64Array(L);
  const m = new Float64Array(P + L);
  const v = new Float64Array(P + L);
  const lr = 0.05;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const z = new Float64Array(L);
  for (let t = 1; t <= epochs; t++) {
    gw.fill(0);
    gb.fill(0);
    docs.forEach((d, i) => {
      for (let c = 0; c < L; c++) z[c] = b[c]!;
      for (let j = 0; j < d.r.length; j++) {
        const o = d.r[j]! * L;
        for (let c = 0; c < L; c++) z[c]! += d.x[j]! * w[o + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < L; c++) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < L; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < L; c++) {
        const g = (z[c]! / sum - (c === y[i] ? 1 : 0)) * sw[i]!;
        gb[c]! += g;
        for (let j = 0; j < d.r.length; j++) gw[d.r[j]! * L + c]! += g * d.x[j]!;
      }
    });
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    const step = (k: number, param: Float64Array, at: number, g: number) => {
      m[k] = b1 * m[k]! + (1 - b1) * g;
      v[k] = b2 * v[k]! + (1 - b2) * g * g;
      param[at]! -= (lr * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + eps);
    };
    for (let k = 0; k < P; k++) step(k, w, k, gw[k]! + l2 * w[k]!);
    for (let c = 0; c < L; c++) step(P + c, b, c, gb[c]!);
  }
  // Quantise to int8; rows whose weights all round to zero are dropped.
  let maxAbs = 0;
  for (let k = 0; k < P; k++) maxAbs = Math.max(maxAbs, Math.abs(w[k]!));
  const scale = maxAbs / 127 || 1;
  const keptKeys: number[] = [];
  const q: number[] = [];
  keys.forEach((key, i) => {
    const rowQ = Array.from({ length: L }, (_, c) => Math.round(w[i * L + c]! / scale));
    if (rowQ.every((x) => x === 0)) return;
    keptKeys.push(key);
    q.push(...rowQ);
  });
  return {
    labels,
    keys: keptKeys.map((k) => k.toString(36)).join(','),
    weights: toBase64(Int8Array.from(q)),
    scale: Number(scale.toPrecision(6)),
    bias: [...b].map((x) => Number(x.toFixed(4))),
    threshold: o.threshold,
  };
}

export function trainCompiled(examples: readonly Example[], o: TrainOptions): LintModel {
  return compileLintModel(trainLintModel(examples, o));
}

export { LAWFUL };
