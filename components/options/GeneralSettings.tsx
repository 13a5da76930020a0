import type { UiLocale } from '@/lib/settings';
import type { SettingsSectionProps } from '../shared/useSettings';
import { LockNote } from './policy/PolicyField';

type Props = SettingsSectionProps;

export function GeneralSettings({ settings, update, t }: Props) {
  const { values, locked } = settings;
  return (
    <section className="card">
      <label className="row">
        {t('options.language')}
        <select value={values.locale} onChange={(e) => void update({ locale: e.target.value as UiLocale })}>
          <option value="auto">{t('options.languageAuto')}</option>
          <option value="zh-CN">简体中文</option>
          <option value="zh-TW">繁體中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="row">
        <input
          type="checkbox"
          checked={values.traineeMode}
          disabled={locked.includes('traineeMode')}
          onChange={(e) => void update({ traineeMode: e.target.checked })}
        />
        {t('options.traineeMode')}
        <LockNote locked={locked.includes('traineeMode')} t={t} />
      </label>
      <label className="row">
        <input
          type="checkbox"
          data-testid="notification-details"
          checked={values.notificationDetails}
          disabled={locked.includes('notificationDetails')}
          onChange={(e) => void update({ notificationDetails: e.target.checked })}
        />
        {t('options.notificationDetails')}
        <LockNote locked={locked.includes('notificationDetails')} t={t} />
      </label>
      <label className="row">
        <input
          type="checkbox"
          data-testid="keep-transcript"
          checked={values.keepTranscript}
          disabled={locked.includes('keepTranscript')}
          onChange={(e) => void update({ keepTranscript: e.target.checked })}
        />
        {t('options.keepTranscript')}
        <LockNote locked={locked.includes('keepTranscript')} t={t} />
      </label>
      <fieldset className="stack" data-testid="agent-profile">
        <legend>{t('options.agentProfile')}</legend>
        <p className="hint">{t('options.agentProfileHelp')}</p>
        <label className="row">
          {t('options.agentName')}
          <input value={values.agentName} onChange={(e) => void update({ agentName: e.target.value })} />
        </label>
        <label className="row">
          {t('options.agentId')}
          <input value={values.agentId} size={10} onChange={(e) => void update({ agentId: e.target.value })} />
        </label>
        <label className="row">
          {t('options.callbackNumber')}
          <input value={values.callbackNumber} onChange={(e) => void update({ callbackNumber: e.target.value })} />
        </label>
        <label className="row">
          {t('options.bankName')}
          <input value={values.bankName} disabled={locked.includes('bankName')} onChange={(e) => void update({ bankName: e.target.value })} />
          <LockNote locked={locked.includes('bankName')} t={t} />
        </label>
      </fieldset>
    </section>
  );
}
