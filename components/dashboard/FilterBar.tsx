// Filters: team member, period, pack version, situation.
import type { DashboardModel, Filters } from '@/lib/analytics/metrics';
import type { Translate } from '@/lib/i18n';

interface Props {
  filters: Filters;
  options: DashboardModel['options'];
  onChange: (f: Filters) => void;
  situationLabel: (id: string) => string;
  t: Translate;
}

export function FilterBar({ filters: f, options: o, onChange, situationLabel, t }: Props) {
  const all = <option value="">{t('dash.all')}</option>;
  return (
    <section className="card dash-filters" aria-label={t('dash.filters')} data-testid="dash-filters">
      <div className="row wrap">
        <label>
          {t('dash.agent')}{' '}
          <select value={f.agents[0] ?? ''} onChange={(e) => onChange({ ...f, agents: e.target.value ? [e.target.value] : [] })} data-testid="filter-agent">
            {all}
            {o.agents.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          {t('dash.from')} <input type="date" value={f.from} min={o.from} max={o.to} onChange={(e) => onChange({ ...f, from: e.target.value })} data-testid="filter-from" />
        </label>
        <label>
          {t('dash.to')} <input type="date" value={f.to} min={o.from} max={o.to} onChange={(e) => onChange({ ...f, to: e.target.value })} data-testid="filter-to" />
        </label>
        <label>
          {t('dash.pack')}{' '}
          <select value={f.packs[0] ?? ''} onChange={(e) => onChange({ ...f, packs: e.target.value ? [e.target.value] : [] })} data-testid="filter-pack">
            {all}
            {o.packs.map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          {t('dash.situation')}{' '}
          <select value={f.situation} onChange={(e) => onChange({ ...f, situation: e.target.value })} data-testid="filter-situation">
            {all}
            {o.situations.map((s) => (
              <option key={s} value={s}>{situationLabel(s)}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint">{t('dash.filterNote')}</p>
    </section>
  );
}
