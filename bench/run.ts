// `npm run bench`: runs Node benches (bench/node/*.bench.ts, each a process printing JSON lines)
// and Chromium benches (bench/chromium/*.bench.ts, default export taking a BenchEnv), then prints
// every metric as a JSON line and a readable table. Exit 1 when a metric is over budget.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startDemoServer } from '../demo-crm/server.mjs';
import { launchBrowser } from '../scripts/browser/launch';
import type { BenchEnv, ChromiumBench, Metric } from './types';

const ROOT = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const list = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();

async function bundle(entry: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    alias: { '@': ROOT },
    define: { 'import.meta.env.MODE': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

function parseLines(text: string, source: string): Metric[] {
  const metrics: Metric[] = [];
  for (const line of text.split('\n')) {
    const s = line.trim();
    if (!s.startsWith('{')) continue;
    try {
      const m = JSON.parse(s) as Metric;
      if (typeof m.metric === 'string' && typeof m.value === 'number') metrics.push(m);
    } catch {
      console.error(`bench: ${source}: not JSON: ${s.slice(0, 80)}`);
    }
  }
  return metrics;
}

async function main() {
  const all: Metric[] = [];
  const emit = (ms: Metric[]) => {
    for (const m of ms) {
      all.push(m);
      console.log(JSON.stringify(m));
    }
  };
  for (const f of list('bench/node')) {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/node', f)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 1024 * 1024,
      });
      emit(parseLines(out, f));
    } catch (e) {
      console.error(`bench: ${f} failed: ${e instanceof Error ? e.message : String(e)}`);
      all.push({ metric: `${f}.failed`, value: 1, unit: 'count', budget: 0 });
    }
  }
  const server = await startDemoServer({ port: 0 });
  const env: BenchEnv = { demoUrl: server.url, launchBrowser: (o) => launchBrowser(o), bundle };
  for (const f of list('bench/chromium')) {
    try {
      const mod = (await import(pathToFileURL(join(ROOT, 'bench/chromium', f)).href)) as { default: ChromiumBench };
      emit(await mod.default(env));
    } catch (e) {
      console.error(`bench: ${f} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      all.push({ metric: `${f}.failed`, value: 1, unit: 'count', budget: 0 });
    }
  }
  await server.close();

  const over = all.filter((m) => !(m.value <= m.budget));
  console.log('\n' + ['metric'.padEnd(44), 'value'.padStart(12), 'budget'.padStart(10), '  ok'].join(' '));
  for (const m of all) {
    const v = `${Number(m.value.toFixed(2))} ${m.unit}`;
    console.log([m.metric.padEnd(44), v.padStart(12), String(m.budget).padStart(10), m.value <= m.budget ? '  ✓' : '  ✗ over'].join(' '));
  }
  console.log(`\n${all.length - over.length} within budget, ${over.length} over budget`);
  process.exitCode = over.length ? 1 : 0;
}

void main();
