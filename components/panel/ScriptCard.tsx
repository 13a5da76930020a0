// One suggested script: its words filled with this debtor's numbers (missing values are visible
// blanks), technique badges with their compliance rating, where it came from, and the actions.
import { useState } from 'react';
import type { PackSourceInfo } from '@/lib/packs/active';
import type { MergedPack, SourcedScript } from '@/lib/packs/merge';
import { segmentsToString, type Segment } from '@/lib/packs/variables';
import { convertSegments } from '@/lib/text/traditional';
import { useAppEnv } from './AppContext';

export interface CardAction {
  copy: (text: string) => Promise<boolean>;
  /** True when inserted; false, or why not (shown as is), when not. */
  insert: (text: string) => Promise<boolean | string>;
  use: () => void;
  /** Why inserting into the CRM is not possible now (shown instead of inserting). */
  insertBlocked?: string;
}

interface Props {
  script: SourcedScript;
  scenarioId: string | null;
  segments: Segment[];
  /** The one-breath form: shown instead of the full text until `full`. */
  shortSegments?: Segment[] | undefined;
  /** Show the full text (Alt+F for every card, or this card's own toggle). */
  full?: boolean;
  onToggleFull?: () => void;
  pack: MergedPack;
  source: PackSourceInfo | undefined;
  used: boolean;
  trainee: boolean;
  why?: string[];
  actions: CardAction;
  /** zh-TW panels: Simplified pack text shown in Traditional (the debtor's values stay as shown). */
  convert?: ((text: string) => string) | null;
  /** 1-based position among the visible cards: Alt+Shift+n copies this card. */
  position?: number;
}

export function ScriptCard({ script, scenarioId, segments: fullSegments, shortSegments, full = false, onToggleFull, pack, source, used, trainee, why, actions, convert, position }: Props) {
  const { t, locale } = useAppEnv();
  const [flash, setFlash] = useState<string | null>(null);
  const keys = position !== undefined && position <= 9 ? `Alt+Shift+${position}` : undefined;
  const showShort = !!shortSegments && !full;
  const segments = convertSegments(showShort ? shortSegments : fullSegments, convert);
  const text = segmentsToString(segments);
  const techniques = script.techniques.map((id) => pack.techniques.find((x) => x.id === id)).filter((x) => x !== undefined);
  const run = async (kind: 'copy' | 'insert') => {
    const blocked = kind === 'insert' ? actions.insertBlocked : undefined;
    const done = !blocked && (await actions[kind](text));
    const ok = done === true;
    const why = typeof done === 'string' ? done : blocked;
    setFlash(ok ? t(kind === 'copy' ? 'script.copied' : 'script.inserted') : (why ?? t(kind === 'copy' ? 'error.generic' : 'script.insertFailed', { message: '' })));
    if (ok) actions.use();
    setTimeout(() => setFlash(null), 2500);
  };
  return (
    <article
      className="card script-card"
      data-testid="script-card"
      data-scenario={scenarioId ?? ''}
      data-script={script.id}
      data-used={used}
      data-form={shortSegments ? (showShort ? 'short' : 'full') : 'only'}
    >
      <p className="script-text" data-testid="script-text">
        {segments.map((s, i) =>
          s.kind === 'text' ? (
            <span key={i}>{s.text}</span>
          ) : s.value === null ? (
            <span key={i} className="blank" data-var={s.name} title={s.name}>
              {t('script.blank')}
            </span>
          ) : (
            <span key={i} className="var" data-var={s.name}>
              {s.value}
            </span>
          ),
        )}
      </p>
      <div className="script-meta">
        {shortSegments && onToggleFull && (
          <button
            type="button"
            className="full-toggle"
            data-testid="full-toggle"
            aria-expanded={!showShort}
            aria-keyshortcuts="Alt+F"
            title={t('script.fullKey')}
            onClick={onToggleFull}
          >
            {showShort ? t('script.showFull') : t('script.showShort')}
          </button>
        )}
        {techniques.map((tech) => (
          <span key={tech.id} className={`tech rating-${tech.rating}`} title={`${t(`rating.${tech.rating}`)} · ${tech.explanation[locale] ?? tech.explanation['zh-CN']}`}>
            {tech.title[locale] ?? tech.title['zh-CN']}
          </span>
        ))}
        {source && source.verified !== 'builtin' && (
          <span className="source">{t('script.fromPack', { pack: source.name[locale] ?? source.packName })}</span>
        )}
        {source?.verified === 'unverified' && <span className="unverified">{t('script.unverified')}</span>}
      </div>
      {trainee && why && why.length > 0 && (
        <ul className="why" aria-label={t('script.why')} data-testid="script-why">
          {why.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="script-actions">
        <button type="button" onClick={() => void run('copy')} {...(keys ? { 'aria-keyshortcuts': keys, title: keys } : {})}>
          {t('script.copy')}
        </button>
        {keys && (
          <kbd className="card-key" data-testid="card-key">
            {keys}
          </kbd>
        )}
        <button type="button" data-testid="insert-script" onClick={() => void run('insert')}>
          {t('script.insert')}
        </button>
        <button type="button" aria-pressed={used} onClick={actions.use}>
          {used ? `✓ ${t('script.used')}` : t('script.use')}
        </button>
        {flash && (
          <span role="status" className="hint">
            {flash}
          </span>
        )}
      </div>
    </article>
  );
}
