// Champion / challenger: for each situation, its two most used scripts side by side with the
// counts and the 95 % intervals, and whether the intervals overlap (then: 差异尚不显著).
import type { ChampionPair, ScriptRow } from '@/lib/analytics/metrics';
import type { Translate } from '@/lib/i18n';
import { finite, rateText } from './format';

interface Props {
  pairs: readonly ChampionPair[];
  t: Translate;
  situationLabel: (id: string) => string;
}

function Side({ s, situation, t }: { s: ScriptRow; situation: string; t: Translate }) {
  const row = `${situation}:${s.id}`;
  const rate = (metric: 'promiseRate' | 'keptRate') => (
    <dd data-metric={`champion.${metric}`} data-row={row} data-value={Number.isFinite(s[metric].p) ? s[metric].p : ''} data-lo={finite(s[metric].lo)} data-hi={finite(s[metric].hi)}>
      {rateText(s[metric])}
    </dd>
  );
  return (
    <dl className="dash-side" data-script={s.id}>
      <dt>{t('dash.script')}</dt>
      <dd>{s.id}</dd>
      <dt>{t('dash.rpc')}</dt>
      <dd data-metric="champion.rpc" data-row={row} data-value={s.rpc}>{s.rpc}</dd>
      <dt>{t('dash.promises')}</dt>
      <dd data-metric="champion.promises" data-row={row} data-value={s.promises}>{s.promises}</dd>
      <dt>{t('dash.promiseRate')}</dt>
      {rate('promiseRate')}
      <dt>{t('dash.kept')}</dt>
      <dd data-metric="champion.kept" data-row={row} data-value={s.kept}>{s.kept}</dd>
      <dt>{t('dash.keptRate')}</dt>
      {rate('keptRate')}
    </dl>
  );
}

export function ChampionTable({ pairs, t, situationLabel }: Props) {
  return (
    <div className="dash-champions">
      {pairs.map((p) => (
        <article key={p.situation} className="dash-pair" data-pair={p.situation}>
          <h3>{situationLabel(p.situation)}</h3>
          <div className="row wrap">
            <Side s={p.a} situation={p.situation} t={t} />
            <Side s={p.b} situation={p.situation} t={t} />
          </div>
          <p className={p.overlap ? 'hint' : 'ok'} data-metric="champion.significant" data-row={p.situation} data-value={p.overlap ? 0 : 1}>
            {p.overlap ? t('dash.notSignificant') : t('dash.significant')}
          </p>
        </article>
      ))}
    </div>
  );
}
