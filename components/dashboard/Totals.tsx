// The headline figures of the filtered data, each with data-metric for tests.
import type { DashboardModel } from '@/lib/analytics/metrics';
import type { Rate } from '@/lib/analytics/wilson';
import type { Translate } from '@/lib/i18n';
import { finite, rateText } from './format';

export function Totals({ totals: x, t }: { totals: DashboardModel['totals']; t: Translate }) {
  const count = (metric: string, label: string, v: number) => (
    <div className="dash-tile" key={metric}>
      <span className="dash-tile-label">{label}</span>
      <strong data-metric={metric} data-row="total" data-value={v}>
        {v.toLocaleString('en-US')}
      </strong>
    </div>
  );
  const rate = (metric: string, label: string, r: Rate) => (
    <div className="dash-tile" key={metric}>
      <span className="dash-tile-label">{label}</span>
      <strong data-metric={metric} data-row="total" data-value={Number.isFinite(r.p) ? r.p : ''} data-k={r.k} data-n={r.n} data-lo={finite(r.lo)} data-hi={finite(r.hi)}>
        {rateText(r)}
      </strong>
    </div>
  );
  return (
    <section className="dash-totals" data-testid="dash-totals">
      {count('attempts', t('dash.attempts'), x.attempts)}
      {count('rpc', t('dash.rpc'), x.rpc)}
      {rate('rpcRate', t('dash.rpcRate'), x.rpcRate)}
      {count('promises', t('dash.promises'), x.promises)}
      {rate('promiseRate', t('dash.promiseRate'), x.promiseRate)}
      {count('kept', t('dash.kept'), x.kept)}
      {count('pending', t('dash.pending'), x.pending)}
      {rate('keptRate', t('dash.keptRate'), x.keptRate)}
      {count('distinctReached', t('dash.distinctReached'), x.distinctReached)}
      {count('distinctPromised', t('dash.distinctPromised'), x.distinctPromised)}
      {count('distinctKept', t('dash.distinctKept'), x.distinctKept)}
    </section>
  );
}
