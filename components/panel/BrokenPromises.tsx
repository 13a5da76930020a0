// Promises this debtor did not keep, flagged at the next call until the agent acknowledges them.
// The list is the debtor's live record: once acknowledged, it empties by itself. Each flag gives the
// earlier promise's own words to quote back ("您 11月20日 说过用微信还2,000元") and a nearer date to
// ask for this time (lib/call/broken-promise).
import { nearerPromiseDate } from '@/lib/call/broken-promise';
import type { PromiseRecord } from '@/lib/db';
import { formatMoney } from '@/lib/format/money';
import { dayOf } from '@/lib/time';
import { useAppEnv } from './AppContext';
import { useServices } from './hooks/useServices';

interface Props {
  promises: PromiseRecord[];
  /** The debtor's calendar day and zone (when each promise was made, the nearer date to propose). */
  todayISO: string;
  timeZone?: string;
}

export function BrokenPromises({ promises, todayISO, timeZone }: Props) {
  const { t, locale } = useAppEnv();
  const { records } = useServices();
  const acknowledge = () => Promise.all(promises.map((p) => (p.id !== undefined ? records.acknowledgePromise(p.id) : null))).catch(() => {});
  if (!promises.length) return null;
  return (
    <div className="compliance-alert" data-severity="warn" role="alert" data-testid="broken-promise">
      <span className="sev">{t('severity.warn')}</span>
      {promises.map((p) => {
        const amount = formatMoney(p.amount, locale, p.currency);
        return (
          <span key={p.id} className="suggestion">
            {t('promise.brokenFlag', { amount, date: p.dueDate, method: p.method })}
            <q className="quote" data-testid="broken-promise-quote">
              {t('promise.quote', { said: dayOf(p.createdAt, timeZone), method: p.method, amount, date: p.dueDate })}
            </q>
          </span>
        );
      })}
      <span className="suggestion" data-testid="broken-promise-nearer">
        {t('promise.nearer', { date: nearerPromiseDate(todayISO) })}
      </span>
      <button type="button" onClick={() => void acknowledge()}>
        {t('promise.acknowledge')}
      </button>
    </div>
  );
}
