// One checklist item of a call stage in the pack editor: its id, its text in each language, whether
// it is required, and the agent's ways of saying it (one per line, per language) that the live call's
// matcher ticks it from. Errors are shown beside their field once touched, in the supervisor's language.
import type { Translate } from '@/lib/i18n';
import { IDENTITY_VERIFIED } from '@/lib/call/session';
import { DRAFT_LOCALES, type DraftChecklistItem, type DraftLocale } from './draft';
import { FieldErrors, type FieldCheck } from './FieldErrors';

interface Props {
  item: DraftChecklistItem;
  /** Its JSON path, e.g. `stages[2].checklist[0]`. */
  path: string;
  check: FieldCheck;
  onChange: (next: DraftChecklistItem) => void;
  onRemove: () => void;
  t: Translate;
}

/** Fields of an item the form places (other errors are listed under the item). */
export const ITEM_FIELDS = ['id', 'text', 'required', 'examples'] as const;

export function ChecklistItemEditor({ item, path, check, onChange, onRemove, t }: Props) {
  const set = (field: string, patch: Partial<DraftChecklistItem>) => {
    check.touch(`${path}.${field}`);
    onChange({ ...item, ...patch });
  };
  const errors = (sub: string) => <FieldErrors errors={check.errorsAt(`${path}.${sub}`)} show={check.shown(`${path}.${sub}`)} />;
  const localeLabel = (l: DraftLocale) => t(`packs.inLocale.${l}`);
  const placed = ITEM_FIELDS.map((f) => `${path}.${f}`);
  const other = check.errorsAt(path).filter((e) => !placed.some((p) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`)));
  const neverHeard = item.id === IDENTITY_VERIFIED;
  return (
    <li className="checklist-item-editor" data-testid="editor-checklist-item" data-item={item.id}>
      <div className="field-row">
        <label className="field">
          {t('packs.idLabel')}
          <input value={item.id} size={18} title={t('packs.idHint')} onChange={(e) => set('id', { id: e.target.value })} onBlur={() => check.touch(`${path}.id`)} data-testid="editor-item-id" />
        </label>
        <label className="choice">
          <input type="checkbox" checked={item.required} onChange={(e) => set('required', { required: e.target.checked })} data-testid="editor-item-required" /> {t('packs.itemRequired')}
        </label>
        <button type="button" onClick={onRemove}>
          {t('packs.removeItem')}
        </button>
      </div>
      {errors('id')}
      <div className="field-row">
        {DRAFT_LOCALES.map((l) => (
          <label key={l} className="field grow">
            {t('packs.itemText')} · {localeLabel(l)}
            <input value={item.text[l]} onChange={(e) => set('text', { text: { ...item.text, [l]: e.target.value } })} onBlur={() => check.touch(`${path}.text`)} data-testid={`editor-item-text-${l}`} />
          </label>
        ))}
      </div>
      {errors('text')}
      {neverHeard ? (
        <p className="hint" data-testid="editor-item-never-heard">{t('packs.itemNeverHeard')}</p>
      ) : (
        <div className="field-row">
          {DRAFT_LOCALES.map((l) => (
            <label key={l} className="field grow">
              {t('packs.itemExamples')} · {localeLabel(l)}
              <textarea
                rows={3}
                value={item.examples[l].join('\n')}
                onChange={(e) => set('examples', { examples: { ...item.examples, [l]: e.target.value.split('\n') } })}
                onBlur={() => check.touch(`${path}.examples`)}
                data-testid={`editor-item-examples-${l}`}
              />
            </label>
          ))}
        </div>
      )}
      {errors('examples')}
      <FieldErrors errors={other} show={check.shown(path)} testId="editor-item-errors" />
    </li>
  );
}
