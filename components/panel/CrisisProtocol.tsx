// The crisis protocol's safety card (lib/call/crisis): shown at the top of the panel from the moment
// a crisis is heard, for the rest of the call, until the agent confirms it is over. While it shows,
// the script list offers no payment talk.
import { useState } from 'react';
import type { CrisisState } from '@/lib/call/crisis';
import type { MessageKey } from '@/lib/i18n';
import { useAppEnv } from './AppContext';

/** The protocol's steps, in the order the agent follows them. */
const STEPS: readonly MessageKey[] = ['crisis.stop', 'crisis.listen', 'crisis.askSafe', 'crisis.hotline', 'crisis.stay', 'crisis.record', 'crisis.escalate'];

interface Props {
  crisis: CrisisState | null;
  onDismiss: () => void;
}

export function CrisisProtocol({ crisis, onDismiss }: Props) {
  const { t } = useAppEnv();
  const [confirming, setConfirming] = useState(false);
  if (!crisis?.active) return null;
  return (
    <section className="compliance-alert crisis-protocol" data-severity="block" role="alert" data-testid="crisis-protocol" aria-labelledby="crisis-title">
      <h2 id="crisis-title" className="section-title">
        {t('crisis.title')}
      </h2>
      <ol className="crisis-steps">
        {STEPS.map((key) => (
          <li key={key} data-step={key}>
            {t(key)}
          </li>
        ))}
      </ol>
      {!confirming ? (
        <button type="button" data-testid="crisis-dismiss" onClick={() => setConfirming(true)}>
          {t('crisis.dismiss')}
        </button>
      ) : (
        <div className="confirm-box" role="alertdialog" aria-labelledby="crisis-confirm-text" data-testid="crisis-confirm">
          <p id="crisis-confirm-text">{t('crisis.confirmDismiss')}</p>
          <button
            type="button"
            className="danger"
            data-testid="crisis-confirm-dismiss"
            onClick={() => {
              setConfirming(false);
              onDismiss();
            }}
          >
            {t('crisis.confirm')}
          </button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('crisis.back')}
          </button>
        </div>
      )}
    </section>
  );
}
