// Every chart of the dashboard with its table: outcomes by situation, scripts, champion /
// challenger, kept rate by bucket, attempts by hour vs right-party contact rate, findings and
// overrides by rule and agent, weekly trends, team members.
import { useMemo } from 'react';
import type { DashboardModel, Figures, ScriptRow } from '@/lib/analytics/metrics';
import { OUTCOME_CODES } from '@/lib/db/schema';
import type { Translate } from '@/lib/i18n';
import { ChartPanel } from './ChartPanel';
import { ChampionTable } from './ChampionTable';
import * as charts from './chart-configs';
import type { Column } from './table-data';

interface Props {
  model: DashboardModel;
  t: Translate;
  /** A situation id as people read it (the pack's title when known). */
  situationLabel: (id: string) => string;
  /** The pack editor at a script (options page URL). */
  editorUrl: (packId: string, scriptId: string) => string;
}

export function figureColumns<R extends Figures>(t: Translate): Column<R>[] {
  return [
    { key: 'attempts', label: t('dash.attempts'), value: (r) => r.attempts, metric: 'attempts' },
    { key: 'rpc', label: t('dash.rpc'), value: (r) => r.rpc, metric: 'rpc' },
    { key: 'rpcRate', label: t('dash.rpcRate'), value: (r) => r.rpcRate, metric: 'rpcRate' },
    { key: 'promises', label: t('dash.promises'), value: (r) => r.promises, metric: 'promises' },
    { key: 'promiseRate', label: t('dash.promiseRate'), value: (r) => r.promiseRate, metric: 'promiseRate' },
    { key: 'kept', label: t('dash.kept'), value: (r) => r.kept, metric: 'kept' },
    { key: 'pending', label: t('dash.pending'), value: (r) => r.pending, metric: 'pending' },
    { key: 'keptRate', label: t('dash.keptRate'), value: (r) => r.keptRate, metric: 'keptRate' },
  ];
}

