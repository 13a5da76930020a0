// The "我的今天 / My day" page (myday.html): today's figures, today's warnings by rule, and the last
// 30 days' situations and scripts with their outcomes. Opened from the panel's fold and the options page.
import { useEffect, useMemo, useRef, useState } from 'react';
import { myDayTitles } from '@/lib/analytics/my-day-titles';
import type { DaihouDB } from '@/lib/db';
import { resolveLocale, translator, type Locale } from '@/lib/i18n';
import { loadActivePack, onActivePackChanged, type ActivePack } from '@/lib/packs/active';
import { useSettings } from '../shared/useSettings';
import { useUiLocale } from '../shared/useUiLocale';
import { OutcomeTable } from './OutcomeTable';
import { RulesTable } from './RulesTable';
import { TodayFigures } from './TodayFigures';
import { useMyDay } from './useMyDay';
import './myday.css';

const WINDOW_DAYS = 30;

interface Props {
  /** Tests: a seeded database, a pack, a locale. */
  database?: DaihouDB;
  loadPack?: () => Promise<ActivePack>;
  locale?: Locale;
}

function usePack(load: () => Promise<ActivePack>, watch: boolean): ActivePack | null {
  const [pack, setPack] = useState<ActivePack | null>(null);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    let alive = true;
    const read = () => void loader.current().then((p) => alive && setPack(p), () => {});
    read();
    const off = watch ? onActivePackChanged(read) : () => {};
    return () => {
      alive = false;
      off();
    };
  }, [watch]);
  return pack;
}

export function MyDayPage({ database, loadPack, locale: fixed }: Props) {
  const { settings } = useSettings();
  const locale = useUiLocale(fixed ?? (settings ? resolveLocale(settings.values.locale, navigator.languages) : null));
  const t = translator(locale);
  const state = useMyDay(WINDOW_DAYS, database);
  const pack = usePack(loadPack ?? loadActivePack, !loadPack);
  const titles = useMemo(() => myDayTitles(pack?.pack, locale), [pack, locale]);
  useEffect(() => {
    document.title = `${t('myday.title')} · ${t('app.title')}`;
    document.documentElement.lang = locale;
  }, [t, locale]);
  return (
    <main className="myday-page" lang={locale} data-testid="myday-page">
      <h1>{t('myday.title')}</h1>
      <p className="hint">{t('myday.localOnly')}</p>
      {state.status === 'loading' && <p className="hint">{t('loading')}</p>}
      {state.status === 'error' && <p className="error">{t('error.generic', { message: state.message })}</p>}
      {state.status === 'ready' && (
        <>
          <section className="card" aria-labelledby="myday-today-title">
            <h2 id="myday-today-title" className="section-title">
              {t('myday.today', { day: state.report.today.day })}
            </h2>
            <TodayFigures today={state.report.today} t={t} locale={locale} />
          </section>
          <RulesTable rules={state.report.today.compliance.byRule} t={t} locale={locale} />
          <section className="card" aria-labelledby="myday-window-title">
            <h2 id="myday-window-title" className="section-title">
              {t('myday.window', { days: WINDOW_DAYS, from: state.report.window.from, to: state.report.window.to })}
            </h2>
            <h3>{t('myday.situations')}</h3>
            <OutcomeTable kind="scenario" rows={state.report.window.scenarios} total={state.report.window.total} title={titles.scenario} t={t} locale={locale} />
            <h3>{t('myday.scripts')}</h3>
            <OutcomeTable kind="script" rows={state.report.window.scripts} total={state.report.window.total} title={titles.script} t={t} locale={locale} />
          </section>
        </>
      )}
    </main>
  );
}
