// The compliance guard's findings for this call, most severe first, in the context card.
// A blocking finding can be overridden only where the override policy allows it, never by a
// trainee, and only with a written reason, which is logged at once and with the call.
import { useState } from 'react';
import { CALL_RULES_BY_ID, canProceed, notOverridable, type CallRuleId, type CallStatus, type Finding, type OverridePolicy } from '@/lib/compliance';
import { useAppEnv } from './AppContext';

interface Props {
  status: CallStatus;
  override: string | null;
  onOverride: (reason: string, rules: string[]) => void;
  /** Which rules may be overridden (resolveOverridePolicy); absent: all, with a reason. */
  policy?: OverridePolicy;
  trainee?: boolean;
}

// Shown besides warnings: the limitation period (its basis matters) and a call inside the debtor's consented hours.
const SHOWN_INFO = new Set(['limitation-period', 'call-window', 'instalment-plan']);

export function ComplianceBanner({ status, override, onOverride, policy, trainee = false }: Props) {
  const { t, locale } = useAppEnv();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = status.findings.filter((f) => f.severity !== 'info' || SHOWN_INFO.has(f.ruleId));
  const blocking = shown.some((f) => f.severity === 'block');
  const never = notOverridable(status.findings, policy);
  const line = (f: Finding) => f.message[locale] ?? f.message['zh-CN'];

  return (
    <div className="compliance" data-testid="compliance">
      {shown.map((f, i) => (
        <div key={`${f.ruleId}-${i}`} className="compliance-alert" role={f.severity === 'block' ? 'alert' : 'status'} data-testid="compliance-alert" data-rule={f.ruleId} data-severity={f.severity}>
          <span className="sev">{t(`severity.${f.severity}`)}</span>
          {line(f)}
          {f.suggestion && <span className="suggestion">{f.suggestion[locale] ?? f.suggestion['zh-CN']}</span>}
        </div>
      ))}
      {blocking && !override && trainee && (
        <p className="hint" data-testid="override-refused" data-why="trainee">
          {t('compliance.traineeNoOverride')}
        </p>
      )}
      {blocking && !override && !trainee && never.length > 0 && (
        <p className="hint" data-testid="override-refused" data-why="policy">
          {t('compliance.notOverridable', { rules: never.map((r) => CALL_RULES_BY_ID[r as CallRuleId]?.title[locale] ?? r).join('、') })}
        </p>
      )}
      {blocking && !override && !trainee && never.length === 0 && (
        <details className="override">
          <summary>{t('compliance.override')}</summary>
        <form
          className="override"
          onSubmit={(e) => {
            e.preventDefault();
            const decision = canProceed(status.findings, reason, Date.now(), { ...(policy ? { policy } : {}), trainee });
            if (!decision.ok) return setProblem(t('compliance.reasonTooShort'));
            setProblem(null);
            onOverride(reason.trim(), decision.override?.ruleIds ?? []);
          }}
        >
          <label className="label" htmlFor="override-reason">
            {t('compliance.overrideReason')}
          </label>
          <div className="row">
            <input id="override-reason" data-testid="override-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="submit">{t('compliance.overrideSave')}</button>
          </div>
          {problem && <p className="error">{problem}</p>}
        </form>
        </details>
      )}
      {override && <p className="hint">{t('compliance.overridden')}</p>}
    </div>
  );
}
