// Chart.js configurations from the dashboard model: one builder per panel. Rates are drawn in %.
import type { ChartConfiguration } from 'chart.js';
import { OUTCOME_CODES } from '@/lib/db/schema';
import type { DashboardModel } from '@/lib/analytics/metrics';
import type { Translate } from '@/lib/i18n';

const COLORS = ['#2f6fde', '#e0862b', '#2a9d6f', '#c23b3b', '#7b4fc9', '#8c6d3f', '#d65ca8', '#6b7280', '#1fa3b5', '#a3a12b', '#444', '#b5651d', '#3b7a57'];
const pct100 = (p: number) => (Number.isFinite(p) ? Math.round(p * 1000) / 10 : null);
const percentAxis = { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } };

export function situationsChart(m: DashboardModel, t: Translate, label: (s: string) => string): ChartConfiguration {
  const present = OUTCOME_CODES.map((o, i) => [o, i] as const).filter(([, i]) => m.bySituation.some((r) => r.outcomes[i]! > 0));
  return {
    type: 'bar',
    data: {
      labels: m.bySituation.map((r) => label(r.situation)),
      datasets: present.map(([o, i], k) => ({ label: t(`outcome.${o}`), data: m.bySituation.map((r) => r.outcomes[i]!), backgroundColor: COLORS[k % COLORS.length] })),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  };
}

export function scriptsChart(m: DashboardModel, t: Translate): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: m.byScript.map((s) => s.id),
      datasets: [
        { label: t('dash.promiseRate'), data: m.byScript.map((s) => pct100(s.promiseRate.p)), backgroundColor: COLORS[0] },
        { label: t('dash.keptRate'), data: m.byScript.map((s) => pct100(s.keptRate.p)), backgroundColor: COLORS[2] },
      ],
    },
    options: { scales: { y: percentAxis } },
  };
}

/** Champion / challenger: each script's promise-rate interval as a floating bar. */
export function championsChart(m: DashboardModel, t: Translate): ChartConfiguration {
  const pairs = m.champions.flatMap((c) => [c.a, c.b]);
  return {
    type: 'bar',
    data: {
      labels: pairs.map((s) => s.id),
      datasets: [
        {
          label: `${t('dash.promiseRate')} · ${t('dash.interval')}`,
          data: pairs.map((s) => [pct100(s.promiseRate.lo) ?? 0, pct100(s.promiseRate.hi) ?? 0] as [number, number]),
          backgroundColor: pairs.map((_, i) => COLORS[Math.floor(i / 2) % COLORS.length]),
        },
      ],
    },
    options: { indexAxis: 'y', scales: { x: percentAxis } },
  } as ChartConfiguration;
}

export function bucketsChart(m: DashboardModel, t: Translate): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: m.byBucket.map((b) => b.bucket),
      datasets: [{ label: t('dash.keptRate'), data: m.byBucket.map((b) => pct100(b.keptRate.p)), backgroundColor: COLORS[2] }],
    },
    options: { scales: { y: percentAxis } },
  };
}

export function hoursChart(m: DashboardModel, t: Translate): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: m.byHour.map((h) => `${h.hour}:00`),
      datasets: [
        { type: 'bar', label: t('dash.attempts'), data: m.byHour.map((h) => h.attempts), backgroundColor: COLORS[7], yAxisID: 'y' },
        { type: 'line', label: t('dash.rpcRate'), data: m.byHour.map((h) => pct100(h.rpcRate.p)), borderColor: COLORS[0], backgroundColor: COLORS[0], yAxisID: 'y1' },
      ],
    },
    options: { scales: { y: { beginAtZero: true, position: 'left' }, y1: { ...percentAxis, position: 'right', grid: { drawOnChartArea: false } } } },
  } as ChartConfiguration;
}

export function rulesChart(m: DashboardModel, t: Translate): ChartConfiguration {
  const byRule = new Map<string, { findings: number; overrides: number }>();
  for (const r of m.byRule) {
    const x = byRule.get(r.rule) ?? { findings: 0, overrides: 0 };
    x.findings += r.findings;
    x.overrides += r.overrides;
    byRule.set(r.rule, x);
  }
  return {
    type: 'bar',
    data: {
      labels: [...byRule.keys()],
      datasets: [
        { label: t('dash.findings'), data: [...byRule.values()].map((x) => x.findings), backgroundColor: COLORS[1] },
        { label: t('dash.overrides'), data: [...byRule.values()].map((x) => x.overrides), backgroundColor: COLORS[3] },
      ],
    },
    options: { scales: { y: { beginAtZero: true } } },
  };
}

export function weeksChart(m: DashboardModel, t: Translate): ChartConfiguration {
  return {
    type: 'line',
    data: {
      labels: m.byWeek.map((w) => w.week),
      datasets: [
        { label: t('dash.rpcRate'), data: m.byWeek.map((w) => pct100(w.rpcRate.p)), borderColor: COLORS[0], backgroundColor: COLORS[0] },
        { label: t('dash.promiseRate'), data: m.byWeek.map((w) => pct100(w.promiseRate.p)), borderColor: COLORS[1], backgroundColor: COLORS[1] },
        { label: t('dash.keptRate'), data: m.byWeek.map((w) => pct100(w.keptRate.p)), borderColor: COLORS[2], backgroundColor: COLORS[2] },
      ],
    },
    options: { scales: { y: percentAxis } },
  };
}

export function agentsChart(m: DashboardModel, t: Translate): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: m.byAgent.map((a) => a.agent),
      datasets: [
        { label: t('dash.rpcRate'), data: m.byAgent.map((a) => pct100(a.rpcRate.p)), backgroundColor: COLORS[0] },
        { label: t('dash.promiseRate'), data: m.byAgent.map((a) => pct100(a.promiseRate.p)), backgroundColor: COLORS[1] },
        { label: t('dash.keptRate'), data: m.byAgent.map((a) => pct100(a.keptRate.p)), backgroundColor: COLORS[2] },
      ],
    },
    options: { scales: { y: percentAxis } },
  };
}

export function bandsChart(m: DashboardModel, t: Translate): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: m.byBand.map((b) => b.band),
      datasets: [
        { label: t('dash.promises'), data: m.byBand.map((b) => b.promises), backgroundColor: COLORS[1] },
        { label: t('dash.kept'), data: m.byBand.map((b) => b.kept), backgroundColor: COLORS[2] },
      ],
    },
    options: { scales: { y: { beginAtZero: true } } },
  };
}
