// What a panel's table shows and downloads: columns of plain values or rates (with intervals).
import { CSV_BOM, csvCell } from '@/lib/db/export';
import type { Rate } from '@/lib/analytics/wilson';
import { downloadText } from '../options/files';

export interface Column<R> {
  key: string;
  label: string;
  value: (r: R) => string | number | Rate;
  /** The figure's name in data-metric (rpcRate, promiseRate, keptRate, attempts…); absent for labels. */
  metric?: string;
}

const isRate = (v: unknown): v is Rate => typeof v === 'object' && v !== null && 'k' in v && 'n' in v;

/** CSV text of a table: a rate becomes three columns (rate, 95 % low, 95 % high) plus k and n. */
export function tableCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const sample = rows[0];
  const header: string[] = [];
  for (const c of columns) {
    if (sample !== undefined && isRate(c.value(sample))) header.push(c.label, `${c.label} 95% lo`, `${c.label} 95% hi`, `${c.label} k`, `${c.label} n`);
    else header.push(c.label);
  }
  const lines = [header.map(csvCell).join(',')];
  const num = (x: number) => (Number.isFinite(x) ? Number(x.toFixed(6)) : '');
  for (const r of rows) {
    const cells: (string | number)[] = [];
    for (const c of columns) {
      const v = c.value(r);
      if (isRate(v)) cells.push(num(v.p), num(v.lo), num(v.hi), v.k, v.n);
      else cells.push(v);
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export function downloadCsv<R>(filename: string, columns: readonly Column<R>[], rows: readonly R[]): void {
  downloadText(filename, tableCsv(columns, rows), 'text/csv');
}
