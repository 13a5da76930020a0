// The debtor at a glance: who, how much, how late, the last promise (ours and the CRM's) and the
// limitation period.
// Each field carries data-field / data-value (normalized) as stable hooks; corrected fields say so.
import { useState, type ReactNode } from 'react';
import { certaintyOf } from '@/lib/extract/confidence';
import { bucketFromDays } from '@/lib/domain/bucket';
import { formatMoney } from '@/lib/format/money';
import type { DebtorContext, FieldName } from '@/lib/extract/types';
import { useAppEnv } from './AppContext';
import { CrmHistoryLine } from './CrmHistoryLine';
import { FieldEditor } from './FieldEditor';

const SHOWN: FieldName[] = [
  'accountId',
  'phone',
  'product',
  'minimumPayment',
  'lastPaymentDate',
  'lastPaymentAmount',
  'region',
  'caseId',
];

const MONEY: ReadonlySet<FieldName> = new Set(['amountOverdue', 'minimumPayment', 'lastPaymentAmount', 'principal', 'creditLimit']);


export interface LastPromiseView {
  amount: number;
  date: string;
  method: string;
  status: 'pending' | 'kept' | 'broken' | 'cancelled';
}

export interface LimitationView {
  deadline: string;
  daysLeft: number;
  level: 'ok' | 'warn-180' | 'warn-30' | 'expired';
  /** The event the deadline rests on (due date, demand reached, promise…) and its words. */
  basis?: string;
  basisText?: string;
}

interface Props {
  context: DebtorContext;
  lastPromise?: LastPromiseView | null;
  /** The call-back agreed and not made yet: the time on the debtor's clock ("2026-11-24 15:30") and their zone. */
  callback?: { at: string; zone: string } | null;
  limitation?: LimitationView | null;
  banner?: ReactNode;
  onCorrect?: (field: FieldName, value: string) => void;
  /** Show on the CRM page where a field was read; resolves false when it is not there any more. */
  onLocate?: (field: FieldName) => Promise<boolean>;
}

