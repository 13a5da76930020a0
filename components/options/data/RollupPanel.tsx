// Options → Data → 统计汇总: one click exports this agent's outcome roll-up for a period (no
// personal data, see docs/analytics.md). The agent id and the team salt are remembered as settings;
// a salt set by policy is never shown.
import { useState } from 'react';
import { PeriodFields } from './PeriodFields';
import { browser } from 'wxt/browser';
import { exportRollup, RollupExportError, rollupFileName, scriptInfoOf } from '@/lib/analytics/rollup-export';
import { rollupCallCount } from '@/lib/analytics/rollup-build';
import { loadActivePack } from '@/lib/packs/active';
import { addDays, isISODay, todayISO } from '@/lib/time';
import type { Locale } from '@/lib/i18n';
import { downloadText } from '../files';
import { errorText } from './format';
import { StatusLine } from '../policy/PolicyField';
import { useSaveStatus } from '../policy/useSaveStatus';
import type { SettingsSectionProps } from '../../shared/useSettings';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

const REASON = { 'agent-id': 'rollup.badAgentId', salt: 'rollup.noSalt', period: 'data.exportBadRange' } as const;

export function RollupPanel({ settings, update, t, locale }: Props) {
  const v = settings.values;
  const saltLocked = settings.locked.includes('analyticsTeamSalt');
  const today = todayISO();
  const [agentId, setAgentId] = useState(v.rollupAgentId || v.agentId);
  const [salt, setSalt] = useState(saltLocked ? '' : v.analyticsTeamSalt);
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const status = useSaveStatus(locale, t, (e) => (e instanceof RollupExportError ? t(REASON[e.code]) : errorText(e, locale, t)));

  const run = async () => {
    if (!isISODay(from) || !isISODay(to)) return status.fail(t('data.exportBadDate'));
    const teamSalt = saltLocked ? v.analyticsTeamSalt : salt;
    await status.run(
      async () => {
        const scriptInfo = async () => {
          const active = await loadActivePack();
          return scriptInfoOf(active.pack, active.packs);
        };
        const file = await exportRollup({ agentId, from, to, salt: teamSalt, scriptInfo });
        // Remembered once they worked: the chosen id, and the salt unless policy sets it.
        const patch = { ...(agentId.trim() !== v.rollupAgentId ? { rollupAgentId: agentId.trim() } : {}), ...(!saltLocked && salt !== v.analyticsTeamSalt ? { analyticsTeamSalt: salt } : {}) };
        if (Object.keys(patch).length) await update(patch);
        return file;
      },
      (file) => {
        const name = rollupFileName(file);
        downloadText(name, JSON.stringify(file));
        return t('rollup.exported', { count: rollupCallCount(file), file: name });
      },
    );
  };

  return (
    <div className="data-block" data-testid="rollup-export">
      <h3>{t('rollup.title')}</h3>
      <p className="hint">{t('rollup.help')}</p>
      <div className="row wrap">
        <label>
          {t('rollup.agentId')} <input value={agentId} maxLength={40} title={t('rollup.agentIdHint')} onChange={(e) => setAgentId(e.target.value)} data-testid="rollup-agent-id" />
        </label>
        {saltLocked ? (
          <span className="locked">🔒 {t('rollup.saltByPolicy')}</span>
        ) : (
          <label>
            {t('rollup.salt')} <input type="password" autoComplete="off" value={salt} title={t('rollup.saltHint')} onChange={(e) => setSalt(e.target.value)} data-testid="rollup-salt" />
          </label>
        )}
        <PeriodFields t={t} from={from} to={to} onFrom={setFrom} onTo={setTo} />
        <button type="button" disabled={status.busy} onClick={() => void run()} data-testid="rollup-export-button">
          {t('rollup.export')}
        </button>
      </div>
      <p className="hint">{v.reportingEndpoint ? t('rollup.endpoint', { url: v.reportingEndpoint }) : t('rollup.noEndpoint')}</p>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer" data-testid="dashboard-link">
          {t('rollup.dashboardLink')}
        </a>
      </p>
      <StatusLine status={status} testId="rollup-status" />
    </div>
  );
}
