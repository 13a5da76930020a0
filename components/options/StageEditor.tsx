// The pack's call stages in the editor: each stage's checklist (the stepper's items), with the
// agent's ways of saying each item that the live call ticks it from (docs/live-call.md). Titles and
// goals are kept from the pack; items are added, edited and removed here.
import type { Locale, Translate } from '@/lib/i18n';
import { pickLocalized } from '@/lib/i18n';
import type { Pack } from '@/lib/packs/schema';
import { newChecklistItem, type DraftStage } from './draft';
import { ChecklistItemEditor } from './ChecklistItemEditor';
import { FieldErrors, type FieldCheck } from './FieldErrors';

interface Props {
  stages: readonly DraftStage[];
  /** The pack the draft started from (the stages' titles). */
  base: Pack | undefined;
  check: FieldCheck;
  onChange: (next: DraftStage[]) => void;
  t: Translate;
  locale: Locale;
}

export function StageEditor({ stages, base, check, onChange, t, locale }: Props) {
  const titles = new Map(base?.stages.map((s) => [s.id, pickLocalized(s.title, locale)]) ?? []);
  const setStage = (i: number, next: DraftStage) => onChange(stages.map((s, k) => (k === i ? next : s)));
  return (
    <section className="stage-editor" data-testid="editor-stages" aria-labelledby="editor-stages-title">
      <h3 id="editor-stages-title">{t('packs.stages')}</h3>
      <p className="hint">{t('packs.stagesHint')}</p>
      {stages.length === 0 && <p className="hint">{t('packs.noStages')}</p>}
      {stages.map((st, i) => {
        const path = `stages[${i}]`;
        const stageOnly = check.errorsAt(path).filter((e) => !e.path.startsWith(`${path}.checklist[`));
        return (
          <details key={st.id} className="scenario-editor" data-testid="editor-stage" data-stage={st.id}>
            <summary>
              {titles.get(st.id) ?? st.id} · {t('packs.itemsCount', { count: st.checklist.length })}
            </summary>
            <ol className="checklist-editor">
              {st.checklist.map((item, j) => (
                <ChecklistItemEditor
                  key={j}
                  item={item}
                  path={`${path}.checklist[${j}]`}
                  check={check}
                  onChange={(next) => setStage(i, { ...st, checklist: st.checklist.map((x, k) => (k === j ? next : x)) })}
                  onRemove={() => setStage(i, { ...st, checklist: st.checklist.filter((_, k) => k !== j) })}
                  t={t}
                />
              ))}
            </ol>
            <FieldErrors errors={stageOnly} show={check.shown(path)} testId="editor-stage-errors" />
            <button type="button" onClick={() => setStage(i, { ...st, checklist: [...st.checklist, newChecklistItem(stages)] })}>
              {t('packs.addItem')}
            </button>
          </details>
        );
      })}
    </section>
  );
}
