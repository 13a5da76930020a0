// The call as heard, folded to its last few turns: who spoke (客户 / 坐席) and the words, the words
// still being recognised greyed. Shown once turns arrive; a click unfolds the rest of the call.
import { useState } from 'react';
import type { Turn } from '@/lib/live/turn';
import { useAppEnv } from '../AppContext';

const FOLDED = 3;
const UNFOLDED = 30;

export function LiveFeed({ turns }: { turns: readonly Turn[] }) {
  const { t } = useAppEnv();
  const [open, setOpen] = useState(false);
  if (!turns.length) return null;
  const shown = turns.slice(-(open ? UNFOLDED : FOLDED));
  return (
    <section className="card live-feed" data-testid="live-feed" aria-label={t('live.feed')} aria-live="off">
      <p className="section-title">
        <span className="listening-dot" aria-hidden="true" /> {t('live.feed')}
        {turns.length > FOLDED && (
          <button type="button" className="link" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? t('live.fold') : t('live.unfold', { n: turns.length })}
          </button>
        )}
      </p>
      <ol className="live-turns">
        {shown.map((turn) => (
          <li key={`${turn.source}:${turn.id}`} data-speaker={turn.speaker} data-final={turn.final} className={turn.final ? 'turn' : 'turn interim'}>
            <span className="speaker">{t(turn.speaker === 'debtor' ? 'live.debtor' : 'live.agent')}</span> {turn.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
