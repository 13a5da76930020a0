// The keyboard shortcuts, shown with `?`. Every main action of the panel is on the keyboard.
import { useEffect, useRef } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useAppEnv } from './AppContext';

export const SHORTCUTS: { keys: string; label: MessageKey }[] = [
  { keys: 'Alt+U  /  /', label: 'help.focusUtterance' },
  { keys: 'Esc', label: 'help.leaveField' },
  { keys: 'Alt+1 … Alt+9', label: 'help.quickPick' },
  { keys: 'Alt+S', label: 'help.startCall' },
  { keys: 'Alt+C', label: 'help.copyTop' },
  { keys: 'Alt+Shift+1 … 9', label: 'help.copyCard' },
  { keys: 'Alt+I', label: 'help.insertTop' },
  { keys: 'Alt+F', label: 'help.toggleFull' },
  { keys: 'Alt+N', label: 'help.bringInNew' },
  { keys: 'Alt+L', label: 'help.listen' },
  { keys: 'Ctrl+Enter', label: 'help.save' },
  { keys: '?  /  F1  /  Ctrl+/', label: 'help.open' },
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useAppEnv();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-overlay" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="card">
        <h2 id="help-title">{t('help.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.label}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{t(s.label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" ref={closeRef} onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}
