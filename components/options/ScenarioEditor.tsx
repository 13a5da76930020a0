// One scenario in the pack editor: title, trigger examples, techniques (picked by name) and its
// scripts; each error is shown in plain words beside its field once the field has been touched.
import type { Locale, Translate } from '@/lib/i18n';
import type { PackError } from '@/lib/packs/validate';
import { errorsUnder, newScript, type DraftScenario } from './draft';
import { ChoiceList } from './ChoiceList';
import { FieldErrors, type FieldCheck } from './FieldErrors';
import type { PackVocabulary } from './pack-vocabulary';
import { SCRIPT_FIELDS, ScriptEditor } from './ScriptEditor';

interface Props {
  scenario: DraftScenario;
  index: number;
  check: FieldCheck;
  vocabulary: PackVocabulary;
  onChange: (next: DraftScenario) => void;
  onRemove: () => void;
  agentName: string;
  t: Translate;
  locale: Locale;
}

const SCENARIO_FIELDS = ['id', 'title', 'examples', 'techniques'] as const;

/** Errors of a scenario that no field of the form shows (so they are listed, never lost). */
export function unplacedScenarioErrors(errors: readonly PackError[], base: string, scripts: number): PackError[] {
  const placed = [
    ...SCENARIO_FIELDS.map((f) => `${base}.${f}`),
    ...Array.from({ length: scripts }, (_, j) => SCRIPT_FIELDS.map((f) => `${base}.scripts[${j}].${f}`)).flat(),
  ];
  return errorsUnder(errors, base).filter((e) => !placed.some((p) => errorsUnder([e], p).length > 0));
}

export function ScenarioEditor({ scenario: sc, index, check, vocabulary, onChange, onRemove, agentName, t, locale }: Props) {
  const base = `scenarios[${index}]`;
  const set = (field: string, patch: Partial<DraftScenario>) => {
    check.touch(`${base}.${field}`);
    onChange({ ...sc, ...patch });
  };
  const field = (name: (typeof SCENARIO_FIELDS)[number]) => <FieldErrors errors={check.errorsAt(`${base}.${name}`)} show={check.shown(`${base}.${name}`)} />;
  const other = unplacedScenarioErrors(check.errorsAt(base), base, sc.scripts.length);
  return (
    <fieldset className="scenario-editor" data-testid="editor-scenario" data-index={index}>
      <legend>
        {t('packs.scenario')} {index + 1}
        {sc.title ? `：${sc.title}` : ''}
      </legend>
      <div className="field-row">
        <label className="field grow">
          {t('packs.scenarioTitle')}
          <input value={sc.title} onChange={(e) => set('title', { title: e.target.value })} onBlur={() => check.touch(`${base}.title`)} data-testid="editor-scenario-title" />
        </label>
        <label className="field">
          {t('packs.idLabel')}
          <input value={sc.id} size={18} title={t('packs.idHint')} onChange={(e) => set('id', { id: e.target.value })} onBlur={() => check.touch(`${base}.id`)} data-testid="editor-scenario-id" />
        </label>
        <button type="button" onClick={onRemove}>
          {t('packs.removeScenario')}
        </button>
      </div>
      {field('title')}
      {field('id')}
      <label className="field">
        {t('packs.examples')}
        <textarea
          rows={4}
          value={sc.examples.join('\n')}
          onChange={(e) => set('examples', { examples: e.target.value.split('\n') })}
          onBlur={() => check.touch(`${base}.examples`)}
          data-testid="editor-examples"
        />
      </label>
      {field('examples')}
      <ChoiceList legend={t('packs.techniques')} choices={vocabulary.techniques} value={sc.techniques} onChange={(v) => set('techniques', { techniques: v })} testId="editor-scenario-techniques">
        {field('techniques')}
      </ChoiceList>
      <FieldErrors errors={other} show={check.shown(base)} testId="editor-scenario-errors" />
      {sc.scripts.map((s, j) => (
        <ScriptEditor
          key={j}
          script={s}
          path={`${base}.scripts[${j}]`}
          check={check}
          vocabulary={vocabulary}
          onChange={(next) => onChange({ ...sc, scripts: sc.scripts.map((x, k) => (k === j ? next : x)) })}
          onRemove={() => onChange({ ...sc, scripts: sc.scripts.filter((_, k) => k !== j) })}
          agentName={agentName}
          t={t}
          locale={locale}
        />
      ))}
      <button type="button" onClick={() => onChange({ ...sc, scripts: [...sc.scripts, newScript(sc.scripts.length + 1)] })}>
        {t('packs.addScript')}
      </button>
    </fieldset>
  );
}
