// One script in the pack editor: text, stage, the techniques/personas/buckets it suits (picked by
// name), its errors beside each field, a live preview and compliance marks.
import type { Locale, Translate } from '@/lib/i18n';
import type { BucketId, StageId } from '@/lib/packs/schema';
import type { DraftScript } from './draft';
import { ChoiceList } from './ChoiceList';
import { FieldErrors, type FieldCheck } from './FieldErrors';
import type { PackVocabulary } from './pack-vocabulary';
import { lintScript, ScriptPreview } from './ScriptPreview';
import { shortFormIssues } from '@/lib/packs/short-form';

/** A short form is said in one breath: the editor says when it is too long or does not end in one question. */
function ShortFormHint({ short, t }: { short: string; t: Translate }) {
  const issues = shortFormIssues(short);
  if (!short.trim() || !issues.length) return null;
  return (
    <p className="hint" data-testid="editor-short-hint">
      {issues.map((i) => t(`packs.short.${i.kind}`, { chars: i.chars, max: i.max })).join(' ')}
    </p>
  );
}

interface Props {
  script: DraftScript;
  path: string;
  check: FieldCheck;
  vocabulary: PackVocabulary;
  onChange: (s: DraftScript) => void;
  onRemove: () => void;
  agentName: string;
  t: Translate;
  locale: Locale;
}

export const SCRIPT_FIELDS = ['id', 'text', 'short', 'stage', 'discloses', 'techniques', 'personas', 'buckets'] as const;

export function ScriptEditor({ script: s, path, check, vocabulary, onChange, onRemove, agentName, t, locale }: Props) {
  const set = (field: (typeof SCRIPT_FIELDS)[number], patch: Partial<DraftScript>) => {
    check.touch(`${path}.${field}`);
    onChange({ ...s, ...patch });
  };
  const field = (name: (typeof SCRIPT_FIELDS)[number]) => <FieldErrors errors={check.errorsAt(`${path}.${name}`)} show={check.shown(`${path}.${name}`)} />;
  return (
    <div className="script-editor card" data-testid="editor-script" data-script-id={s.id}>
      <label className="field grow">
        {t('packs.scriptText')}
        <textarea rows={3} value={s.text} onChange={(e) => set('text', { text: e.target.value })} onBlur={() => check.touch(`${path}.text`)} data-testid="editor-script-text" />
      </label>
      {field('text')}
      <label className="field grow">
        {t('packs.scriptShort')}
        <input value={s.short} onChange={(e) => set('short', { short: e.target.value })} onBlur={() => check.touch(`${path}.short`)} data-testid="editor-script-short" />
      </label>
      {field('short')}
      <ShortFormHint short={s.short} t={t} />
      <ScriptPreview text={s.text} findings={lintScript(s.text)} agentName={agentName} t={t} locale={locale} />
      <div className="field-row">
        <label className="field">
          {t('packs.stage')}
          <select value={s.stage} onChange={(e) => set('stage', { stage: e.target.value as StageId })}>
            {vocabulary.stages.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field check">
          <input type="checkbox" checked={s.discloses} onChange={(e) => set('discloses', { discloses: e.target.checked })} />
          {t('packs.discloses')}
        </label>
        <label className="field">
          {t('packs.idLabel')}
          <input value={s.id} size={16} title={t('packs.idHint')} onChange={(e) => set('id', { id: e.target.value })} onBlur={() => check.touch(`${path}.id`)} />
        </label>
        <button type="button" onClick={onRemove}>
          {t('packs.remove')}
        </button>
      </div>
      {field('id')}
      {field('stage')}
      <ChoiceList legend={t('packs.techniques')} choices={vocabulary.techniques} value={s.techniques} onChange={(v) => set('techniques', { techniques: v })}>
        {field('techniques')}
      </ChoiceList>
      <ChoiceList legend={t('packs.personas')} hint={t('packs.noneMeansAll')} choices={vocabulary.personas} value={s.personas} onChange={(v) => set('personas', { personas: v })}>
        {field('personas')}
      </ChoiceList>
      <ChoiceList legend={t('packs.buckets')} hint={t('packs.noneMeansAll')} choices={vocabulary.buckets} value={s.buckets} onChange={(v) => set('buckets', { buckets: v as BucketId[] })}>
        {field('buckets')}
      </ChoiceList>
    </div>
  );
}
