// Call listening in the panel: the listen/stop button (Alt+L), a visible 正在聆听 indicator while
// the call audio is heard, the reminder to give the recording notice, and why the engine cannot
// run when it cannot. Turns themselves reach the panel as bg:turns, like the page's transcript.
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { installOnDevicePack, recognitionCtor } from '@/lib/live/speech/chrome-on-device';
import { recognitionLang } from '@/lib/live/speech/select';
import { useAppEnv } from '../AppContext';
import { useListening } from './useListening';
import './live.css';

export function ListenControls() {
  const { t, locale } = useAppEnv();
  const { tabId, state, check, toggle, recheck } = useListening();
  const [installing, setInstalling] = useState<'idle' | 'busy' | 'failed'>('idle');
  if (tabId === null) return null;
  const on = state.status === 'listening';
  const busy = state.status === 'starting';
  // Listening or failed: the engine of that attempt; idle: the engine that would listen (the panel's check).
  const shown = on || busy || state.status === 'error' ? { engine: state.engine, reason: state.reason } : { engine: check?.engine ?? null, reason: check?.reason ?? null };
  const engine = shown.engine;
  const reason = shown.reason && shown.reason !== 'ready' ? shown.reason : null;
  // Chrome's own install, from this click (it needs one): the pack is downloaded once by Chrome.
  const install = async () => {
    setInstalling('busy');
    const ok = await installOnDevicePack(recognitionCtor(), recognitionLang(locale));
    setInstalling(ok ? 'idle' : 'failed');
    await recheck();
  };
  const idleProblem = !on && !busy && state.status !== 'error' && reason !== null;
  const engineInfo = (
    <>
      {engine && <p className="hint" data-testid="live-engine" data-engine={engine}>{t(`live.engine.${engine}`)}</p>}
      {reason && (
        <p className="hint warn" {...(idleProblem ? {} : { role: 'alert' })} data-testid="live-engine-reason" data-reason={reason}>
          {t(`live.reason.${reason}`)}
        </p>
      )}
      {reason === 'needs-install' && engine === 'chrome-on-device' && (
        <p className="hint">
          <button type="button" data-testid="live-install" disabled={installing === 'busy'} onClick={() => void install()}>
            {t('live.install')}
          </button>
          {installing === 'failed' && <span role="alert"> {t('live.installFailed')}</span>}
        </p>
      )}
    </>
  );
  const openGrant = () => void browser.tabs.create({ url: browser.runtime.getURL('/mic-grant.html') }).catch(() => {});
  return (
    <section className="live-listen" data-testid="live-listen" data-status={state.status} aria-label={t('live.title')}>
      <button type="button" className={on ? 'live-stop' : ''} data-testid="live-listen-toggle" aria-pressed={on} disabled={busy} onClick={() => void toggle()}>
        {on ? t('live.stop') : t('live.listen')}
      </button>
      {on && (
        <span className="badge live-on" role="status" data-testid="live-listening">
          ● {t('live.listening')}
        </span>
      )}
      {busy && <span role="status">{t('live.starting')}</span>}
      {(on || busy) && <p className="hint" data-testid="live-notice">{t('live.notice')}</p>}
      {idleProblem ? (
        // Not listening: why it could not is one quiet line the agent opens when wanted, not an alert
        // at the top of every panel opening.
        <details className="live-engine-details" data-testid="live-engine-details">
          <summary>{t('live.unavailableShort')}</summary>
          {engineInfo}
        </details>
      ) : (
        engineInfo
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
