// The call's stages as a stepper, the current stage's checklist, and (trainee mode) coaching on
// steps skipped earlier.
import { CHECKLIST, STAGE_TITLES, STAGES, type StageId } from '@/lib/call/stages';
import { skippedItems, type CallSession } from '@/lib/call/session';
import { useAppEnv } from './AppContext';

interface Props {
  session: CallSession;
  trainee: boolean;
  status?: string | null;
  onStage: (stage: StageId) => void;
  onCheck: (id: string, value: boolean) => void;
}

export function Stepper({ session, trainee, status, onStage, onCheck }: Props) {
  const { t, locale } = useAppEnv();
  const current = STAGES.indexOf(session.stage);
  const items = CHECKLIST.filter((i) => i.stage === session.stage);
  const skipped = trainee ? skippedItems(session) : [];
  return (
    <section className="stepper" aria-label={t('stepper.title')}>
      <ol className="stages">
        {STAGES.map((s, i) => (
          <li key={s}>
            <button
              type="button"
              className={`stage ${i < current ? 'done' : ''} ${i === current ? 'current' : ''}`}
              aria-current={i === current ? 'step' : undefined}
              data-stage={s}
              onClick={() => onStage(s)}
            >
              {STAGE_TITLES[s][locale]}
            </button>
          </li>
        ))}
      </ol>
      {status && (
        <p className="stepper-status" data-testid="stepper-status">
          {status}
        </p>
      )}
      {items.length > 0 && (
        <ul className="checklist" aria-label={t('stepper.checklist')}>
          {items.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  data-check={item.id}
                  checked={session.checked[item.id] === true}
                  onChange={(e) => onCheck(item.id, e.target.checked)}
                />{' '}
                {item.label[locale]}
              </label>
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <ul className="coach" data-testid="coach">
          {skipped.map((i) => (
            <li key={i.id}>💡 {i.coach![locale]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
