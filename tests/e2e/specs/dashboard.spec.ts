// The team dashboard in real Chromium: an agent exports a roll-up from Options → Data, the
// supervisor imports it with generated roll-ups of known figures, a corrupted file is named and
// refused, the figures match and every chart has drawn on its canvas.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateTeam } from '../../../lib/analytics/rollup-generate';
import { ROOT } from '../../../scripts/browser/launch';
import { expect, test } from '../fixtures';

const SALT = 'e2e-team-salt-2026';
const CHARTS = ['situations', 'scripts', 'champions', 'buckets', 'hours', 'rules', 'weeks', 'bands', 'agents'];

const figure = (page: Page, metric: string, row = 'total') => page.locator(`[data-metric="${metric}"][data-row="${row}"]`).first();

test('dashboard: import roll-ups, check the figures and the charts', async ({ ext: b }) => {
  const dir = mkdtempSync(join(tmpdir(), 'daihou-rollups-'));
  try {
    // An agent's own roll-up from Options → Data (an empty database: a valid file with no calls).
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html#data`);
    await options.getByTestId('rollup-export').waitFor();
    await options.getByTestId('rollup-agent-id').fill('Z900');
    await options.getByTestId('rollup-salt').fill(SALT);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('rollup-export-button').click()]);
    await expect(options.getByTestId('rollup-status')).toContainText('daihou-rollup-Z900-');
    const own = join(dir, download.suggestedFilename());
    await download.saveAs(own);
    expect(JSON.parse(readFileSync(own, 'utf8'))).toMatchObject({ format: 'daihou-assist-rollup', agentId: 'Z900' });
    const dashboardHref = await options.getByTestId('dashboard-link').getAttribute('href');
    expect(dashboardHref).toBe(`chrome-extension://${b.extensionId}/dashboard.html`);

    const { files, truth } = await generateTeam({ agents: 6, days: 28, callsPerDay: 40, from: '2026-10-05', salt: SALT, debtors: 2000 });
    const paths = files.map((f) => {
      const p = join(dir, `${f.agentId}.json`);
      writeFileSync(p, JSON.stringify(f));
      return p;
    });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(files[0]).slice(0, 500));

    const page = await b.context.newPage();
    await page.goto(dashboardHref!);
    await page.getByTestId('dash-empty').waitFor();
    await page.getByTestId('dash-import').setInputFiles([...paths, own, broken]);
    const report = page.getByTestId('import-report');
    await expect(report.locator('[data-status="imported"]')).toHaveCount(7);
    await expect(report.locator('[data-file="broken.json"]')).toHaveAttribute('data-status', 'refused');
    await expect(report.locator('[data-file="broken.json"]')).toContainText('broken.json');

    await expect(figure(page, 'attempts')).toHaveAttribute('data-value', String(truth.attempts));
    await expect(figure(page, 'rpc')).toHaveAttribute('data-value', String(truth.rpc));
    await expect(figure(page, 'promises')).toHaveAttribute('data-value', String(truth.promises));
    await expect(figure(page, 'kept')).toHaveAttribute('data-value', String(truth.kept));
    await expect(figure(page, 'distinctReached')).toHaveAttribute('data-value', String(truth.distinctReached));
    const s = truth.scripts.get('illness-a')!;
    await expect(figure(page, 'uses', 'illness-a@default@1.4.0')).toHaveAttribute('data-value', String(s.uses));
    await expect(figure(page, 'promiseRate', 'illness-a@default@1.4.0')).toHaveAttribute('data-k', String(s.promises));
    await expect(page.locator('[data-metric="champion.significant"]')).toHaveCount(5);

    // Every chart drew: a Chart.js canvas with data and painted pixels.
    for (const id of CHARTS) {
      const canvas = page.locator(`canvas[data-chart="${id}"]`);
      await expect(canvas).toHaveAttribute('data-rendered', 'true');
      expect(Number(await canvas.getAttribute('data-points')), id).toBeGreaterThan(0);
      const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
      expect(painted, id).toBeGreaterThan(500);
    }

    await page.screenshot({ path: join(ROOT, 'screenshots', 'dashboard.png'), fullPage: true });

    // Filter to one team member: the totals follow.
    await page.getByTestId('filter-agent').selectOption('A003');
    await expect(figure(page, 'attempts')).toHaveAttribute('data-value', String(28 * 40));
    // The table of a chart opens, and its CSV downloads.
    await page.getByTestId('hours-toggle').click();
    await expect(page.locator('#hours-table')).toBeVisible();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('hours-csv').click()]);
    expect(csv.suggestedFilename()).toBe('daihou-hours.csv');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
