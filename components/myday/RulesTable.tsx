// Today's compliance warnings by rule: calls warned and overrides logged (`data-metric="rule:<id>:…"`).
import type { RuleCount } from '@/lib/analytics/my-day';
import type { Locale, Translate } from '@/lib/i18n';
import { ruleTitle } from '../options/compliance/rule-title';

export function RulesTable({ rules, t, locale }: { rules: RuleCount[]; t: Translate; locale: Locale }) {
  if (!rules.length) return null;
  return (
    <section className="card" aria-labelledby="myday-rules">
      <h2 id="myday-rules" className="section-title">
        {t('myday.rulesTitle')}
      </h2>
      <table className="myday-table" data-testid="myday-rules">
        <thead>
          <tr>
            <th scope="col">{t('myday.rule')}</th>
            <th scope="col" className="num">{t('myday.ruleCalls')}</th>
            <th scope="col" className="num">{t('myday.ruleOverrides')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.ruleId} data-id={r.ruleId}>
              <th scope="row">{ruleTitle(r.ruleId, locale)}</th>
              <td className="num" data-metric={`rule:${r.ruleId}:calls`}>{r.calls}</td>
              <td className="num" data-metric={`rule:${r.ruleId}:overrides`}>{r.overrides}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
