// What the CRM itself shows about this debtor — its last contact and last promise — marked as
// the CRM's, beside the product's own log. Display only: nothing here is written to the database.
import type { CrmHistory, CrmPromise } from '@/lib/extract/crm-history';
import type { MessageKey } from '@/lib/i18n';
import { useAppEnv } from './AppContext';
import { formatMoney } from '@/lib/format/money';

const STATUS_KEY: Record<Exclude<CrmPromise['status'], 'unknown'>, MessageKey> = {
  kept: 'crm.status.kept',
  broken: 'crm.status.broken',
  pending: 'crm.status.pending',
};

export function CrmHistoryLine({ history, currency }: { history: CrmHistory | undefined; currency?: string }) {
  const { t, locale } = useAppEnv();
  const c = history?.lastContact;
  const p = history?.lastPromise;
  if (!c && !p) return null;
  return (
    <div className="field crm-history" data-field="crmHistory" data-testid="crm-history">
      <dt>
        {t('crm.records')} <span className="badge from-crm">{t('crm.fromCrm')}</span>
      </dt>
      <dd>
        {c && (
          <span data-field="crmLastContact" data-value={c.date}>
            {t('crm.lastContact')} {c.date}
            {c.time ? ` ${c.time}` : ''} {c.result}
          </span>
        )}
        {c && p && ' · '}
        {p && (
          <span data-field="crmLastPromise" data-value={p.status}>
            {t('crm.lastPromise')} {p.amount !== undefined ? `${formatMoney(p.amount, locale, currency)} ` : ''}
            {p.date}{' '}
            <span className={`status status-${p.status}`}>{p.status === 'unknown' ? p.statusText : t(STATUS_KEY[p.status])}</span>
          </span>
        )}
      </dd>
    </div>
  );
}
