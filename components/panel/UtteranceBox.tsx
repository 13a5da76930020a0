// "What did the debtor say?": the box, the quick-pick chips (Alt+1…9) and what was detected.
import { forwardRef } from 'react';
import type { MergedPack } from '@/lib/packs/merge';
import type { Ranked } from '@/lib/suggest/classifier';
import { useAppEnv } from './AppContext';

/** The situations agents meet most; the chips follow this order when the pack has them. */
export const COMMON_SCENARIOS = [
  'no-money-now',
  'after-payday',
  'vague-promise',
  'hard-times',
  'discount-settlement',
  'illness',
  'complaint-threat',
  'defiant',
  'not-the-debtor',
];

export function quickPickIds(pack: MergedPack): string[] {
  const ids = new Set(pack.scenarios.map((s) => s.id));
  const common = COMMON_SCENARIOS.filter((id) => ids.has(id));
  const rest = pack.scenarios.map((s) => s.id).filter((id) => !common.includes(id));
  return [...common, ...rest].slice(0, 9);
}

interface Props {
  pack: MergedPack;
  text: string;
  onText: (text: string) => void;
  detected: Ranked[];
  picked: string | null;
  onPick: (id: string | null) => void;
}

export const UtteranceBox = forwardRef<HTMLTextAreaElement, Props>(function UtteranceBox({ pack, text, onText, detected, picked, onPick }, ref) {
  const { t, locale } = useAppEnv();
  const title = (id: string) => {
    const sc = pack.scenarios.find((s) => s.id === id);
    return sc ? (sc.title[locale] ?? sc.title['zh-CN']) : id;
  };
  const chips = quickPickIds(pack);
  return (
    <section className="card utterance">
      <label htmlFor="utterance-input" className="section-title">
        {t('utter.label')}
      </label>
      <textarea
        id="utterance-input"
        ref={ref}
        data-testid="utterance-input"
        rows={2}
        value={text}
        placeholder={t('utter.placeholder')}
        aria-keyshortcuts="Alt+U"
        onChange={(e) => {
          onText(e.target.value);
          if (picked) onPick(null);
        }}
      />
      <ul className="chips" aria-label={t('utter.quick')} hidden={detected.length > 0 && !picked && text.trim() !== ''}>
        {chips.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              className="chip"
              data-testid="quick-pick"
              data-scenario={id}
              aria-pressed={picked === id}
              aria-keyshortcuts={`Alt+${i + 1}`}
              onClick={() => onPick(picked === id ? null : id)}
            >
              {title(id)}
              <kbd>{i + 1}</kbd>
            </button>
          </li>
        ))}
      </ul>
      {text.trim() && !picked && (
        <p className="detected" role="status" data-testid="detected">
          {detected.length === 0 ? (
            <span>{t('utter.none')}</span>
          ) : (
            <>
              <span>{t('utter.detected')}</span>
              {detected.map((d) => (
                <span key={d.id} className="scenario-tag" data-scenario={d.id}>
                  {title(d.id)} <span className="score">{Math.round(d.score * 100)}%</span>
                </span>
              ))}
            </>
          )}
        </p>
      )}
    </section>
  );
});
