// One 30-day table: situations or scripts with their calls, right-party contacts, calls that took a
// promise and calls with a promise kept; the window's total below. Cells carry
// `data-metric="<kind>:<id>:<column>"` (totals: `window:<column>`).
import type { IdRow, OutcomeRow } from '@/lib/analytics/my-day';
import type { IdTitle } from '@/lib/analytics/my-day-titles';
import type { Locale, Translate } from '@/lib/i18n';

const COLUMNS = [
  ['calls', 'myday.colCalls'],
  ['rpc', 'myday.colRpc'],
  ['promised', 'myday.colPromised'],
  ['kept', 'myday.colKept'],
] as const;

interface Props {
  kind: 'scenario' | 'script';
  rows: IdRow[];
  total: OutcomeRow;
  title: (id: string) => IdTitle;
  t: Translate;
  locale: Locale;
}

export function OutcomeTable({ kind, rows, total, title, t, locale }: Props) {
  const n = (x: number) => x.toLocaleString(locale === 'en' ? 'en-US' : locale);
  if (!rows.length) return <p className="hint">{t('myday.noRows')}</p>;
  return (
    <table className="myday-table" data-testid={`myday-${kind}s`}>
      <thead>
        <tr>
          <th scope="col">{t(kind === 'scenario' ? 'myday.colSituation' : 'myday.colScript')}</th>
          {COLUMNS.map(([col, key]) => (
            <th key={col} scope="col" className="num">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = title(row.id);
          return (
            <tr key={row.id} data-id={row.id}>
              <th scope="row">
                {name.title}
                {name.context && <span className="myday-context">{name.context}</span>}
                {name.unknown && <span className="myday-context">{t('myday.notInPack')}</span>}
              </th>
              {COLUMNS.map(([col]) => (
                <td key={col} className="num" data-metric={`${kind}:${row.id}:${col}`}>
                  {n(row[col])}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('myday.total')}</th>
          {COLUMNS.map(([col]) => (
            <td key={col} className="num" data-metric={`window:${col}`}>
              {n(total[col])}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
