// "新建议": situations heard while the agent was reading a card, waiting to be brought in (click or Alt+N).
import type { MergedPack } from '@/lib/packs/merge';
import { pickLocalized } from '@/lib/i18n';
import type { TrayItem } from '../hooks/useHeardCards';
import { useAppEnv } from '../AppContext';

export function NewTray({ tray, pack, onBringIn }: { tray: readonly TrayItem[]; pack: MergedPack; onBringIn: () => void }) {
  const { t, locale } = useAppEnv();
  const latest = tray.at(-1);
  if (!latest) return null;
  const sc = latest.top ? pack.scenarios.find((s) => s.id === latest.top) : undefined;
  const name = sc ? pickLocalized(sc.title, locale) : (latest.top ?? '');
  return (
    <div className="new-tray" role="status" data-testid="new-tray" data-count={tray.length} data-scenario={latest.top ?? ''}>
      <button type="button" className="chip" data-testid="new-tray-bring" aria-keyshortcuts="Alt+N" title={latest.text} onClick={onBringIn}>
        {t('live.newTray', { n: tray.length, situation: name })} <kbd>Alt+N</kbd>
      </button>
    </div>
  );
}
