// Read-only view of the PRC holiday calendar the holiday rule uses: per year the holidays and
// the make-up working days, with projected (unofficial) years flagged so nobody relies on them.
import { CN_HOLIDAYS, holidayName, type HolidayCalendar } from '@/lib/compliance';
import type { Locale, Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  locale: Locale;
  calendar?: HolidayCalendar;
}

const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

export function HolidayCalendarView({ t, locale, calendar = CN_HOLIDAYS }: Props) {
  return (
    <div className="data-block" data-testid="holiday-calendar">
      <h3>{t('complianceOpt.holidaysTitle')}</h3>
      <p className="hint">{t('complianceOpt.holidaysHelp')}</p>
      {[...calendar.years]
        .sort((a, b) => a.year - b.year)
        .map((y) => (
          <details key={y.year} className={`holiday-year status-${y.status}`} data-year={y.year} data-status={y.status} open={y.status === 'projected' || undefined}>
            <summary>
              {t('complianceOpt.year', { year: y.year })}{' '}
              <span className={y.status === 'projected' ? 'badge projected' : 'badge official'}>
                {y.status === 'projected' ? t('complianceOpt.projected') : t('complianceOpt.official')}
              </span>
            </summary>
            {y.status === 'projected' && (
              <p className="projected-warning" role="note">
                {t('complianceOpt.projectedWarning')}
              </p>
            )}
            <p className="hint">
              {/* A projected year's source is our own note, said in the UI language; an official
                  year cites the notice by its title, as published. */}
              {t('complianceOpt.source')} {y.status === 'projected' ? t('complianceOpt.projectedSource') : y.source}
            </p>
            <table className="data-table">
              <caption className="visually-hidden">{t('complianceOpt.year', { year: y.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('complianceOpt.holiday')}</th>
                  <th scope="col">{t('complianceOpt.dates')}</th>
                </tr>
              </thead>
              <tbody>
                {y.holidays.map((h) => (
                  <tr key={h.name + h.from}>
                    <td>{holidayName(h.name, locale)}</td>
                    <td>{range(h.from, h.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <strong>{t('complianceOpt.makeUpDays')}</strong>{' '}
              {y.makeUpWorkdays.length ? y.makeUpWorkdays.join('、') : t('complianceOpt.noMakeUpDays')}
            </p>
          </details>
        ))}
    </div>
  );
}
