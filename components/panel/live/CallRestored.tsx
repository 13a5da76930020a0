// "通话已恢复": the call in progress was kept while the panel was closed and is back (its timer,
// stage, checklist, situations, turns, findings and wrap-up). Shown for a few seconds.
import { useEffect, useState } from 'react';
import { useAppEnv } from '../AppContext';

export const RESTORED_NOTICE_MS = 6_000;

export function CallRestored() {
  const { t } = useAppEnv();
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setShown(false), RESTORED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <p className="badge call-restored" role="status" data-testid="call-restored">
      {t('call.restored')}
    </p>
  );
}
