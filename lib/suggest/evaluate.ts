// Measuring the classifier: leave-one-out over a pack's own examples, and top-1 over a labelled
// set of utterances ({text, expect}; expect = scenario id or 'none'). Used by `npm run classify -- --eval`
// and the quality meta-tests. Pure functions, no I/O.
import { buildClassifier, type Classifier, type ClassifierOptions } from './classifier';

type PackLike = Parameters<typeof buildClassifier>[0];

export interface Labelled {
  text: string;
  expect: string;
}
export interface Miss extends Labelled {
  got: string;
}
export interface Tally {
  id: string;
  ok: number;
  total: number;
}
export interface Report {
  /** One row per expected id (scenario ids in pack order, then 'none'), only ids with lines. */
  rows: Tally[];
  ok: number;
  total: number;
  misses: Miss[];
  /** Lines whose expected id is not in the pack (not scored; e.g. scenarios added later). */
  unscorable: Labelled[];
}

export const NONE = 'none';
export const rate = (t: { ok: number; total: number }) => (t.total ? t.ok / t.total : 1);
export const pct = (t: { ok: number; total: number }) => `${(rate(t) * 100).toFixed(1)}%`;

const top1 = (c: Classifier, text: string) => c.classify(text).top[0]?.id ?? NONE;

function tally(order: readonly string[], results: readonly (Labelled & { got: string })[], unscorable: Labelled[]): Report {
  const byId = new Map<string, Tally>(order.map((id) => [id, { id, ok: 0, total: 0 }]));
  const misses: Miss[] = [];
  let ok = 0;
  for (const r of results) {
    const t = byId.get(r.expect)!;
    t.total++;
    if (r.got === r.expect) {
      t.ok++;
      ok++;
    } else misses.push(r);
  }
  return { rows: [...byId.values()].filter((t) => t.total > 0), ok, total: results.length, misses, unscorable };
}

/** Top-1 of every line whose expected id is in the pack (or 'none'). */
export function evaluateSet(pack: PackLike, lines: readonly Labelled[], options?: ClassifierOptions): Report {
  const c = buildClassifier(pack, options);
  const known = new Set([...c.scenarioIds, NONE]);
  const scorable = lines.filter((l) => known.has(l.expect));
  const unscorable = lines.filter((l) => !known.has(l.expect));
  const results = scorable.map((l) => ({ ...l, got: top1(c, l.text) }));
  return tally([...c.scenarioIds, NONE], results, unscorable);
}

/** Leave-one-out: each example classified by a classifier built without it. */
export function leaveOneOut(pack: PackLike, options?: ClassifierOptions): Report {
  const results: (Labelled & { got: string })[] = [];
  pack.scenarios.forEach((sc, i) => {
    sc.examples.forEach((ex, j) => {
      const scenarios = pack.scenarios.map((s, k) => (k === i ? { ...s, examples: s.examples.filter((_, m) => m !== j) } : s));
      results.push({ text: ex, expect: sc.id, got: top1(buildClassifier({ ...pack, scenarios }, options), ex) });
    });
  });
  return tally(pack.scenarios.map((s) => s.id), results, []);
}

/** Parse a JSONL labelled set (blank lines ignored). */
export function parseLabelled(jsonl: string): Labelled[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

// Small talk a live transcript puts around what the debtor means (none of it an objection).
const RUN_ON_BEFORE = ['喂喂你好', '嗯是我是我那个', '对对我在听嗯那个就是说', '哎你好请问有什么事嗯这样的'];
const RUN_ON_AFTER = ['就这样', '嗯嗯对', '你听明白了吧', '就是这么个事'];

/**
 * The Chinese lines of a labelled set as a speech recognizer would write them inside a call: small talk
 * before and after, punctuation and spaces gone. The label is unchanged (small talk adds no objection).
 */
export function asRunOn(lines: readonly Labelled[]): Labelled[] {
  return lines
    .filter((l) => !/[a-z]{2}/i.test(l.text))
    .map((l, i) => ({ expect: l.expect, text: `${RUN_ON_BEFORE[i % 4]}${l.text.replace(/[\s\p{P}]+/gu, '')}${RUN_ON_AFTER[(i >> 2) % 4]}` }));
}
