// Export calls (with notes and promises) by date range as CSV (UTF-8 with BOM, for Excel) or JSON.
import { useState } from 'react';
import { PeriodFields } from './PeriodFields';
import { isOutcomeCode } from '@/lib/call/outcomes';
import { exportRange, PROMISE_STATUSES, type ExportLabels } from '@/lib/db';
import { loadActivePack } from '@/lib/packs/active';
import { pickLocalized } from '@/lib/i18n';
import { addDays, isISODay, todayISO } from '@/lib/time';
import type { Locale, Translate } from '@/lib/i18n';
import { downloadText } from '../files';
import { StatusLine } from '../policy/PolicyField';
import { useSaveStatus } from '../policy/useSaveStatus';

interface Props {
  t: Translate;
  locale: Locale;
}

/** The stored codes in the UI language: outcomes and promise states from the UI text, stages and
 *  situations by the titles the active pack gives them. */
export async function exportLabels(t: Translate, locale: Locale): Promise<ExportLabels> {
  const pack = await loadActivePack().then((a) => a.pack, () => null);
  const stages = new Map(pack?.stages.map((s) => [s.id as string, pickLocalized(s.title, locale)]) ?? []);
  const scenarios = new Map(pack?.scenarios.map((s) => [s.id, pickLocalized(s.title, locale)]) ?? []);
  return {
    outcome: (c) => (isOutcomeCode(c) ? t(`outcome.${c}`) : undefined),
    promiseStatus: (s) => ((PROMISE_STATUSES as readonly string[]).includes(s) ? t(`promise.${s as (typeof PROMISE_STATUSES)[number]}`) : undefined),
    stage: (id) => stages.get(id),
    scenario: (id) => scenarios.get(id),
  };
}

export function ExportPanel({ t, locale }: Props) {
  const today = todayISO();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const status = useSaveStatus(locale, t);
  const busy = status.busy;

  const run = async (format: 'csv' | 'json') => {
    if (!isISODay(from) || !isISODay(to)) return status.fail(t('data.exportBadDate'));
    if (from > to) return status.fail(t('data.exportBadRange'));
    await status.run(
      async () => exportRange({ from, to }, format, { locale, labels: await exportLabels(t, locale) }),
      (file) => {
        downloadText(file.filename, file.text, file.mime.split(';')[0]);
        return t('data.exported', { count: file.count, file: file.filename });
      },
    );
  };

  return (
    <div className="data-block" data-testid="data-export">
      <h3>{t('data.exportTitle')}</h3>
      <div className="row wrap">
        <PeriodFields t={t} from={from} to={to} onFrom={setFrom} onTo={setTo} />
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          {t('data.exportCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('json')}>
          {t('data.exportJson')}
        </button>
      </div>
      <p className="hint">{t('data.exportHelp')}</p>
      <StatusLine status={status} />
    </div>
  );
}
