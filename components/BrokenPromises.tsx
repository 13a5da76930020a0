// Promises this debtor did not keep, flagged at the next call until the agent acknowledges them.
import { acknowledgePromise, type PromiseRecord } from '@/lib/db';
import { useAppEnv } from './AppContext';
import { formatMoney } from '@/lib/format/money';

export function BrokenPromises({ promises, onAcknowledged }: { promises: PromiseRecord[]; onAcknowledged: () => void }) {
  const { t, locale } = useAppEnv();
  if (!promises.length) return null;
  return (
    <div className="compliance-alert" data-severity="warn" role="alert" data-testid="broken-promise">
      <span className="sev">{t('severity.warn')}</span>
      {promises.map((p) => (
        <span key={p.id} className="suggestion">
          {t('promise.brokenFlag', { amount: formatMoney(p.amount, locale, p.currency), date: p.dueDate, method: p.method })}
        </span>
      ))}
      <button
        type="button"
        onClick={() => void Promise.all(promises.map((p) => (p.id !== undefined ? acknowledgePromise(p.id) : null))).then(onAcknowledged, onAcknowledged)}
      >
        {t('promise.acknowledge')}
      </button>
    </div>
  );
}
