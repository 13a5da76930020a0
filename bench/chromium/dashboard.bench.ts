// Team dashboard at scale in Chromium: roll-ups of 200 agents × 90 days (≈ 1 million calls,
// generated with the exporter's builder) imported through the page's file input and every chart
// drawn, timed from the input's change to the frame after the charts (≤ 2 s); the JS heap after;
// and a filter change redrawn.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTeam } from '../../lib/analytics/rollup-generate';
import type { BenchEnv, Metric } from '../types';

const AGENTS = 200;
const DAYS = 90;
const CALLS_PER_DAY = 56; // 200 × 90 × 56 = 1,008,000 calls

export default async function dashboardBench(env: BenchEnv): Promise<Metric[]> {
  const t0 = Date.now();
  const { files, truth } = await generateTeam({ agents: AGENTS, days: DAYS, callsPerDay: CALLS_PER_DAY, from: '2026-08-01', salt: 'bench-team-salt', debtors: 200_000 });
  const dir = mkdtempSync(join(tmpdir(), 'daihou-bench-rollups-'));
  const paths = files.map((f) => {
    const p = join(dir, `${f.agentId}.json`);
    writeFileSync(p, JSON.stringify(f));
    return p;
  });
  const bytes = paths.reduce((n, p) => n + statSync(p).size, 0);
  console.error(`dashboard.bench: generated ${files.length} roll-ups, ${truth.attempts} calls, ${(bytes / 1e6).toFixed(1)} MB in ${Date.now() - t0} ms`);
  const b = await env.launchBrowser();
  try {
    const page = await b.context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f; // tsx names functions with a helper the page lacks');
    await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await page.getByTestId('dash-empty').waitFor();
    await page.getByTestId('dash-import').setInputFiles(paths);
    await page.waitForFunction(() => document.body.dataset.dashboardVersion === '1', null, { timeout: 120_000, polling: 50 });
    const [importDraw, steps] = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
      const start = at('daihou:import-start');
      const marks = ['daihou:files-checked', 'daihou:imported', 'daihou:model', 'daihou:dashboard-drawn'];
      return [at('daihou:dashboard-drawn') - start, marks.map((m, i) => `${m.slice(7)} +${Math.round(at(m) - (i ? at(marks[i - 1]!) : start))}`).join(', ')] as const;
    });
    console.error(`dashboard.bench: steps ${steps} ms`);
    const shown = Number(await page.locator('[data-metric="attempts"][data-row="total"]').getAttribute('data-value'));
    const imported = await page.locator('[data-testid="import-report"] [data-status="imported"]').count();
    const charts = await page.locator('canvas[data-rendered="true"]').count();

    // A filter change: one agent, recomputed and redrawn.
    const filter = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="filter-agent"]')!;
      const before = performance.getEntriesByName('daihou:dashboard-drawn').length;
      const t = performance.now();
      select.value = 'A100';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (performance.getEntriesByName('daihou:dashboard-drawn').length === before) await new Promise((r) => setTimeout(r, 5));
      return performance.getEntriesByName('daihou:dashboard-drawn').at(-1)!.startTime - t;
    });

    // Memory after a GC: the JS heap, plus the array buffers outside it (the store's Int32 tables).
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number; backingStorageSize?: number };
    const heap = usage.usedSize;
    const buffers = usage.backingStorageSize ?? 0;
    console.error(
      `dashboard.bench: ${imported} files imported, ${charts} charts, total attempts shown ${shown} (truth ${truth.attempts}); import+draw ${Math.round(importDraw)} ms; filter redraw ${Math.round(filter)} ms; JS heap ${(heap / 1048576).toFixed(0)} MB + array buffers ${(buffers / 1048576).toFixed(0)} MB`,
    );
    const correct = imported === AGENTS && shown === truth.attempts && charts === 9;
    return [
      { metric: 'dashboard.import-draw-200x90', value: correct ? importDraw : Number.POSITIVE_INFINITY, unit: 'ms', budget: 2000 },
      { metric: 'dashboard.filter-redraw', value: filter, unit: 'ms', budget: 500 },
      { metric: 'dashboard.js-heap', value: heap / 1024, unit: 'KB', budget: 524_288 },
      { metric: 'dashboard.js-heap+buffers', value: (heap + buffers) / 1024, unit: 'KB', budget: 1_048_576 },
    ];
  } finally {
    await b.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
