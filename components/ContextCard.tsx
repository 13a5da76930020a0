// The debtor at a glance. Each field carries data-field / data-value (normalized) as stable hooks.
import type { DebtorContext, FieldName } from '@/lib/extract/types';
import { useAppEnv } from './AppContext';

const SHOWN: FieldName[] = [
  'name',
  'accountId',
  'amountOverdue',
  'daysPastDue',
  'bucket',
  'phone',
  'product',
  'minimumPayment',
  'lastPaymentDate',
  'lastPaymentAmount',
  'region',
  'caseId',
];

export function formatValue(field: FieldName, value: string | number, locale: string, currency?: string): string {
  if (typeof value === 'number' && /amount|principal|limit|payment/i.test(field) && field !== 'lastPaymentDate') {
    const n = value.toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    return currency && currency !== 'CNY' ? `${currency} ${n}` : `¥${n}`;
  }
  if (field === 'daysPastDue') return `${value}`;
  return String(value);
}

export function ContextCard({ context }: { context: DebtorContext }) {
  const { t, locale } = useAppEnv();
  const currency = context.fields.currency?.value as string | undefined;
  const name = context.fields.name;
  return (
    <section className="card context-card" aria-label={t('app.title')} data-testid="context-card">
      <h2 className="debtor-name" data-field="name" data-value={name ? String(name.value) : ''}>
        {name ? String(name.value) : '—'}
      </h2>
      <dl className="fields">
        {SHOWN.filter((f) => f !== 'name' && context.fields[f]).map((f) => {
          const field = context.fields[f]!;
          return (
            <div key={f} className={`field field-${f}`} data-field={f} data-value={String(field.value)}>
              <dt>{t(`field.${f}`)}</dt>
              <dd title={field.raw}>
                {formatValue(f, field.value, locale, currency)}
                {field.corrected && <span className="badge">✎</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
