// Lint benchmark: `npx tsx bench/node/lint.bench.ts`. A typed note linted by rules + the learned layer
// (the panel lints on every keystroke). stdout carries only JSON metric lines (see bench/types.ts).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintText } from '../../lib/compliance/lint';
import { loadLintModel } from '../../lib/compliance/lint-learned';
import { percentile, type Metric } from '../types';

const emit = (m: Metric) => process.stdout.write(`${JSON.stringify(m)}\n`);
const round = (x: number) => Math.round(x * 1000) / 1000;

const ROOT = resolve(import.meta.dirname, '../..');
const lines = ['train.tsv', 'heldout.tsv'].flatMap((f) =>
  readFileSync(resolve(ROOT, 'lib/compliance/lint-corpus', f), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf('\t') + 1)),
);
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
// A typed note: two to five corpus lines run together, as an agent's wrap-up note would be.
const notes = Array.from({ length: 2000 }, () => Array.from({ length: 2 + Math.floor(rand() * 4) }, () => lines[Math.floor(rand() * lines.length)]!).join('。'));

const t0 = performance.now();
await loadLintModel();
const loadMs = performance.now() - t0;
for (const n of notes.slice(0, 200)) lintText(n, { amountOverdue: 5000 }); // warm-up (JIT)
const times: number[] = [];
for (const n of notes) {
  const s = performance.now();
  lintText(n, { amountOverdue: 5000 });
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.error(`lint: ${notes.length} notes, mean ${Math.round(notes.reduce((a, n) => a + n.length, 0) / notes.length)} chars`);
emit({ metric: 'lint.p95.note', value: round(percentile(times, 95)), unit: 'ms', budget: 5 });
emit({ metric: 'lint.model.load', value: round(loadMs), unit: 'ms', budget: 200 });
