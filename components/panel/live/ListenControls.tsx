// Call listening in the panel: the listen/stop button (Alt+L), a visible 正在聆听 indicator while
// the call audio is heard, the reminder to give the recording notice, and why the engine cannot
// run when it cannot. Turns themselves reach the panel as bg:turns, like the page's transcript.
import { browser } from 'wxt/browser';
import { useAppEnv } from '../AppContext';
import { useListening } from './useListening';
import './live.css';

export function ListenControls() {
  const { t } = useAppEnv();
  const { tabId, state, check, toggle } = useListening();
  if (tabId === null) return null;
  const on = state.status === 'listening';
  const busy = state.status === 'starting';
  const reason = state.reason && state.reason !== 'ready' ? state.reason : check && check.reason !== 'ready' ? check.reason : null;
  const engine = state.engine ?? check?.engine ?? null;
  const openGrant = () => void browser.tabs.create({ url: browser.runtime.getURL('/mic-grant.html') }).catch(() => {});
  return (
    <section className="live-listen" data-testid="live-listen" data-status={state.status} aria-label={t('live.title')}>
      <button type="button" className={on ? 'danger' : ''} data-testid="live-listen-toggle" aria-pressed={on} disabled={busy} onClick={() => void toggle()}>
        {on ? t('live.stop') : t('live.listen')}
      </button>
      {on && (
        <span className="badge live-on" role="status" data-testid="live-listening">
          ● {t('live.listening')}
        </span>
      )}
      {busy && <span role="status">{t('live.starting')}</span>}
      {(on || busy) && <p className="hint" data-testid="live-notice">{t('live.notice')}</p>}
      {engine && <p className="hint" data-testid="live-engine" data-engine={engine}>{t(`live.engine.${engine}`)}</p>}
      {reason && (
        <p className="hint warn" role="alert" data-testid="live-engine-reason" data-reason={reason}>
          {t(`live.reason.${reason}`)}
        </p>
      )}
      {state.error && state.error !== 'engine-unavailable' && (
        <p className="hint warn" role="alert" data-testid="live-error" data-error={state.error}>
          {t(`live.error.${state.error}`)}
        </p>
      )}
      {on && state.mic === 'denied' && (
        <p className="hint" data-testid="live-mic-denied">
          {t('live.mic.denied')}{' '}
          <button type="button" className="link" onClick={openGrant}>
            {t('live.mic.grant')}
          </button>
        </p>
      )}
    </section>
  );
}
