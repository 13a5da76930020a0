// Options → Compliance: profile, call window and daily attempts (each locked when enterprise
// policy sets it), the holiday calendar (read-only) and the overrides agents logged.
import { useEffect, useState } from 'react';
import { PROFILES, resolveLimits } from '@/lib/compliance';
import type { Locale } from '@/lib/i18n';
import type { ComplianceProfile, SettingKey, Settings } from '@/lib/settings';
import { HolidayCalendarView } from './compliance/HolidayCalendarView';
import { OverridePolicyView } from './compliance/OverridePolicyView';
import { OverridesList } from './compliance/OverridesList';
import { StopContactsList } from './compliance/StopContactsList';
import { ThirdPartyLimit } from './compliance/ThirdPartyLimit';
import { LockNote, PolicyField, StatusLine, lockedBy } from './policy/PolicyField';
import { useSaveStatus } from './policy/useSaveStatus';
import './options-extra.css';
import type { SettingsSectionProps } from '../shared/useSettings';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

type LimitKey = 'callWindowStart' | 'callWindowEnd' | 'maxAttemptsPerDay';
const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;
const MAX_ATTEMPTS = 20;

export function ComplianceSection({ settings, update, t, locale }: Props) {
  const { values } = settings;
  const isLocked = lockedBy(settings);
  const [start, setStart] = useState(values.callWindowStart);
  const [end, setEnd] = useState(values.callWindowEnd);
  const [max, setMax] = useState(String(values.maxAttemptsPerDay));
  const status = useSaveStatus(locale, t);
  useEffect(() => {
    setStart(values.callWindowStart);
    setEnd(values.callWindowEnd);
    setMax(String(values.maxAttemptsPerDay));
  }, [values.callWindowStart, values.callWindowEnd, values.maxAttemptsPerDay]);

  const resolved = resolveLimits(values.complianceProfile, {
    callWindowStart: values.callWindowStart,
    callWindowEnd: values.callWindowEnd,
    maxAttemptsPerDay: values.maxAttemptsPerDay,
  });
  const outer = PROFILES[values.complianceProfile].outerWindow;

  const save = async () => {
    if (!HHMM.test(start) || !HHMM.test(end)) return status.fail(t('complianceOpt.badTime'));
    if (start >= end) return status.fail(t('complianceOpt.startAfterEnd'));
    // Refused, not silently tightened: a saved window is the window the guard and the panel use.
    if ((!isLocked('callWindowStart') && start < outer.start) || (!isLocked('callWindowEnd') && end > outer.end)) {
      return status.fail(t('complianceOpt.outsideProfile', { start: outer.start, end: outer.end }));
    }
    const n = Number(max);
    if (!/^\d+$/.test(max.trim()) || n < 1 || n > MAX_ATTEMPTS) return status.fail(t('complianceOpt.badMax', { max: MAX_ATTEMPTS }));
    const patch: Partial<Pick<Settings, LimitKey>> = {};
    if (!isLocked('callWindowStart')) patch.callWindowStart = start;
    if (!isLocked('callWindowEnd')) patch.callWindowEnd = end;
    if (!isLocked('maxAttemptsPerDay')) patch.maxAttemptsPerDay = n;
    await status.run(() => update(patch), () => t('complianceOpt.appliesEverywhere', { start: patch.callWindowStart ?? values.callWindowStart, end: patch.callWindowEnd ?? values.callWindowEnd }));
  };

  const setProfile = async (p: ComplianceProfile) => {
    await status.run(() => update({ complianceProfile: p }));
  };

  const lockNote = (k: SettingKey) => <LockNote locked={isLocked(k)} t={t} />;
  const allLocked = (['callWindowStart', 'callWindowEnd', 'maxAttemptsPerDay'] as const).every(isLocked);

  return (
    <section className="card options-section" id="compliance" aria-labelledby="compliance-opt-title" data-testid="compliance-section">
      <h2 id="compliance-opt-title">{t('complianceOpt.title')}</h2>
      <div className="row wrap">
        <label htmlFor="compliance-profile">{t('complianceOpt.profile')}</label>
        <select
          id="compliance-profile"
          data-testid="compliance-profile"
          value={values.complianceProfile}
          disabled={isLocked('complianceProfile')}
          onChange={(e) => void setProfile(e.target.value as ComplianceProfile)}
        >
          <option value="cn-bank">{t('complianceOpt.profileCn')}</option>
          <option value="us-regf">{t('complianceOpt.profileUs')}</option>
        </select>
        {lockNote('complianceProfile')}
      </div>
      <form
        className="limits-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="row wrap">
          <PolicyField id="call-window-start" label={t('complianceOpt.windowStart')} locked={isLocked('callWindowStart')} t={t}>
            <input id="call-window-start" data-testid="call-window-start" type="time" value={start} disabled={isLocked('callWindowStart')} onChange={(e) => setStart(e.target.value)} />
          </PolicyField>
          <PolicyField id="call-window-end" label={t('complianceOpt.windowEnd')} locked={isLocked('callWindowEnd')} t={t}>
            <input id="call-window-end" data-testid="call-window-end" type="time" value={end} disabled={isLocked('callWindowEnd')} onChange={(e) => setEnd(e.target.value)} />
          </PolicyField>
        </div>
        <div className="row wrap">
          <PolicyField id="max-attempts" label={t('complianceOpt.maxAttempts')} locked={isLocked('maxAttemptsPerDay')} t={t}>
            <input
              id="max-attempts"
              data-testid="max-attempts"
              type="number"
              min={1}
              max={MAX_ATTEMPTS}
              inputMode="numeric"
              value={max}
              disabled={isLocked('maxAttemptsPerDay')}
              onChange={(e) => setMax(e.target.value)}
            />
          </PolicyField>
          {!allLocked && (
            <button type="submit" className="primary">
              {t('complianceOpt.save')}
            </button>
          )}
        </div>
      </form>
      <p className="hint">{t('complianceOpt.outerWindow', { start: outer.start, end: outer.end })}</p>
      {values.complianceProfile === 'cn-bank' && (
        <p className="hint" data-testid="window-bound">
          {t('complianceOpt.windowBound')}
        </p>
      )}
      <p className="hint" data-testid="effective-limits">
        {t('complianceOpt.effective', { start: resolved.limits.callWindowStart, end: resolved.limits.callWindowEnd, max: resolved.limits.maxAttemptsPerDay })}
      </p>
      {resolved.clamped.length > 0 && (
        <p className="locked" role="note">
          {t('complianceOpt.clamped')}
        </p>
      )}
      <StatusLine status={status} testId="compliance-message" />
      <ThirdPartyLimit settings={settings} update={update} t={t} locale={locale} />
      <HolidayCalendarView t={t} locale={locale} />
      <OverridePolicyView t={t} locale={locale} profile={values.complianceProfile} configured={values.overridePolicy} />
      <OverridesList t={t} locale={locale} />
      <StopContactsList t={t} locale={locale} />
    </section>
  );
}
