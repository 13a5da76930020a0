// A search that names a prohibited tactic (黑白脸, 锁机, 拖车, 暗访, 呼死你…) gets this result, not
// scripts: 违规手法 · 为什么不行 (why, and the law) · 应该怎么做 (the lawful routes, how each works).
import { LAWFUL_ALTERNATIVES, type ProhibitedTactic } from '@/lib/compliance';
import { useAppEnv } from './AppContext';

export function ProhibitedTacticResult({ tactic }: { tactic: ProhibitedTactic }) {
  const { t, locale } = useAppEnv();
  const text = (l: Partial<Record<string, string>>) => l[locale] ?? l['zh-CN'] ?? '';
  return (
    <article className="compliance-alert tactic-result" data-severity="block" data-testid="prohibited-tactic" data-tactic={tactic.id}>
      <header>
        <span className="sev">{t('tactic.heading')}</span> {text(tactic.name)}
      </header>
      <h3 className="tactic-part">{t('tactic.why')}</h3>
      <p className="suggestion" data-testid="tactic-why">{text(tactic.why)}</p>
      <p className="suggestion hint" data-testid="tactic-law">{t('tactic.law', { law: text(tactic.law) })}</p>
      <h3 className="tactic-part">{t('tactic.instead')}</h3>
      <ul className="suggestion" data-testid="tactic-instead">
        {tactic.alternatives.map((id) => {
          const a = LAWFUL_ALTERNATIVES[id];
          return (
            <li key={id} data-alternative={id}>
              <strong>{text(a.name)}</strong>：{text(a.how)}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
