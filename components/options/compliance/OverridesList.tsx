// Compliance overrides for a supervisor, as they happen: when, which debtor, which rule, the agent's
// reason, and whether a supervisor has reviewed it (the panel shows a badge until then).
import { useLiveQuery } from 'dexie-react-hooks';
import { listAudit, reviewedOverrideIds, reviewOverrides } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';
import { debtorLabel, debtorsByKey, formatWhen } from '../data/format';
import { ruleTitle } from './rule-title';

interface Props {
  t: Translate;
  locale: Locale;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function OverridesList({ t, locale }: Props) {
  const data = useLiveQuery(async () => {
    const entries = await listAudit({ kind: 'override', limit: 500 });
    return { entries, reviewed: await reviewedOverrideIds(), debtors: await debtorsByKey(entries.map((e) => str(e.detail.debtorKey))) };
  }, []);
  const pending = data ? data.entries.filter((e) => !data.reviewed.has(e.id!)).map((e) => e.id!) : [];
  return (
    <div className="data-block" data-testid="overrides-list">
      <h3>{t('complianceOpt.overridesTitle')}</h3>
      {pending.length > 1 && (
        <button type="button" data-testid="review-all" onClick={() => void reviewOverrides(pending)}>
          {t('complianceOpt.review')} ({pending.length})
        </button>
      )}
      {!data ? (
        <p className="hint">{t('loading')}</p>
      ) : data.entries.length === 0 ? (
        <p className="hint">{t('complianceOpt.noOverrides')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('complianceOpt.when')}</th>
              <th scope="col">{t('complianceOpt.debtor')}</th>
              <th scope="col">{t('complianceOpt.rule')}</th>
              <th scope="col">{t('complianceOpt.reason')}</th>
              <th scope="col">{t('complianceOpt.pending')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => {
              const key = str(e.detail.debtorKey);
              const rules = Array.isArray(e.detail.rules) ? e.detail.rules.filter((r): r is string => typeof r === 'string') : [];
              return (
                <tr key={e.id} data-testid="override-row" data-reviewed={data.reviewed.has(e.id!) ? 'yes' : 'no'}>
                  <td>{formatWhen(e.at, locale)}</td>
                  <td>{debtorLabel(key, data.debtors.get(key))}</td>
                  <td>{rules.map((r) => ruleTitle(r, locale)).join('、') || '—'}</td>
                  <td className="note-text">{str(e.detail.reason)}</td>
                  <td>
                    {data.reviewed.has(e.id!) ? (
                      t('complianceOpt.reviewed')
                    ) : (
                      <button type="button" data-testid="review-override" onClick={() => void reviewOverrides([e.id!])}>
                        {t('complianceOpt.review')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
