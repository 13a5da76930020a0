// Call-backs agreed with debtors and not yet made, soonest first, beside the promises due: the time
// on the debtor's clock (their zone named) and a link to the CRM page. A call to the debtor clears one.
import { useLiveQuery } from 'dexie-react-hooks';
import { upcomingCallbacks } from '@/lib/db';
import { formatHhMm, localTime } from '@/lib/time';
import type { Locale, Translate } from '@/lib/i18n';
import { CALLBACK_GRACE_MS } from '@/lib/reminders/plan';
import { debtorLabel, debtorsByKey, safeUrl } from './format';

interface Props {
  t: Translate;
  locale: Locale;
  /** Epoch ms (tests fix it); defaults to now when the list is read. */
  now?: number;
}

export function CallbacksPanel({ t, now }: Props) {
  const data = useLiveQuery(async () => {
    // Recently due ones stay listed for the reminder's grace period, so a missed time is still seen.
    const callbacks = await upcomingCallbacks((now ?? Date.now()) - CALLBACK_GRACE_MS);
    return { callbacks, debtors: await debtorsByKey(callbacks.map((c) => c.debtorKey)) };
  }, [now]);
  return (
    <div className="data-block" data-testid="callbacks-panel">
      <h4>{t('data.callbacks', { count: data?.callbacks.length ?? 0 })}</h4>
      {!data ? (
        <p className="hint">{t('loading')}</p>
      ) : data.callbacks.length === 0 ? (
        <p className="hint">{t('data.noPromises')}</p>
      ) : (
        <ul className="plain-list" data-testid="callbacks-upcoming">
          {data.callbacks.map((c) => {
            const zone = c.callbackZone ?? c.timeZone;
            const l = localTime(c.callbackAt, zone);
            const url = safeUrl(data.debtors.get(c.debtorKey)?.url);
            return (
              <li key={c.id} data-testid="callback-row" data-at={c.callbackAt}>
                <div className="row wrap">
                  <strong>{debtorLabel(c.debtorKey, data.debtors.get(c.debtorKey))}</strong>
                  <span>{t('data.callbackAt', { date: l.isoDate, time: formatHhMm(l.minutesOfDay), zone })}</span>
                  {url && (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {t('data.openCrm')}
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
