// Options → Packs → Subscriptions: pack URLs checked at start and every N hours, each with its
// last success and last error. Locked when enterprise policy sets them.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Locale, Translate } from '@/lib/i18n';
import type { Library } from '@/lib/packs/library';
import { acceptSubscriptionRollback, checkSubscriptions, getPackCheckHours, isAllowedPackUrl } from '@/lib/packs/subscription';
import { packCheckHoursItem } from '@/lib/storage/items';
import type { EffectiveSettings, Settings } from '@/lib/settings';
import { AddItemForm } from './AddItemForm';
import { formatTime } from './files';
import { RollbackConfirm } from './RollbackConfirm';
import { LockNote } from './policy/PolicyField';

interface Props {
  settings: EffectiveSettings;
  update: (patch: Partial<Settings>) => Promise<void>;
  library: Library;
  t: Translate;
  locale: Locale;
}

export function Subscriptions({ settings, update, library, t, locale }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hours, setHours] = useState<{ hours: number; locked: boolean } | null>(null);
  const locked = settings.locked.includes('packSubscriptions');
  const urls = settings.values.packSubscriptions;

  useEffect(() => {
    void getPackCheckHours().then(setHours);
    return packCheckHoursItem.watch(() => void getPackCheckHours().then(setHours));
  }, []);

  const checkNow = async () => {
    setBusy(true);
    try {
      const reports = await checkSubscriptions({ locale });
      const failed = reports.filter((r) => r.status === 'failed').length;
      setNote(t('packs.checkDone', { ok: reports.length - failed, failed }));
    } finally {
      setBusy(false);
    }
  };

  const add = async (input: string): Promise<string | null> => {
    setNote(null);
    const value = input.trim();
    if (!isAllowedPackUrl(value)) return t('packs.badUrl');
    const u = new URL(value);
    if (u.protocol === 'https:') {
      // Inside the click: host access lets the extension read servers that send no CORS header.
      const granted = await browser.permissions.request({ origins: [`${u.origin}/*`] }).catch(() => false);
      if (!granted) setNote(t('packs.noHostAccess'));
    }
    await update({ packSubscriptions: [...new Set([...urls, value])] });
    void checkNow();
    return null;
  };

  return (
    <section className="card" aria-labelledby="packs-subs-title" data-testid="pack-subscriptions">
      <h2 id="packs-subs-title">{t('packs.subscriptions')}</h2>
      <p className="hint">{t('packs.subscriptionsHelp')}</p>
      <LockNote locked={locked} t={t} block />
      <ul>
        {urls.map((u) => {
          const s = library.subscriptions.find((x) => x.url === u);
          return (
            <li key={u} data-testid="subscription" data-url={u}>
              <code>{u}</code>{' '}
              {!locked && (
                <button type="button" onClick={() => void update({ packSubscriptions: urls.filter((x) => x !== u) })}>
                  {t('packs.remove')}
                </button>
              )}
              <div className="hint">
                {t('packs.lastSuccess', { time: formatTime(s?.lastSuccessAt, locale) })} · {t('packs.lastChecked', { time: formatTime(s?.lastCheckedAt, locale) })}
              </div>
              {s?.lastError && (
                <div className="error" data-testid="subscription-error">
                  {t('packs.lastError', { time: formatTime(s.lastError.at, locale) })} {s.lastError.path && <code>{s.lastError.path}</code>} {s.lastError.message}
                  {s.lastSuccessAt ? ` — ${t('packs.keptLastGood')}` : ''}
                </div>
              )}
              {s?.lastError?.code === 'rollback' && s.rollback && !locked && (
                <RollbackConfirm
                  offered={s.rollback.offered}
                  installed={s.rollback.installed}
                  t={t}
                  onConfirm={async () => {
                    const r = await acceptSubscriptionRollback(u, s.rollback!.offered, { locale });
                    setNote(r.status === 'updated' ? t('packs.checkDone', { ok: 1, failed: 0 }) : (r.error?.message ?? ''));
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {!locked && (
        <AddItemForm
          label={t('packs.subscriptionUrl')}
          placeholder="https://packs.example-bank.cn/team.json"
          size={48}
          button={t('packs.addSubscription')}
          onAdd={add}
        />
      )}
      <div className="row">
        <button type="button" disabled={busy || !urls.length} onClick={() => void checkNow()}>
          {busy ? t('packs.checking') : t('packs.checkNow')}
        </button>
        <label className="row">
          {t('packs.checkEvery')}
          <input
            type="number"
            min={1}
            max={168}
            value={hours?.hours ?? 6}
            disabled={!hours || hours.locked}
            onChange={(e) => void packCheckHoursItem.setValue(Math.min(168, Math.max(1, Number(e.target.value) || 6)))}
            style={{ width: '5em' }}
          />
          {t('packs.hours')}
          <LockNote locked={hours?.locked ?? false} t={t} />
        </label>
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
