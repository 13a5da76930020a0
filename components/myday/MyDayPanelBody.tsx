// The unfolded "My day" of the side panel: today's figures, live, and the way to the full page.
import { useAppEnv } from '../panel/AppContext';
import { TodayFigures } from './TodayFigures';
import { useMyDay } from './useMyDay';
import './myday.css';

export function MyDayPanelBody() {
  const { t, locale } = useAppEnv();
  // Today only: the fold reads a few days of the `day` index, not the 30-day tables.
  const state = useMyDay(1);
  return (
    <div className="myday-body" data-testid="myday-body">
      {state.status === 'loading' && <p className="hint">{t('loading')}</p>}
      {state.status === 'error' && <p className="error">{t('error.generic', { message: state.message })}</p>}
      {state.status === 'ready' && <TodayFigures today={state.report.today} t={t} locale={locale} />}
      <p>
        <a href="/myday.html" target="_blank" rel="noopener" data-testid="myday-open-page">
          {t('myday.openFull')}
        </a>
      </p>
    </div>
  );
}
