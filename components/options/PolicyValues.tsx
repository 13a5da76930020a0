// Options → Managed by your organization: every value enterprise policy (storage.managed) sets,
// shown read-only so an agent sees why a setting cannot be changed.
import type { Translate } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings';

export function PolicyValues({ settings, extra, t }: { settings: EffectiveSettings; extra: Record<string, unknown>; t: Translate }) {
  const rows: [string, unknown][] = [...settings.locked.map((k) => [k, settings.values[k]] as [string, unknown]), ...Object.entries(extra)];
  if (!rows.length) return null;
  return (
    <section className="card" aria-labelledby="policy-title" data-testid="policy-values">
      <h2 id="policy-title">{t('packs.policyTitle')}</h2>
      <p className="hint">{t('packs.policyHelp')}</p>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} className="row">
            <dt>
              <code>{k}</code>
            </dt>
            <dd>
              <code>{Array.isArray(v) ? v.join(', ') || '—' : String(v)}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
