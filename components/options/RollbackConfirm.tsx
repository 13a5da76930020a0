// Options → Packs → Subscriptions: the explicit choice to install the lower version a subscription
// now serves. Nothing rolls back on its own; a supervisor ticks the box and confirms.
import { useState } from 'react';
import type { Translate } from '@/lib/i18n';

interface Props {
  offered: string;
  installed: string;
  t: Translate;
  onConfirm: () => Promise<void>;
}

export function RollbackConfirm({ offered, installed, t, onConfirm }: Props) {
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <div className="confirm-box" role="alertdialog" aria-labelledby={`rollback-${offered}`} data-testid="subscription-rollback">
      <p id={`rollback-${offered}`} className="locked">
        ⚠ {t('packs.rollbackOffered', { offered, installed })}
      </p>
      <label className="row">
        <input type="checkbox" data-testid="subscription-rollback-check" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        {t('packs.rollbackConfirmLabel', { offered })}
      </label>
      <button
        type="button"
        data-testid="subscription-rollback-button"
        disabled={!checked || busy}
        onClick={() => {
          setBusy(true);
          void onConfirm().finally(() => setBusy(false));
        }}
      >
        {t('packs.rollbackInstall', { offered })}
      </button>
    </div>
  );
}
