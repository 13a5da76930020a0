// The debtor's timeline: calls with their outcome, note and promise, newest first.
import { useEffect, useState } from 'react';
import { isOutcomeCode } from '@/lib/call/outcomes';
import { getTimeline, type TimelineItem } from '@/lib/db';
import { useAppEnv } from './AppContext';
import { formatMoney } from '@/lib/format/money';

export function History({ debtorKey, version }: { debtorKey: string; version: number }) {
  const { t, locale } = useAppEnv();
  const [items, setItems] = useState<TimelineItem[] | null>(null);
  useEffect(() => {
    let alive = true;
    getTimeline(debtorKey, { limit: 30 }).then((x) => alive && setItems(x), () => alive && setItems([]));
    return () => {
      alive = false;
    };
  }, [debtorKey, version]);
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
