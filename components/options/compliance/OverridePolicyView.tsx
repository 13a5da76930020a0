// The override policy in force (`overridePolicy`): for each blocking rule of the profile, whether an
// agent may pass it with a written reason or never. Read-only here: options could only tighten it and
// enterprise policy sets it; trainees never override at all.
import { CALL_RULES_BY_ID, overrideModeOf, PROFILES, resolveOverridePolicy, type ProfileId } from '@/lib/compliance';
import type { Locale, Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  locale: Locale;
  profile: ProfileId;
  /** The stored (already resolved) policy; {} = the profile's defaults. */
  configured: Record<string, string>;
}

export function OverridePolicyView({ t, locale, profile, configured }: Props) {
  const policy = resolveOverridePolicy(profile, undefined, configured);
  const rules = PROFILES[profile].rules.filter((id) => id !== 'identity-before-disclosure' && id !== 'limitation-period');
  return (
    <div className="data-block" data-testid="override-policy">
      <h3>{t('complianceOpt.policyTitle')}</h3>
      <table className="data-table">
        <tbody>
          {rules.map((id) => {
            const mode = overrideModeOf(policy, id);
            return (
              <tr key={id} data-rule={id} data-mode={mode}>
                <td>{CALL_RULES_BY_ID[id].title[locale]}</td>
                <td>{mode === 'never' ? t('complianceOpt.policyNever') : t('complianceOpt.policyReason')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('complianceOpt.policyHelp')}</p>
    </div>
  );
}
