// Classifier benchmark: `npx tsx bench/node/classify.bench.ts`. stdout carries only JSON metric
// lines (see bench/types.ts); progress goes to stderr.
import { performance } from 'node:perf_hooks';
import { loadDefaultPackNode } from '../../lib/packs/load-node';
import type { Pack } from '../../lib/packs/schema';
import { buildClassifier } from '../../lib/suggest/classifier';
import { percentile, type Metric } from '../types';

const emit = (m: Metric) => process.stdout.write(`${JSON.stringify(m)}\n`);
const round = (x: number) => Math.round(x * 1000) / 1000;

// Deterministic PRNG so runs are comparable.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function p95Classify(classify: (t: string) => unknown, queries: string[]): number {
  for (const q of queries.slice(0, 200)) classify(q); // warm-up (JIT)
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    classify(q);
    times.push(performance.now() - t0);
  }
  return percentile(times.sort((a, b) => a - b), 95);
}

function syntheticPack(base: Pack, scenarios: number, perScenario: number): Pack {
  const chars = [...new Set(base.scenarios.flatMap((s) => s.examples).join('').replace(/[^\u4e00-\u9fff]/g, ''))];
  const words = ['money', 'pay', 'salary', 'loan', 'manager', 'later', 'court', 'card', 'bank', 'fee'];
  const sentence = () => {
    const n = 6 + Math.floor(rand() * 14);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(chars);
    return rand() < 0.1 ? `${s} ${pick(words)} ${pick(words)}` : s;
  };
  return {
    ...base,
    scenarios: Array.from({ length: scenarios }, (_, i) => ({
      id: `synthetic-${i}`,
      title: { 'zh-CN': `场景${i}` },
      examples: Array.from({ length: perScenario }, sentence),
      scripts: [],
      techniques: [],
      nextSteps: [],
    })),
  };
}

const base = loadDefaultPackNode();
const realQueries = base.scenarios.flatMap((s) => s.examples).concat(base.neutralExamples);
const defaultClassifier = buildClassifier(base);
const queries = Array.from({ length: 3000 }, () => pick(realQueries));
emit({ metric: 'classify.p95.default', value: round(p95Classify(defaultClassifier.classify, queries)), unit: 'ms', budget: 1 });

const synthetic = syntheticPack(base, 2000, 10);
console.error(`synthetic pack: ${synthetic.scenarios.length} scenarios, ${synthetic.scenarios.length * 10} examples`);
const builds: number[] = [];
let big = buildClassifier(synthetic);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  big = buildClassifier(synthetic);
  builds.push(performance.now() - t0);
}
builds.sort((a, b) => a - b);
const synthQueries = Array.from({ length: 2000 }, () => (rand() < 0.5 ? pick(pick(synthetic.scenarios).examples) : pick(realQueries)));
emit({ metric: 'classify.p95.synthetic20k', value: round(p95Classify(big.classify, synthQueries)), unit: 'ms', budget: 5 });
emit({ metric: 'classify.build.synthetic20k', value: round(builds[1]!), unit: 'ms', budget: 300 });
