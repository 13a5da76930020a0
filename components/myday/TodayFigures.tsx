// Today's figures: each number in an element of its own with `data-metric`, its label beside it
// (plural-aware). A new agent's day shows the empty state instead of a wall of zeros.
import type { MyDayToday } from '@/lib/analytics/my-day';
import type { Locale, MessageKey, Translate } from '@/lib/i18n';
import { formatTotals } from './money';

type CountKey = Extract<MessageKey, 'myday.calls' | 'myday.rpc' | 'myday.thirdParty' | 'myday.discarded' | 'myday.notEnded' | 'myday.promises' | 'myday.due' | 'myday.dueKept' | 'myday.warnings' | 'myday.overrides'>;
type AmountKey = Extract<MessageKey, 'myday.promisesAmount' | 'myday.dueAmount' | 'myday.dueKeptAmount'>;

interface Props {
  today: MyDayToday;
  t: Translate;
  locale: Locale;
}

export function TodayFigures({ today, t, locale }: Props) {
  const count = (metric: string, n: number, key: CountKey) => (
    <li key={metric}>
      <strong className="myday-figure" data-metric={metric}>
        {n.toLocaleString(locale === 'en' ? 'en-US' : locale)}
      </strong>{' '}
      <span>{t(key, { count: n })}</span>
    </li>
  );
  const amount = (metric: string, totals: Record<string, number>, key: AmountKey) => (
    <li key={metric}>
      <span>{t(key)}</span>{' '}
      <strong className="myday-figure" data-metric={metric}>
        {formatTotals(totals, locale)}
      </strong>
    </li>
  );
  const { excluded, promises, due, compliance } = today;
  const nothing = today.calls === 0 && promises.count === 0 && due.count === 0 && compliance.overrides === 0;
  return (
    <div className="myday-today" data-testid="myday-today" data-day={today.day}>
      {today.calls === 0 && (
        <p className="hint" data-testid="myday-empty">
          {t('myday.empty')}
        </p>
      )}
      {!nothing && (
        <>
          <ul className="myday-figures">
            {count('calls', today.calls, 'myday.calls')}
            {count('rpc', today.rpc, 'myday.rpc')}
            {count('third-party', today.thirdParty, 'myday.thirdParty')}
            {count('promises', promises.count, 'myday.promises')}
            {amount('promises-amount', promises.amount, 'myday.promisesAmount')}
          </ul>
          <ul className="myday-figures">
            {count('due', due.count, 'myday.due')}
            {count('due-kept', due.kept, 'myday.dueKept')}
            {amount('due-amount', due.amount, 'myday.dueAmount')}
            {amount('due-kept-amount', due.keptAmount, 'myday.dueKeptAmount')}
          </ul>
          <ul className="myday-figures">
            {count('warnings', compliance.callsWithWarnings, 'myday.warnings')}
            {count('overrides', compliance.overrides, 'myday.overrides')}
          </ul>
        </>
      )}
      {(excluded.discarded > 0 || excluded.notEnded > 0) && (
        <ul className="myday-figures hint">
          {count('excluded-discarded', excluded.discarded, 'myday.discarded')}
          {count('excluded-not-ended', excluded.notEnded, 'myday.notEnded')}
        </ul>
      )}
    </div>
  );
}
