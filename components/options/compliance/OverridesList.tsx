// Compliance overrides for a supervisor: when, which debtor, which rule, and the agent's reason.
import { useLiveQuery } from 'dexie-react-hooks';
import { listAudit } from '@/lib/db';
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
    return { entries, debtors: await debtorsByKey(entries.map((e) => str(e.detail.debtorKey))) };
  }, []);
  return (
    <div className="data-block" data-testid="overrides-list">
      <h3>{t('complianceOpt.overridesTitle')}</h3>
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
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => {
              const key = str(e.detail.debtorKey);
              const rules = Array.isArray(e.detail.rules) ? e.detail.rules.filter((r): r is string => typeof r === 'string') : [];
              return (
                <tr key={e.id} data-testid="override-row">
                  <td>{formatWhen(e.at, locale)}</td>
                  <td>{debtorLabel(key, data.debtors.get(key))}</td>
                  <td>{rules.map((r) => ruleTitle(r, locale)).join('、') || '—'}</td>
                  <td className="note-text">{str(e.detail.reason)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
