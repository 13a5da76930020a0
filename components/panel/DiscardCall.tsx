// "Discard call" for a call started by mistake, behind a confirm step: the record is kept as
// discarded and never counts as an attempt; the note draft is left alone.
import { useState } from 'react';
import { useAppEnv } from './AppContext';

export function DiscardCall({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useAppEnv();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="link" data-testid="discard-call" onClick={() => setAsking(true)}>
        {t('call.discard')}
      </button>
    );
  return (
    <div className="discard-confirm" role="alertdialog" aria-labelledby="discard-question" data-testid="discard-confirm">
      <span id="discard-question">{t('call.discardConfirm')}</span>
      <button type="button" className="danger" data-testid="discard-yes" onClick={onDiscard}>
        {t('call.discardYes')}
      </button>
      <button type="button" data-testid="discard-no" autoFocus onClick={() => setAsking(false)}>
        {t('call.discardNo')}
      </button>
    </div>
  );
}
