// "是否为同一客户？" — asked before a page that shows only masked numbers is linked to a record
// that already exists: two debtors whose cards mask alike must never share notes, promises or
// attempt counts. With no such record there is nothing to confuse, and nothing is asked.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { DebtorIdentity } from '@/lib/extract/identity';
import type { DebtorContext } from '@/lib/extract/types';
import { debtorLabel } from '@/lib/call/binding';
import { useAppEnv } from './AppContext';
import { EmptyState } from './EmptyState';
import { chooseRecord } from './hooks/useIdentity';
import { useServices } from './hooks/useServices';

interface Props {
  identity: DebtorIdentity;
  page: DebtorContext;
}

export function IdentityGate({ identity, page }: Props) {
  const { t, locale } = useAppEnv();
  const services = useServices();
  const read = useLiveQuery(
    () =>
      services.records.recordsForWeakKey(identity.key).then(
        (recs) => ({ recs, error: null }),
        (e: unknown) => ({ recs: null, error: e instanceof Error ? e.message : String(e) }),
      ),
    [services, identity.key],
  );
  const records = read?.recs?.length ? read.recs : null;
  const error = read?.error ?? null;

  useEffect(() => {
    // No record looks like this one: there is nothing to confuse it with, so nothing is asked.
    if (read?.recs?.length === 0) chooseRecord(identity.key, identity.key);
  }, [read, identity.key]);

  if (error) return <EmptyState title={t('error.generic', { message: error })} />;
  if (!records) return <EmptyState title={t('loading')} testId="loading" />;
  const account = page.fields.accountId ? String(page.fields.accountId.value) : '—';
  const asNew = async () => chooseRecord(identity.key, await services.records.newSplitKey(identity.key));
  return (
    <section className="card identity-gate" aria-labelledby="identity-ask" data-testid="identity-gate">
      <h2 id="identity-ask">{t('identity.ask')}</h2>
      <p>{t('identity.why', { account })}</p>
      <p className="identity-page">{t('identity.page', { who: debtorLabel(page) || account })}</p>
      <ul className="identity-records">
        {records.map((r) => (
          <li key={r.key}>
            <span>
              <strong>{r.name || '—'}</strong> · {r.accountId || '—'} · {t('identity.lastSeen', { date: new Date(r.updatedAt).toLocaleDateString(locale) })}
            </span>
            <button type="button" onClick={() => chooseRecord(identity.key, r.key)}>
              {t('identity.same')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={() => void asNew()}>
        {t('identity.new')}
      </button>
    </section>
  );
}
