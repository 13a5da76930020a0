// The compliance guard's findings for this call, most severe first, in the context card.
// A blocking finding can be overridden only with a written reason, which is logged with the call.
import { useState } from 'react';
import { canProceed, type CallStatus, type Finding } from '@/lib/compliance';
import { useAppEnv } from './AppContext';

interface Props {
  status: CallStatus;
  override: string | null;
  onOverride: (reason: string) => void;
}

export function ComplianceBanner({ status, override, onOverride }: Props) {
  const { t, locale } = useAppEnv();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = status.findings.filter((f) => f.severity !== 'info' || f.ruleId === 'limitation-period');
  const blocking = shown.some((f) => f.severity === 'block');
  const line = (f: Finding) => f.message[locale] ?? f.message['zh-CN'];

  return (
    <div className="compliance" data-testid="compliance">
      {shown.map((f) => (
        <div key={f.ruleId} className="compliance-alert" role={f.severity === 'block' ? 'alert' : 'status'} data-testid="compliance-alert" data-rule={f.ruleId} data-severity={f.severity}>
          <span className="sev">{t(`severity.${f.severity}`)}</span>
          {line(f)}
          {f.suggestion && <span className="suggestion">{f.suggestion[locale] ?? f.suggestion['zh-CN']}</span>}
        </div>
      ))}
      {blocking && !override && (
        <details className="override">
          <summary>{t('compliance.override')}</summary>
        <form
          className="override"
          onSubmit={(e) => {
            e.preventDefault();
            const decision = canProceed(status.findings, reason);
            if (!decision.ok) return setProblem(t('compliance.reasonTooShort'));
            setProblem(null);
            onOverride(reason.trim());
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
