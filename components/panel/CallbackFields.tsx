// Outcome `callback`: the time agreed with the debtor, on their clock (their zone is named). The
// guard's hours and holiday rules are applied to it as to a live call: a time they would block is
// shown as a warning to agree another time (the agent may still save; the reminder fires then).
import { callbackProblems, fromZonedInput, toZonedInput } from '@/lib/call/callback';
import type { Finding } from '@/lib/compliance';
import { useAppEnv } from './AppContext';

interface Props {
  /** The datetime field's value (YYYY-MM-DDTHH:MM on the debtor's clock). */
  value: string;
  onChange: (value: string) => void;
  /** The debtor's IANA zone. */
  timeZone: string;
  now: number;
  /** The guard's findings for calling at that instant. */
  check: (at: number) => Finding[];
  tried: boolean;
}

export function CallbackFields({ value, onChange, timeZone, now, check, tried }: Props) {
  const { t, locale } = useAppEnv();
  const at = fromZonedInput(value, timeZone);
  const problems = callbackProblems(at, now);
  const findings = at !== null && !problems.length ? check(at).filter((f) => f.severity !== 'info') : [];
  return (
    <fieldset className="ptp" data-testid="callback">
      <legend>{t('wrap.callback')}</legend>
      <label>
        {t('wrap.callbackAt', { zone: timeZone })}
        <input
          data-testid="callback-at"
          type="datetime-local"
          step={900}
          min={toZonedInput(now, timeZone)}
          value={value}
          aria-invalid={tried && problems.length > 0}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {findings.length > 0 && (
        <ul className="compliance-alert" data-severity="warn" role="alert" data-testid="callback-warnings">
          {findings.map((f) => (
            <li key={f.ruleId} data-rule={f.ruleId}>
              {f.message[locale] ?? f.message['zh-CN']}
            </li>
          ))}
          <li className="suggestion">{t('wrap.callbackOutsideHours')}</li>
        </ul>
      )}
      {tried && problems.length > 0 && (
        <p className="error" role="alert">
          {t(problems[0] === 'past' ? 'wrap.callbackPast' : 'wrap.callbackMissing')}
        </p>
      )}
    </fieldset>
  );
}