export function Panels({ model: m, t, situationLabel, editorUrl }: Props) {
  const c = useMemo(
    () => ({
      situations: charts.situationsChart(m, t, situationLabel),
      scripts: charts.scriptsChart(m, t),
      champions: charts.championsChart(m, t),
      buckets: charts.bucketsChart(m, t),
      hours: charts.hoursChart(m, t),
      rules: charts.rulesChart(m, t),
      weeks: charts.weeksChart(m, t),
      agents: charts.agentsChart(m, t),
      bands: charts.bandsChart(m, t),
    }),
    [m, t, situationLabel],
  );
  const sitCols = useMemo<Column<DashboardModel['bySituation'][number]>[]>(() => {
    const present = OUTCOME_CODES.map((o, i) => [o, i] as const).filter(([, i]) => m.bySituation.some((r) => r.outcomes[i]! > 0));
    return [
      { key: 'situation', label: t('dash.situation'), value: (r) => situationLabel(r.situation) },
      ...figureColumns<DashboardModel['bySituation'][number]>(t),
      ...present.map(([o, i]) => ({ key: `outcome-${o}`, label: t(`outcome.${o}`), value: (r: DashboardModel['bySituation'][number]) => r.outcomes[i]!, metric: `outcome.${o}` })),
    ];
  }, [m, t, situationLabel]);
  const scriptCols = useMemo<Column<ScriptRow>[]>(
    () => [
      { key: 'script', label: t('dash.script'), value: (r) => r.id },
      { key: 'situation', label: t('dash.situation'), value: (r) => situationLabel(r.situation) },
      { key: 'pack', label: t('dash.pack'), value: (r) => (r.packId ? `${r.packId}@${r.packVersion}` : '—') },
      { key: 'uses', label: t('dash.uses'), value: (r) => r.attempts, metric: 'uses' },
      ...figureColumns<ScriptRow>(t).slice(1),
    ],
    [t, situationLabel],
  );
  const simple = <K extends string>(key: K, label: string, get: (r: Figures & Record<K, string | number>) => string | number) =>
    [{ key, label, value: get }, ...figureColumns(t)] as Column<Figures & Record<K, string | number>>[];
  const ruleCols: Column<DashboardModel['byRule'][number]>[] = [
    { key: 'rule', label: t('dash.rule'), value: (r) => r.rule },
    { key: 'agent', label: t('dash.agent'), value: (r) => r.agent },
    { key: 'severity', label: t('dash.severity'), value: (r) => r.severity },
    { key: 'findings', label: t('dash.findings'), value: (r) => r.findings, metric: 'findings' },
    { key: 'overrides', label: t('dash.overrides'), value: (r) => r.overrides, metric: 'overrides' },
  ];
  const championRows = m.champions.flatMap((p) => [p.a, p.b].map((s) => ({ ...s, pair: p.situation, overlap: p.overlap })));
  const championCols: Column<(typeof championRows)[number]>[] = [
    { key: 'situation', label: t('dash.situation'), value: (r) => situationLabel(r.pair) },
    ...scriptCols.slice(0, 1),
    ...figureColumns<(typeof championRows)[number]>(t).slice(1),
    { key: 'significant', label: t('dash.significant'), value: (r) => (r.overlap ? t('dash.notSignificant') : t('dash.significant')) },
  ];
  const bandCols: Column<DashboardModel['byBand'][number]>[] = [
    { key: 'band', label: t('dash.band'), value: (r) => r.band },
    { key: 'promises', label: t('dash.promises'), value: (r) => r.promises, metric: 'promises' },
    { key: 'kept', label: t('dash.kept'), value: (r) => r.kept, metric: 'kept' },
    { key: 'keptRate', label: t('dash.keptRate'), value: (r) => r.keptRate, metric: 'keptRate' },
  ];
  const weakLink = (r: ScriptRow) =>
    r.weak ? (
      <span className="dash-weak" data-weak={r.id}>
        {t('dash.weak')} ·{' '}
        <a href={editorUrl(r.packId, r.id)} target="_blank" rel="noreferrer" data-testid="edit-script-link">
          {t('dash.editScript')}
        </a>
      </span>
    ) : null;

  return (
    <>
      <ChartPanel id="situations" title={t('dash.chart.situations')} rows={m.bySituation} rowKey={(r) => r.situation || '-'} columns={sitCols} chart={c.situations} t={t} />
      <ChartPanel id="scripts" title={t('dash.chart.scripts')} rows={m.byScript} rowKey={(r) => `${r.id}@${r.packId}@${r.packVersion}`} columns={scriptCols} chart={c.scripts} t={t} extra={weakLink}>
        <ul className="dash-weak-list">
          {m.byScript.filter((r) => r.weak).map((r) => (
            <li key={r.key}>
              {r.id}: {weakLink(r)}
            </li>
          ))}
        </ul>
      </ChartPanel>
      <ChartPanel id="champions" title={t('dash.chart.champions')} rows={championRows} rowKey={(r) => `${r.pair}:${r.id}`} columns={championCols} chart={m.champions.length ? c.champions : null} t={t}>
        <ChampionTable pairs={m.champions} t={t} situationLabel={situationLabel} />
      </ChartPanel>
      <ChartPanel id="buckets" title={t('dash.chart.buckets')} rows={m.byBucket} rowKey={(r) => r.bucket} columns={simple('bucket', t('dash.bucket'), (r) => r.bucket)} chart={c.buckets} t={t} />
      <ChartPanel id="hours" title={t('dash.chart.hours')} rows={m.byHour} rowKey={(r) => String(r.hour)} columns={simple('hour', t('dash.hour'), (r) => r.hour)} chart={c.hours} t={t} />
      <ChartPanel id="rules" title={t('dash.chart.rules')} rows={m.byRule} rowKey={(r) => `${r.rule}|${r.agent}|${r.severity}`} columns={ruleCols} chart={c.rules} t={t} />
      <ChartPanel id="weeks" title={t('dash.chart.weeks')} rows={m.byWeek} rowKey={(r) => r.week} columns={simple('week', t('dash.week'), (r) => r.week)} chart={c.weeks} t={t} />
      <ChartPanel id="bands" title={t('dash.chart.bands')} rows={m.byBand} rowKey={(r) => r.band} columns={bandCols} chart={c.bands} t={t} />
      <ChartPanel id="agents" title={t('dash.chart.agents')} rows={m.byAgent} rowKey={(r) => r.agent} columns={simple('agent', t('dash.agent'), (r) => r.agent)} chart={c.agents} t={t} />
    </>
  );
}
