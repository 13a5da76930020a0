// Stop-contact requests in force, for a supervisor: who asked and when. A debtor's request is lifted
// here with a written reason (audited); a third party's is permanent and cannot be lifted.
import { useLiveQuery } from 'dexie-react-hooks';
import { activeStopContacts, DEBTOR_CONTACT, liftStopContact, type ContactRuleRecord } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';
import { AddItemForm } from '../AddItemForm';
import { debtorLabel, debtorsByKey, errorText, formatWhen } from '../data/format';

interface Props {
  t: Translate;
  locale: Locale;
}

function LiftForm({ rule, t, locale }: Props & { rule: ContactRuleRecord }) {
  const lift = async (reason: string): Promise<string | null> => {
    if ([...reason.trim()].length < 10) return t('compliance.reasonTooShort');
    return liftStopContact(rule.id!, reason).then(
      () => null,
      (err: unknown) => errorText(err, locale, t),
    );
  };
  return (
    <AddItemForm
      label={t('complianceOpt.liftReason')}
      placeholder={t('complianceOpt.liftReason')}
      button={t('complianceOpt.lift')}
      testIds={{ input: 'lift-reason', button: 'lift-stop' }}
      onAdd={lift}
    />
  );
}

export function StopContactsList({ t, locale }: Props) {
  const data = useLiveQuery(async () => {
    const rules = await activeStopContacts();
    return { rules, debtors: await debtorsByKey(rules.map((r) => r.debtorKey)) };
  }, []);
  return (
    <div className="data-block" data-testid="stop-contacts">
      <h3>{t('complianceOpt.stopTitle')}</h3>
      {!data ? (
        <p className="hint">{t('loading')}</p>
      ) : data.rules.length === 0 ? (
        <p className="hint">{t('complianceOpt.noStops')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('complianceOpt.when')}</th>
              <th scope="col">{t('complianceOpt.debtor')}</th>
              <th scope="col">{t('complianceOpt.contact')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {data.rules.map((r) => (
              <tr key={r.id} data-testid="stop-row" data-contact={r.contact}>
                <td>{formatWhen(r.at, locale)}</td>
                <td>{debtorLabel(r.debtorKey, data.debtors.get(r.debtorKey))}</td>
                <td>{r.contact === DEBTOR_CONTACT ? t('call.contactDebtor') : r.contact}</td>
                <td>{r.contact === DEBTOR_CONTACT ? <LiftForm rule={r} t={t} locale={locale} /> : <span className="hint">{t('complianceOpt.permanent')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
