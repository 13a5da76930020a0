// The rendered dashboard: generated roll-ups with known figures are imported through the file
// input and every figure shows them (data-metric hooks); a bad file is named and refused.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { tableCsv } from '@/components/dashboard/table-data';
import { figureColumns } from '@/components/dashboard/Panels';
import { computeModel } from '@/lib/analytics/metrics';
import { generateTeam } from '@/lib/analytics/rollup-generate';
import { importRollups, TeamStore } from '@/lib/analytics/rollup-import';
import { settingsItem } from '@/lib/settings';
import { translator } from '@/lib/i18n';

afterEach(() => cleanup());

const SALT = 'dash-test-salt';
const metric = (container: HTMLElement, name: string, row: string) => container.querySelector<HTMLElement>(`[data-metric="${name}"][data-row="${row}"]`);

async function importInto(container: HTMLElement, files: { name: string; text: string }[]) {
  const input = within(container).getByTestId('dash-import');
  fireEvent.change(input, { target: { files: files.map((f) => new File([f.text], f.name, { type: 'application/json' })) } });
  await waitFor(() => expect(within(container).getByTestId('import-report')).toBeTruthy());
}

describe('team dashboard', () => {
  it('shows the figures of the imported roll-ups', async () => {
    await settingsItem.setValue({ locale: 'zh-CN' });
    const { files, truth } = await generateTeam({ agents: 3, days: 14, callsPerDay: 25, from: '2026-11-02', salt: SALT, debtors: 400 });
    const { container } = render(<DashboardApp />);
    expect(screen.getByTestId('dash-empty')).toBeTruthy();
    await importInto(container, files.map((f, i) => ({ name: `agent-${i}.json`, text: JSON.stringify(f) })));
    await waitFor(() => expect(metric(container, 'attempts', 'total')).toBeTruthy());
    const report = screen.getByTestId('import-report');
    expect(report.querySelectorAll('[data-status="imported"]')).toHaveLength(3);
    expect(report.textContent).toContain('agent-0.json：已导入 A001 的 14 天（350 通电话）');

    expect(metric(container, 'attempts', 'total')!.dataset.value).toBe(String(truth.attempts));
    expect(metric(container, 'rpc', 'total')!.dataset.value).toBe(String(truth.rpc));
    expect(metric(container, 'promises', 'total')!.dataset.value).toBe(String(truth.promises));
    expect(metric(container, 'kept', 'total')!.dataset.value).toBe(String(truth.kept));
    expect(metric(container, 'distinctReached', 'total')!.dataset.value).toBe(String(truth.distinctReached));
    const kept = metric(container, 'keptRate', 'total')!;
    expect(Number(kept.dataset.value)).toBeCloseTo(truth.kept / (truth.promises - truth.pending), 10);
    expect(kept.textContent).toMatch(/^\d+\.\d% \[\d+\.\d%–\d+\.\d%\]$/);
    for (const [id, s] of truth.scripts) {
      const row = `${id}@default@1.4.0`;
      expect(metric(container, 'uses', row)!.dataset.value).toBe(String(s.uses));
      expect(metric(container, 'promises', row)!.dataset.value).toBe(String(s.promises));
      const pr = metric(container, 'promiseRate', row)!;
      expect(pr.dataset.k).toBe(String(s.promises));
      expect(pr.dataset.n).toBe(String(s.rpc));
    }
    // Promises by amount band add up to all promises.
    const bands = [...container.querySelectorAll<HTMLElement>('[data-table="bands"] [data-metric="promises"]')].map((e) => Number(e.dataset.value));
    expect(bands.reduce((a, b) => a + b, 0)).toBe(truth.promises);
    // Champion / challenger: five situations, each with two scripts and a verdict.
    expect(container.querySelectorAll('[data-metric="champion.significant"]')).toHaveLength(5);
    // Each chart has its canvas and its table (hidden until toggled).
    for (const id of ['situations', 'scripts', 'champions', 'buckets', 'hours', 'rules', 'weeks', 'bands', 'agents']) {
      const canvas = container.querySelector<HTMLCanvasElement>(`canvas[data-chart="${id}"]`);
      expect(canvas, id).toBeTruthy();
      expect(Number(canvas!.dataset.points), id).toBeGreaterThan(0);
    }
    const table = container.querySelector('#hours-table')!;
    expect(table.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByTestId('hours-toggle'));
    expect(table.hasAttribute('hidden')).toBe(false);

    // Filter to one agent: the totals follow.
    fireEvent.change(screen.getByTestId('filter-agent'), { target: { value: 'A002' } });
    await waitFor(() => expect(metric(container, 'attempts', 'total')!.dataset.value).toBe('350'));
  });

  it('names a refused file and imports the good ones; a second import of the same file is skipped', async () => {
    await settingsItem.setValue({ locale: 'en' });
    const { files } = await generateTeam({ agents: 1, days: 3, callsPerDay: 5, from: '2026-11-02', salt: SALT });
    const { container } = render(<DashboardApp />);
    const good = JSON.stringify(files[0]);
    await importInto(container, [
      { name: 'good.json', text: good },
      { name: 'broken.json', text: good.slice(0, 100) },
    ]);
    const report = screen.getByTestId('import-report');
    expect(report.querySelector('[data-file="broken.json"]')!.textContent).toBe('broken.json: corrupted (not valid JSON); not imported');
    expect(report.querySelector('[data-file="good.json"]')!.getAttribute('data-status')).toBe('imported');
    await importInto(container, [{ name: 'again.json', text: good }]);
    await waitFor(() => expect(screen.getByTestId('import-report').querySelector('[data-file="again.json"]')!.textContent).toBe('again.json: the same file is already imported (A001); skipped'));
    expect(metric(container, 'attempts', 'total')!.dataset.value).toBe('15');
  });

  it('a table downloads as CSV with rates, intervals and counts', async () => {
    const { files } = await generateTeam({ agents: 1, days: 2, callsPerDay: 10, from: '2026-11-02', salt: SALT });
    const store = new TeamStore();
    await importRollups(store, [{ name: 'a', text: JSON.stringify(files[0]) }]);
    const m = computeModel(store);
    const csv = tableCsv(figureColumns(translator('en')), [m.totals]);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toContain('Right-party contact rate,Right-party contact rate 95% lo,Right-party contact rate 95% hi');
    expect(line!.split(',')[0]).toBe('20');
  });
});
