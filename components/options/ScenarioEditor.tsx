// One scenario in the pack editor: id, title, trigger examples and its scripts, each with its
// inline validation errors, live preview and compliance marks.
import type { Locale, Translate } from '@/lib/i18n';
import { STAGE_IDS, BUCKET_IDS, type BucketId, type StageId } from '@/lib/packs/schema';
import type { PackError } from '@/lib/packs/validate';
import { errorsUnder, newScript, splitList, type DraftScenario, type DraftScript } from './draft';
import { ErrorList } from './PackImport';
import { lintScript, ScriptPreview } from './ScriptPreview';

interface Props {
  scenario: DraftScenario;
  index: number;
  errors: PackError[];
  onChange: (next: DraftScenario) => void;
  onRemove: () => void;
  agentName: string;
  t: Translate;
  locale: Locale;
}

function ScriptEditor(props: { script: DraftScript; errors: PackError[]; onChange: (s: DraftScript) => void; onRemove: () => void; agentName: string; t: Translate; locale: Locale }) {
  const { script: s, errors, onChange, t } = props;
  const set = (patch: Partial<DraftScript>) => onChange({ ...s, ...patch });
  return (
    <div className="script-editor card" data-testid="editor-script">
      <div className="row">
        <label>
          id <input value={s.id} size={18} onChange={(e) => set({ id: e.target.value })} />
        </label>
        <label>
          {t('packs.stage')}{' '}
          <select value={s.stage} onChange={(e) => set({ stage: e.target.value as StageId })}>
            {STAGE_IDS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label className="row">
          <input type="checkbox" checked={s.discloses} onChange={(e) => set({ discloses: e.target.checked })} />
          {t('packs.discloses')}
        </label>
        <button type="button" onClick={props.onRemove}>
          {t('packs.remove')}
        </button>
      </div>
      <textarea rows={3} aria-label={t('packs.scriptText')} value={s.text} onChange={(e) => set({ text: e.target.value })} data-testid="editor-script-text" />
      <div className="row">
        <label>
          {t('packs.techniques')} <input value={s.techniques.join(', ')} onChange={(e) => set({ techniques: splitList(e.target.value) })} />
        </label>
        <label>
          {t('packs.personas')} <input value={s.personas.join(', ')} onChange={(e) => set({ personas: splitList(e.target.value) })} />
        </label>
        <label>
          {t('packs.buckets')}{' '}
          <input
            value={s.buckets.join(', ')}
            placeholder={BUCKET_IDS.join(', ')}
            onChange={(e) => set({ buckets: splitList(e.target.value) as BucketId[] })}
          />
        </label>
      </div>
      <ErrorList errors={errors} t={t} testId="editor-script-errors" />
      <ScriptPreview text={s.text} findings={lintScript(s.text)} agentName={props.agentName} t={t} locale={props.locale} />
    </div>
  );
}

export function ScenarioEditor({ scenario: sc, index, errors, onChange, onRemove, agentName, t, locale }: Props) {
  const base = `scenarios[${index}]`;
  const set = (patch: Partial<DraftScenario>) => onChange({ ...sc, ...patch });
  const own = errors.filter((e) => !e.path.startsWith(`${base}.scripts[`));
  return (
    <fieldset className="scenario-editor" data-testid="editor-scenario" data-index={index}>
      <legend>
        {t('packs.scenario')} {index + 1}
      </legend>
      <div className="row">
        <label>
          id <input value={sc.id} onChange={(e) => set({ id: e.target.value })} data-testid="editor-scenario-id" />
        </label>
        <label>
          {t('packs.scenarioTitle')} <input value={sc.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <button type="button" onClick={onRemove}>
          {t('packs.removeScenario')}
        </button>
      </div>
      <label>
        {t('packs.examples')}
        <textarea
          rows={4}
          value={sc.examples.join('\n')}
          onChange={(e) => set({ examples: e.target.value.split('\n') })}
          data-testid="editor-examples"
        />
      </label>
      <label>
        {t('packs.techniques')} <input value={sc.techniques.join(', ')} onChange={(e) => set({ techniques: splitList(e.target.value) })} />
      </label>
      <ErrorList errors={own} t={t} testId="editor-scenario-errors" />
      {sc.scripts.map((s, j) => (
        <ScriptEditor
          key={j}
          script={s}
          errors={errorsUnder(errors, `${base}.scripts[${j}]`)}
          onChange={(next) => set({ scripts: sc.scripts.map((x, k) => (k === j ? next : x)) })}
          onRemove={() => set({ scripts: sc.scripts.filter((_, k) => k !== j) })}
          agentName={agentName}
          t={t}
          locale={locale}
        />
      ))}
      <button type="button" onClick={() => set({ scripts: [...sc.scripts, newScript(sc.scripts.length + 1)] })}>
        {t('packs.addScript')}
      </button>
    </fieldset>
  );
}
