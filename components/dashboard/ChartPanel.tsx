// A dashboard panel: its chart, its table (toggle) and a CSV download of that table. Every figure
// cell carries data-metric, data-row (the row's key) and data-value for tests.
import { useMemo, useState, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { Translate } from '@/lib/i18n';
import type { Rate } from '@/lib/analytics/wilson';
import { ChartCanvas } from './ChartCanvas';
import { downloadCsv, type Column } from './table-data';
import { formatCell } from './format';

const LAZY_ROWS = 60;

interface Props<R> {
  id: string;
  title: string;
  rows: readonly R[];
  rowKey: (r: R) => string;
  columns: readonly Column<R>[];
  chart: ChartConfiguration | null;
  t: Translate;
  /** An extra cell per row (e.g. the link to the pack editor). */
  extra?: (r: R) => ReactNode;
  children?: ReactNode;
}

export function ChartPanel<R>({ id, title, rows, rowKey, columns, chart, t, extra, children }: Props<R>) {
  const [showTable, setShowTable] = useState(false);
  const tableId = `${id}-table`;
  // A long table (every agent, every rule × agent) is only built once it is shown.
  const build = showTable || rows.length <= LAZY_ROWS;
  const body = useMemo(
    () =>
      !build ? null : rows.map((r) => {
        const key = rowKey(r);
        return (
          <tr key={key} data-row={key}>
            {columns.map((c) => {
              const v = c.value(r);
              const rate = typeof v === 'object' && v !== null ? (v as Rate) : null;
              return (
                <td
                  key={c.key}
                  data-metric={c.metric}
                  data-row={c.metric ? key : undefined}
                  data-value={rate ? (Number.isFinite(rate.p) ? rate.p : '') : String(v)}
                  {...(rate ? { 'data-k': rate.k, 'data-n': rate.n, 'data-lo': Number.isFinite(rate.lo) ? rate.lo : '', 'data-hi': Number.isFinite(rate.hi) ? rate.hi : '' } : {})}
                >
                  {formatCell(v)}
                </td>
              );
            })}
            {extra && <td>{extra(r)}</td>}
          </tr>
        );
      }),
    [rows, rowKey, columns, extra, build],
  );
  return (
    <section className="card dash-panel" data-testid={`panel-${id}`} aria-labelledby={`${id}-title`}>
      <header className="row wrap">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)} data-testid={`${id}-toggle`}>
          {showTable ? t('dash.hideTable') : t('dash.showTable')}
        </button>
        <button type="button" onClick={() => downloadCsv(`daihou-${id}.csv`, columns, rows)} data-testid={`${id}-csv`}>
          {t('dash.csv')}
        </button>
      </header>
      {chart && <ChartCanvas id={id} config={chart} label={title} />}
      {children}
      <div className="dash-table-wrap" id={tableId} hidden={!showTable}>
        <table className="dash-table" data-table={id}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              {extra && <th />}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </section>
  );
}
