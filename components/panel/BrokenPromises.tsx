// Promises this debtor did not keep, flagged at the next call until the agent acknowledges them.
// The list is the debtor's live record: once acknowledged, it empties by itself.
import type { PromiseRecord } from '@/lib/db';
import { useAppEnv } from './AppContext';
import { formatMoney } from '@/lib/format/money';
import { useServices } from './hooks/useServices';

export function BrokenPromises({ promises }: { promises: PromiseRecord[] }) {
  const { t, locale } = useAppEnv();
  const { records } = useServices();
  const acknowledge = () => Promise.all(promises.map((p) => (p.id !== undefined ? records.acknowledgePromise(p.id) : null))).catch(() => {});
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
        onClick={() => void acknowledge()}
      >
        {t('promise.acknowledge')}
      </button>
    </div>
  );
}
