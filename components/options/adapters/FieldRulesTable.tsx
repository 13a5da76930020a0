// Per field: a CSS selector (typed or picked on the CRM page) and/or the label text that site uses.
import type { MessageKey, Translate } from '@/lib/i18n';
import type { AdapterIssue } from '@/lib/extract/adapters';
import { FIELD_NAMES, type FieldName } from '@/lib/extract/types';
import { MAX_LABEL, MAX_SELECTOR, type RuleDraft } from './draft';
import type { PickStatus } from './usePicker';

interface Props {
  fields: Record<FieldName, RuleDraft>;
  onChange: (field: FieldName, rule: RuleDraft) => void;
  onPick: (field: FieldName) => void;
  status: PickStatus;
  issues: AdapterIssue[];
  t: Translate;
}

export function PickStatusLine({ status, t }: { status: PickStatus; t: Translate }) {
  const label = 'field' in status && status.field ? t(status.field === 'transcript' ? 'adapters.transcript.title' : (`field.${status.field}` as MessageKey)) : '';
  switch (status.kind) {
    case 'idle':
      return null;
    case 'picking':
      return <p className="hint" role="status">{t('adapters.picking', { field: label })}</p>;
    case 'picked':
      return (
        <p className="ok" role="status" data-testid="adapter-picked-text">
          {t('adapters.picked', { field: label, text: status.text || '—' })}
        </p>
      );
    case 'cancelled':
      return <p className="hint" role="status">{t('adapters.pickCancelled')}</p>;
    case 'failed':
      return <p className="error" role="alert">{t('adapters.pickFailed', { message: status.message })}</p>;
    default:
      return (
        <p className="error" role="alert" data-testid="adapter-pick-error">
          {t(status.kind === 'not-enabled' ? 'adapters.notEnabled' : status.kind === 'tab-gone' ? 'adapters.tabGone' : 'adapters.noTabs')}
        </p>
      );
  }
}

export function FieldRulesTable({ fields, onChange, onPick, status, issues, t }: Props) {
  const bad = new Set(issues.map((i) => i.path));
  const picking = status.kind === 'picking';
  return (
    <table className="adapter-fields">
      <caption className="hint">{t('adapters.fieldsHelp')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('adapters.field')}</th>
          <th scope="col">{t('adapters.selector')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('adapters.pick')}</span>
          </th>
          <th scope="col">{t('adapters.labelText')}</th>
        </tr>
      </thead>
      <tbody>
        {FIELD_NAMES.map((f) => {
          const name = t(`field.${f}` as MessageKey);
          const rule = fields[f];
          const selBad = bad.has(`fields.${f}.selector`) || bad.has(`fields.${f}`);
          return (
            <tr key={f} data-field={f}>
              <th scope="row">{name}</th>
              <td>
                <input
                  data-testid={`adapter-selector-${f}`}
                  aria-label={`${name} · ${t('adapters.selector')}`}
                  aria-invalid={selBad || undefined}
                  maxLength={MAX_SELECTOR}
                  spellCheck={false}
                  value={rule.selector}
                  placeholder={f === FIELD_NAMES[0] ? "#customer-name" : undefined}
                  onChange={(e) => onChange(f, { ...rule, selector: e.target.value })}
                />
              </td>
              <td>
                <button type="button" data-testid={`adapter-pick-${f}`} disabled={picking} aria-label={`${t('adapters.pick')} · ${name}`} onClick={() => onPick(f)}>
                  {status.kind === 'picking' && status.field === f ? t('adapters.pickingShort') : t('adapters.pick')}
                </button>
              </td>
              <td>
                <input
                  data-testid={`adapter-label-${f}`}
                  aria-label={`${name} · ${t('adapters.labelText')}`}
                  aria-invalid={bad.has(`fields.${f}.label`) || undefined}
                  maxLength={MAX_LABEL}
                  value={rule.label}
                  placeholder={f === FIELD_NAMES[0] ? t('adapters.labelPlaceholder') : undefined}
                  onChange={(e) => onChange(f, { ...rule, label: e.target.value })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
