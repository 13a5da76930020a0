// Promises to pay due today and overdue, with the three elements (date, method, amount); the
// supervisor or agent marks each kept, broken or cancelled. The call-backs agreed are listed below them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { duePromises, markPromise, overduePromises, type DebtorRecord, type PromiseRecord, type PromiseStatus } from '@/lib/db';
import { todayISO } from '@/lib/time';
import type { Locale, Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { CallbacksPanel } from './CallbacksPanel';
import { debtorLabel, debtorsByKey, errorText, safeUrl } from './format';

interface Props {
  t: Translate;
  locale: Locale;
}

const ACTIONS: { status: PromiseStatus; key: 'data.markKept' | 'data.markBroken' | 'data.markCancelled' }[] = [
  { status: 'kept', key: 'data.markKept' },
  { status: 'broken', key: 'data.markBroken' },
  { status: 'cancelled', key: 'data.markCancelled' },
];

export function PromisesPanel({ t, locale }: Props) {
  const today = todayISO();
  const [error, setError] = useState<string | null>(null);
  const data = useLiveQuery(async () => {
    const [due, overdue] = await Promise.all([duePromises(today), overduePromises(today)]);
    const debtors = await debtorsByKey([...due, ...overdue].map((p) => p.debtorKey));
    return { due, overdue, debtors };
  }, [today]);

  const mark = async (p: PromiseRecord, status: PromiseStatus) => {
    setError(null);
    try {
      await markPromise(p.id!, status);
    } catch (e) {
      setError(errorText(e, locale, t));
    }
  };

  const list = (items: PromiseRecord[], debtors: Map<string, DebtorRecord>, testId: string) =>
    items.length === 0 ? (
      <p className="hint">{t('data.noPromises')}</p>
    ) : (
      <ul className="plain-list" data-testid={testId}>
        {items.map((p) => {
          const d = debtors.get(p.debtorKey);
          const url = safeUrl(d?.url);
          const who = debtorLabel(p.debtorKey, d);
          return (
            <li key={p.id} data-testid="promise-row" data-status={p.status}>
              <div className="row wrap">
                <strong>{who}</strong>
                <span>{formatMoney(p.amount, locale, p.currency)}</span>
                <span>{t('data.dueOn', { date: p.dueDate })}</span>
                <span>{t('data.method', { method: p.method })}</span>
                {p.status === 'broken' && <span className="status-broken">{t('data.statusBroken')}</span>}
                {url && (
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {t('data.openCrm')}
                  </a>
                )}
              </div>
              <div className="row wrap" role="group" aria-label={t('data.markFor', { who })}>
                {ACTIONS.filter((a) => a.status !== p.status).map((a) => (
                  <button key={a.status} type="button" onClick={() => void mark(p, a.status)}>
                    {t(a.key)}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    );

  return (
    <div className="data-block" data-testid="promises-panel">
      <h3>{t('data.promisesTitle')}</h3>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!data ? (
        <p className="hint">{t('loading')}</p>
      ) : (
        <>
          <h4>{t('data.dueToday', { count: data.due.length })}</h4>
          {list(data.due, data.debtors, 'promises-due')}
          <h4>{t('data.overdue', { count: data.overdue.length })}</h4>
          {list(data.overdue, data.debtors, 'promises-overdue')}
        </>
      )}
      <CallbacksPanel t={t} locale={locale} />
    </div>
  );
}
