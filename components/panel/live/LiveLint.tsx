// A discreet warning when the agent's own words on the call break a conduct rule: what was said,
// why, and the lawful way to say it (the rule's suggestion). Dismissed with one click; kept for the record.
import { pickLocalized } from '@/lib/i18n';
import type { LiveFinding } from '../hooks/useAgentTurns';
import { useAppEnv } from '../AppContext';

export function LiveLint({ findings, onDismiss }: { findings: readonly LiveFinding[]; onDismiss: () => void }) {
  const { t, locale } = useAppEnv();
  if (!findings.length) return null;
  const worst = findings.some((f) => f.severity === 'block') ? 'block' : 'warn';
  // One line per rule: the newest words that broke it.
  const byRule = new Map(findings.map((f) => [f.ruleId, f] as const));
  return (
    <aside className="card live-lint" role="status" data-testid="live-lint" data-severity={worst}>
      <p className="section-title">{t('live.lintTitle')}</p>
      <ul className="lint-marks">
        {[...byRule.values()].map((f) => (
          <li key={f.ruleId} data-rule={f.ruleId} data-severity={f.severity}>
            <mark>「{f.span ? f.words.slice(f.span.start, f.span.end) : f.words}」</mark> {pickLocalized(f.message, locale)}
            {f.suggestion && (
              <span className="suggestion" data-testid="live-lint-suggestion">
                {' '}
                {t('live.lintSay')} {pickLocalized(f.suggestion, locale)}
              </span>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="link" data-testid="live-lint-dismiss" onClick={onDismiss}>
        {t('live.lintDismiss')}
      </button>
    </aside>
  );
}
