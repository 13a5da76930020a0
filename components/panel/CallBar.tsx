// Start / end the call, with a running timer. The call record starts here; a call started by
// mistake can be discarded until it is saved.
import { useEffect, useState } from 'react';
import { elapsedSeconds, type CallSession } from '@/lib/call/session';
import { useAppEnv } from './AppContext';
import { DiscardCall } from './DiscardCall';

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

interface Props {
  session: CallSession;
  blocked: boolean;
  /** Why the block cannot be overridden (policy, trainee); absent: a reason above would do. */
  blockedReason?: string | undefined;
  onStart: () => void;
  onEnd: () => void;
  onDiscard: () => void;
}

export function CallBar({ session, blocked, blockedReason, onStart, onEnd, onDiscard }: Props) {
  const { t } = useAppEnv();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (session.status !== 'active') return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [session.status]);
  const active = session.status === 'active';
  return (
    <div className="call-bar">
      <button
        type="button"
        data-testid="start-call"
        data-state={session.status}
        className={active ? 'danger' : 'primary'}
        onClick={active ? onEnd : onStart}
        disabled={!active && blocked}
        aria-describedby={!active && blocked ? 'call-blocked' : undefined}
        aria-keyshortcuts="Alt+S"
      >
        {active ? t('call.end') : t('call.start')}
      </button>
      <span className="timer" role="timer" aria-label={t('call.duration')} data-testid="call-timer">
        {session.status === 'idle' ? '00:00' : formatDuration(elapsedSeconds(session, now))}
      </span>
      {session.status === 'ended' && <span className="hint">{t('call.endedHint')}</span>}
      {session.status !== 'idle' && <DiscardCall key={session.startedAt} onDiscard={onDiscard} />}
      {!active && blocked && (
        <span id="call-blocked" className="error" data-testid="call-blocked">
          {blockedReason ?? t('call.blocked')}
        </span>
      )}
    </div>
  );
}
