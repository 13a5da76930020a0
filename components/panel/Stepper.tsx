// The call's stages as a stepper, the current stage's checklist (from the pack), a one-line
// compliance status, and (trainee mode) coaching on required steps skipped earlier.
import { skippedItems, stageStates } from '@/lib/call/stages';
import { STAGES, type StageId } from '@/lib/call/stages';
import { IDENTITY_VERIFIED, identityVerified, type CallSession } from '@/lib/call/session';
import { IDENTITY_ASKED } from '@/lib/live/checklist-heard';
import type { Stage } from '@/lib/packs/schema';
import { pickLocalized, type PartialLocalized } from '@/lib/i18n';
import { useAppEnv } from './AppContext';

interface Props {
  stages: readonly Stage[];
  session: CallSession;
  trainee: boolean;
  status?: string | null;
  onStage: (stage: StageId) => void;
  onCheck: (id: string, value: boolean) => void;
}

export function Stepper({ stages, session, trainee, status, onStage, onCheck }: Props) {
  const { t, locale } = useAppEnv();
  const text = (l: PartialLocalized) => pickLocalized(l, locale);
  const states = stageStates(stages, session.stage, session.checked);
  const stage = stages.find((s) => s.id === session.stage);
  const skipped = trainee ? skippedItems(stages, session.stage, session.checked) : [];
  return (
    <section className="stepper" aria-label={t('stepper.title')}>
      <ol className="stages">
        {STAGES.map((id) => {
          const s = stages.find((x) => x.id === id);
          const state = states[id];
          return (
            <li key={id}>
              <button
                type="button"
                className={`stage ${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
                data-stage={id}
                data-state={state}
                title={state === 'skipped' ? t('stepper.skippedStage') : undefined}
                onClick={() => onStage(id)}
              >
                {s ? text(s.title) : id}
              </button>
            </li>
          );
        })}
      </ol>
      {status && (
        <p className="stepper-status" data-testid="call-status">
          {status}
        </p>
      )}
      {stage && stage.checklist.length > 0 && (
        <ul className="checklist" aria-label={t('stepper.checklist')}>
          {trainee && <li className="hint">{text(stage.goal)}</li>}
          {stage.checklist.map((item) => {
            const heard = session.heard[item.id];
            const checked = session.checked[item.id] === true;
            return (
              <li key={item.id} data-testid="checklist-item" data-item={item.id} data-checked={checked} data-heard={heard !== undefined}>
                <label>
                  <input type="checkbox" data-check={item.id} checked={checked} onChange={(e) => onCheck(item.id, e.target.checked)} />{' '}
                  {text(item.text)}
                  {heard !== undefined && <span className="heard-badge" data-testid="heard-badge">{t('live.heard')}</span>}
                </label>
                {heard !== undefined && <span className="heard-words">{t('live.heardWords', { words: heard })}</span>}
              </li>
            );
          })}
          {session.heard[IDENTITY_ASKED] !== undefined && !identityVerified(session) && stage.checklist.some((i) => i.id === IDENTITY_VERIFIED) && (
            <li className="hint" data-testid="identity-asked-note">{t('stepper.identityAskedNote')}</li>
          )}
        </ul>
      )}
      {skipped.length > 0 && (
        <ul className="coach" data-testid="coach">
          {skipped.map((i) => (
            <li key={i.id} data-check={i.id}>
              {t('stepper.skipped', { item: text(i.text) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
