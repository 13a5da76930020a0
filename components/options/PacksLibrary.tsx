// Options → Packs → Library: installed packs, on/off, precedence, export, remove, and what the
// panel will load. All pack text is rendered as React text, never as HTML.
import { pickLocalized, type Translate, type Locale } from '@/lib/i18n';
import type { ActivePack } from '@/lib/packs/active';
import { movePack, removePack, setPackEnabled, type InstalledPack, type Library } from '@/lib/packs/library';
import type { Localized } from '@/lib/packs/schema';
import { downloadText, formatTime, safeFileName } from './files';

interface Props {
  library: Library;
  active: ActivePack | null;
  /** Policy `requireSignedPacks`: unverified packs stay listed but are not used. */
  requireSigned?: boolean;
  t: Translate;
  locale: Locale;
}

export const localized = (l: Localized | undefined, locale: Locale): string => (l ? pickLocalized(l, locale) : '');

function scriptCount(p: InstalledPack): number {
  return p.pack.scenarios.reduce((n, s) => n + s.scripts.length, 0) + p.pack.stageScripts.length;
}

function PackRow({ p, index, total, blocked, t, locale }: { p: InstalledPack; index: number; total: number; blocked: boolean; t: Translate; locale: Locale }) {
  const name = localized(p.pack.name, locale);
  return (
    <li className="pack-entry card" data-testid="pack-entry" data-pack-id={p.id} data-source={p.source} data-verified={p.verified} data-enabled={p.enabled}>
      <div className="row">
        <label className="row">
          <input
            type="checkbox"
            checked={p.enabled}
            aria-label={t('packs.enabled')}
            onChange={(e) => void setPackEnabled(p.id, e.target.checked)}
          />
          <strong>{name}</strong>
        </label>
        <code>{p.id}</code>
        <span>v{p.pack.version}</span>
        <span className="badge">{t(`packs.source.${p.source}`)}</span>
        <span className={`badge verified-${p.verified}`} data-testid="pack-verified">
          {p.verified === 'unverified' ? '⚠ ' : p.verified === 'signed' ? '✔ ' : ''}
          {t(`packs.verified.${p.verified}`)}
        </span>
        {blocked && (
          <span className="badge locked" data-testid="pack-blocked-by-policy">
            🔒 {t('packs.blockedByPolicy')}
          </span>
        )}
      </div>
      <p className="hint">
        {t('packs.counts', { scenarios: p.pack.scenarios.length, scripts: scriptCount(p) })}
        {p.signerKeyId ? ` · ${t('packs.signedBy', { keyId: p.signerKeyId })}` : ''}
        {p.pack.author ? ` · ${p.pack.author}` : ''}
      </p>
      {p.subscription && (
        <p className="hint">
          {t('packs.subscribedFrom', { url: p.subscription.url })} · {t('packs.lastSuccess', { time: formatTime(p.subscription.lastSuccessAt, locale) })}
        </p>
      )}
      <div className="row">
        <button type="button" disabled={index === 0} onClick={() => void movePack(p.id, 'up')} aria-label={t('packs.moveUp')}>
          ↑ {t('packs.moveUp')}
        </button>
        <button type="button" disabled={index === total - 1} onClick={() => void movePack(p.id, 'down')} aria-label={t('packs.moveDown')}>
          ↓ {t('packs.moveDown')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${safeFileName(p.id)}-${safeFileName(p.pack.version)}.json`, `${JSON.stringify(p.pack, null, 2)}\n`)}
        >
          {t('packs.export')}
        </button>
        {p.source === 'import' && (
          <button
            type="button"
            data-testid="pack-remove"
            onClick={() => {
              if (confirm(t('packs.removeConfirm', { name }))) void removePack(p.id);
            }}
          >
            {t('packs.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

function ActiveSummary({ active, t, locale }: { active: ActivePack; t: Translate; locale: Locale }) {
  return (
    <details data-testid="active-pack-summary" data-order={active.order.join(',')}>
      <summary>{t('packs.activeSummary', { count: active.pack.scenarios.length, packs: active.order.length })}</summary>
      <ul>
        {active.pack.scenarios.map((sc) => (
          <li key={sc.id} data-scenario={sc.id} data-sources={sc.sourcePackIds.join(',')}>
            <code>{sc.id}</code> {localized(sc.title, locale)} —{' '}
            {sc.scripts.map((s) => active.packs.get(s.sourcePackId)).filter((x, i, a) => x && a.indexOf(x) === i).map((info) => (
              <span key={info!.packId} className="badge">
                {localized(info!.name, locale)}
                {info!.verified === 'unverified' ? ` · ${t('packs.verified.unverified')}` : ''}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function PacksLibrary({ library, active, requireSigned = false, t, locale }: Props) {
  // Highest precedence first: the pack at the top wins conflicts.
  const rows = [...library.packs].reverse();
  return (
    <section className="card" aria-labelledby="packs-library-title" data-testid="packs-library">
      <h2 id="packs-library-title">{t('packs.library')}</h2>
      <p className="hint">{t('packs.libraryHelp')}</p>
      {library.defaultError && (
        <p className="error" role="alert">
          {t('packs.defaultMissing', { message: library.defaultError })}
        </p>
      )}
      <ol className="pack-list" data-testid="pack-list">
        {rows.map((p, i) => (
          <PackRow key={`${p.source}:${p.id}`} p={p} index={i} total={rows.length} blocked={requireSigned && p.verified === 'unverified'} t={t} locale={locale} />
        ))}
      </ol>
      {active && <ActiveSummary active={active} t={t} locale={locale} />}
    </section>
  );
}
