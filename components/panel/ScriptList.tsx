// The suggested scripts for the situation at hand, after the compliance guard's disclosure rule.
import type { ActivePack } from '@/lib/packs/active';
import type { Suggestion, SuggestionSet } from '@/lib/call/suggestions';
import type { UsedScript } from '@/lib/call/session';
import { useAppEnv } from './AppContext';
import { ScriptCard, type CardAction } from './ScriptCard';
import { VerificationChecks } from './VerificationChecks';

interface Props {
  set: SuggestionSet;
  active: ActivePack;
  used: UsedScript[];
  trainee: boolean;
  persona: string | null;
  actionsFor: (s: Suggestion) => CardAction;
  /** Tick "identity verified" from here: the held-back scripts appear at once. */
  onVerified: () => void;
  /** The call's checklist, for the verifications some scripts wait for (e.g. the heir verified). */
  checked?: Record<string, boolean>;
  onCheck?: (id: string, value: boolean) => void;
  convert?: ((text: string) => string) | null;
  /** Whether a card shows its full text rather than its short form. */
  isFull?: (scriptId: string) => boolean;
  onToggleFull?: (scriptId: string) => void;
}

export function ScriptList({ set, active, used, trainee, persona, actionsFor, onVerified, checked = {}, onCheck = () => {}, convert, isFull, onToggleFull }: Props) {
  const { t, locale } = useAppEnv();
  const { pack } = active;
  const text = (l: Record<string, string | undefined> | undefined) => (l ? (l[locale] ?? l['zh-CN'] ?? '') : '');
  const scenario = set.scenarios[0] ? pack.scenarios.find((s) => s.id === set.scenarios[0]) : undefined;
  const why = (s: Suggestion): string[] => {
    const lines: string[] = [];
    const sc = pack.scenarios.find((x) => x.id === s.scenarioId);
    if (sc) lines.push(t('script.whyScenario', { scenario: text(sc.title) }));
    const techs = s.script.techniques.map((id) => pack.techniques.find((x) => x.id === id)).filter((x) => x !== undefined);
    if (techs.length) lines.push(t('script.whyTechniques', { techniques: techs.map((x) => `${text(x.title)}（${text(x.explanation)}）`).join('；') }));
    const p = persona ? pack.personas.find((x) => x.id === persona) : undefined;
    if (p && s.script.personas.includes(p.id)) lines.push(t('script.whyPersona', { persona: text(p.title) }));
    lines.push(t('script.whyRule', { rule: t(s.script.discloses ? 'script.ruleIdentity' : 'script.ruleNoDisclosure') }));
    return lines;
  };
  return (
    <section className="scripts" aria-live="polite" data-testid="script-list">
      {set.heldBack > 0 && (
        <p className="held-back" role="status" data-testid="held-back">
          {set.heldBackReason === 'third-party-on-line' ? t('script.thirdParty') : t('script.heldBack', { count: set.heldBack })}
          {set.heldBackReason === 'identity-not-verified' && (
            <>
              {' '}
              <button type="button" data-testid="verify-identity" onClick={onVerified}>
                {t('script.verifiedNow')}
              </button>
            </>
          )}
        </p>
      )}
      {set.crisisHidden > 0 && (
        <p className="held-back" role="status" data-testid="crisis-hidden">
          {t('crisis.hidden', { count: set.crisisHidden })}
        </p>
      )}
      <VerificationChecks verifications={set.verifications} checked={checked} onCheck={onCheck} />
      {set.cards.map((s, i) => (
        <ScriptCard
          key={s.script.id}
          position={i + 1}
          script={s.script}
          scenarioId={s.scenarioId}
          segments={s.segments}
          shortSegments={s.shortSegments}
          full={isFull?.(s.script.id) ?? false}
          {...(onToggleFull ? { onToggleFull: () => onToggleFull(s.script.id) } : {})}
          pack={pack}
          source={active.packs.get(s.script.sourcePackId)}
          used={used.some((u) => u.scriptId === s.script.id)}
          trainee={trainee}
          why={trainee ? why(s) : undefined}
          actions={actionsFor(s)}
          convert={convert}
        />
      ))}
      {scenario && scenario.nextSteps.length > 0 && (
        <details className="card" open={trainee}>
          <summary>{t('script.nextSteps')}</summary>
          <ul className="next-steps">
            {scenario.nextSteps.map((n, i) => (
              <li key={i}>{text(n.text)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
