// `npm run -s classify -- [--pack <file>]`: one utterance per stdin line → one JSON line
// {"text": "...", "top": [{"id": "no-money-now", "score": 0.91}]} (≤ 3 entries; [] = none).
//
// `npm run -s classify -- --eval [--pack <file>] [--set dev|hard|all] [--no-loo]`: per-scenario
// leave-one-out over the pack's examples and per-scenario top-1 on the labelled sets in
// tests/fixtures/eval/, the same lines as run-on speech inside small talk (evaluate.ts asRunOn),
// overall figures and the misses. Lines whose scenario the pack lacks are counted apart (not scored).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadPackFile, DEFAULT_PACK_FILE } from '../lib/packs/load-node';
import type { Pack } from '../lib/packs/schema';
import { buildClassifier } from '../lib/suggest/classifier';
import { asRunOn, evaluateSet, leaveOneOut, parseLabelled, pct, type Labelled, type Report } from '../lib/suggest/evaluate';

const EVAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/eval');
const SETS = { dev: 'utterances.dev.jsonl', hard: 'utterances.hard.jsonl' } as const;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function printReport(title: string, r: Report): void {
  const out = process.stdout;
  out.write(`\n== ${title}: ${r.ok}/${r.total} = ${pct(r)}\n`);
  for (const t of r.rows) out.write(`  ${t.id.padEnd(22)} ${String(t.ok).padStart(3)}/${String(t.total).padEnd(3)} ${pct(t)}\n`);
  if (r.unscorable.length) {
    const ids = [...new Set(r.unscorable.map((l) => l.expect))];
    out.write(`  (not scored: ${r.unscorable.length} lines for ids not in the pack: ${ids.join(', ')})\n`);
  }
  if (r.misses.length) {
    out.write(`  misses:\n`);
    for (const m of r.misses) out.write(`    [${m.expect} → ${m.got}] ${m.text}\n`);
  }
}

function runEval(pack: Pack): void {
  const which = argValue('--set') ?? 'all';
  if (which !== 'all' && !(which in SETS)) {
    console.error(`--set must be dev, hard or all`);
    process.exit(2);
  }
  if (!process.argv.includes('--no-loo')) printReport('leave-one-out (pack examples)', leaveOneOut(pack));
  const names = which === 'all' ? (Object.keys(SETS) as (keyof typeof SETS)[]) : [which as keyof typeof SETS];
  const all: Labelled[] = [];
  for (const name of names) {
    const lines = parseLabelled(readFileSync(resolve(EVAL_DIR, SETS[name]), 'utf8'));
    all.push(...lines);
    printReport(`${name} set top-1`, evaluateSet(pack, lines));
  }
  printReport(`run-on: the Chinese lines above inside small talk, no punctuation`, evaluateSet(pack, asRunOn(all)));
}

async function main() {
  const file = argValue('--pack') ?? DEFAULT_PACK_FILE;
  let pack: Pack;
  try {
    pack = loadPackFile(file);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  if (process.argv.includes('--eval')) return runEval(pack);
  const classifier = buildClassifier(pack);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const text = line.replace(/^\uFEFF/, '');
    if (!text.trim()) continue;
    process.stdout.write(`${JSON.stringify({ text, top: classifier.classify(text).top })}\n`);
  }
}

void main();