export function ContextCard({ context, lastPromise, callback, limitation, banner, onCorrect, onLocate }: Props) {
  const { t, locale } = useAppEnv();
  const [editing, setEditing] = useState<FieldName | null>(null);
  const [lost, setLost] = useState<FieldName | null>(null);
  const f = context.fields;
  const currency = typeof f.currency?.value === 'string' ? f.currency.value : undefined;
  const show = (field: FieldName) => {
    const v = f[field]!.value;
    return typeof v === 'number' && MONEY.has(field) ? formatMoney(v, locale, currency) : String(v);
  };
  const dpd = typeof f.daysPastDue?.value === 'number' ? f.daysPastDue.value : null;
  const bucket = f.bucket ? String(f.bucket.value) : dpd !== null ? bucketFromDays(dpd) : null;

  const editButton = (field: FieldName) =>
    onCorrect && (
      <button type="button" className="icon" aria-label={t('context.correctPrompt', { field: t(`field.${field}`) })} onClick={() => setEditing(field)}>
        ✎
      </button>
    );
  const corrected = (field: FieldName) =>
    f[field]?.corrected && <span className="badge corrected">{t('context.corrected')}</span>;
  // Doubt is shown, never hidden: a value read with low confidence says so beside it, and a click
  // shows on the CRM page where it was read, to check it against what the page says.
  const doubt = (field: FieldName) => {
    const read = f[field];
    if (certaintyOf(read) !== 'check') return null;
    const confidence = Math.round(read!.confidence * 100);
    // A derived value (the currency of the amount, the bucket of the days) was read from no element.
    if (!onLocate || read!.source.method === 'derived')
      return (
        <span className="badge check" data-testid={`check-${field}`} title={t('context.checkTitle', { confidence })}>
          {t('context.check')}
        </span>
      );
    return (
      <>
        <button
          type="button"
          className="badge check"
          data-testid={`check-${field}`}
          title={t('context.locateTitle', { confidence })}
          onClick={() => void onLocate(field).then((shown) => setLost(shown ? null : field))}
        >
          {t('context.check')}
        </button>
        {lost === field && (
          <span className="hint" role="status" data-testid={`locate-failed-${field}`}>
            {t('context.locateFailed')}
          </span>
        )}
      </>
    );
  };
  const editor = (field: FieldName) =>
    editing === field && (
      <FieldEditor
        field={field}
        initial={f[field] ? String(f[field].value) : ''}
        onCancel={() => setEditing(null)}
        onSave={(v) => {
          setEditing(null);
          onCorrect?.(field, v);
        }}
      />
    );

  return (
    <section className="card context-card" aria-label={t('app.title')} data-testid="context-card">
      <div className="headline">
        <h2 className="debtor-name" data-field="name" data-value={f.name ? String(f.name.value) : ''}>
          {f.name ? String(f.name.value) : t('context.missing')}
          {corrected('name')}
          {doubt('name')}
        </h2>
        {editButton('name')}
      </div>
      {editor('name')}
      <div className="key-figures">
        <div className="figure amount" data-field="amountOverdue" data-value={f.amountOverdue ? String(f.amountOverdue.value) : ''}>
          <span className="label">{t('field.amountOverdue')}</span>
          <strong>{f.amountOverdue ? show('amountOverdue') : '—'}</strong>
          {corrected('amountOverdue')}
          {doubt('amountOverdue')}
          {editButton('amountOverdue')}
        </div>
        <div className="figure dpd" data-field="daysPastDue" data-value={dpd ?? ''}>
          <span className="label">{t('field.daysPastDue')}</span>
          <strong>{dpd ?? '—'}</strong>
          {doubt('daysPastDue')}
          {bucket && (
            <span className={`bucket bucket-${bucket.replace('+', 'plus')}`} data-field="bucket" data-value={bucket}>
              {bucket}
            </span>
          )}
          {editButton('daysPastDue')}
        </div>
      </div>
      {editor('amountOverdue')}
      {editor('daysPastDue')}
      {banner}
      <dl className="fields">
        {lastPromise && (
          <div className={`field promise promise-${lastPromise.status}`} data-field="lastPromise" data-value={lastPromise.status}>
            <dt>{t('context.lastPromise')}</dt>
            <dd>
              {formatMoney(lastPromise.amount, locale)} · {lastPromise.date} ·{' '}
              <span className={`status status-${lastPromise.status}`}>{t(`promise.${lastPromise.status}`)}</span>
            </dd>
          </div>
        )}
        {callback && (
          <div className="field callback" data-field="callback" data-value={callback.at}>
            <dt>{t('context.callback')}</dt>
            <dd>{t('data.callbackAt', { date: callback.at.slice(0, 10), time: callback.at.slice(11), zone: callback.zone })}</dd>
          </div>
        )}
        <CrmHistoryLine history={context.crmHistory} currency={currency} />
        {limitation && (
          <div className={`field limitation level-${limitation.level}`} data-field="limitation" data-value={limitation.deadline}>
            <dt>{t('context.limitation')}</dt>
            <dd>
              {limitation.deadline}
              {limitation.level !== 'ok' && ` (${limitation.daysLeft})`}
              {limitation.basisText && (
                <span className="hint limitation-basis" data-testid="limitation-basis" data-basis={limitation.basis}>
                  {' '}
                  {t('context.limitationBasis', { basis: limitation.basisText })}
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
      <details className="more-fields">
        <summary>{t('context.more')}</summary>
        <dl className="fields">
        {SHOWN.filter((k) => f[k]).map((k) => (
          <div key={k} className={`field field-${k}`} data-field={k} data-value={String(f[k]!.value)}>
            <dt>
              {t(`field.${k}`)} {editButton(k)}
            </dt>
            <dd title={f[k]!.raw}>
              {show(k)}
              {corrected(k)}
              {doubt(k)}
            </dd>
            {editor(k)}
          </div>
        ))}
        </dl>
      </details>
    </section>
  );
}
