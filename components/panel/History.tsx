// The debtor's timeline: calls with their outcome, note and promise, newest first. Watched live:
// a saved call, or a promise the background marks broken, shows without a refresh.
import { useLiveQuery } from 'dexie-react-hooks';
import { toZonedInput } from '@/lib/call/callback';
import { isOutcomeCode } from '@/lib/call/outcomes';
import { useAppEnv } from './AppContext';
import { formatMoney } from '@/lib/format/money';
import { useServices } from './hooks/useServices';

const SHOWN = 30;

export function History({ debtorKey }: { debtorKey: string }) {
  const { t, locale } = useAppEnv();
  const { records } = useServices();
  // Unreadable history shows as empty, as before: the database alert above says why.
  const items = useLiveQuery(() => records.timeline(debtorKey, SHOWN).catch(() => []), [records, debtorKey]);
  const when = (at: number) => new Date(at).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
  const promiseLine = (p: { amount: number; currency: string; dueDate: string; method: string; status: string }) => (
    <span className={`status-${p.status}`}>
      {t('history.promise', { amount: formatMoney(p.amount, locale, p.currency), date: p.dueDate, method: p.method })} ·{' '}
      {t(`promise.${p.status as 'pending'}`)}
    </span>
  );
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        {t('history.title')}
      </h2>
      {items?.length === 0 && <p className="hint">{t('history.empty')}</p>}
      <ul className="history">
        {items?.map((item) => (
          <li key={`${item.kind}-${item.at}-${item.kind === 'call' ? item.call.id : item.kind === 'note' ? item.note.id : item.promise.id}`} data-testid="history-item">
            <div className="when">{when(item.at)}</div>
            {item.kind === 'call' && (
              <>
                <strong>{item.call.outcome ? (isOutcomeCode(item.call.outcome) ? t(`outcome.${item.call.outcome}`) : '') : '…'}</strong>
                {item.notes.map((n) => (
                  <p key={n.id}>{n.text}</p>
                ))}
                {item.promises.map((p) => (
                  <p key={p.id}>{promiseLine(p)}</p>
                ))}
                {item.call.callbackAt !== undefined && (
                  <p data-testid="history-callback">{t('history.callback', { at: toZonedInput(item.call.callbackAt, item.call.callbackZone ?? item.call.timeZone).replace('T', ' '), zone: item.call.callbackZone ?? item.call.timeZone })}</p>
                )}
              </>
            )}
            {item.kind === 'note' && <p>{item.note.text}</p>}
            {item.kind === 'promise' && <p>{promiseLine(item.promise)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
