// Options → CRM sites: add a bank CRM's address (a bare host is taken as https), grant host access,
// and the content script runs there. Every add and remove says what happened and whether access was granted.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { toMatchPattern } from '@/lib/background/crm-origins';
import type { Locale } from '@/lib/i18n';
import { AddItemForm } from './AddItemForm';
import type { SettingsSectionProps } from '../shared/useSettings';
import { LockNote, StatusLine } from './policy/PolicyField';
import { useSaveStatus } from './policy/useSaveStatus';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

/** Which listed sites the browser currently lets the extension read. */
function useGranted(origins: readonly string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    let alive = true;
    void Promise.all(origins.map(async (o) => [o, await browser.permissions.contains({ origins: [o] }).catch(() => false)] as const)).then(
      (pairs) => alive && setGranted(Object.fromEntries(pairs)),
    );
    return () => {
      alive = false;
    };
  }, [origins]);
  return granted;
}

export function CrmSitesSettings({ settings, update, t, locale }: Props) {
  const locked = settings.locked.includes('crmOrigins');
  const origins = settings.values.crmOrigins;
  const status = useSaveStatus(locale, t);
  const granted = useGranted(origins);

  const add = async (input: string): Promise<string | null> => {
    status.clear();
    const pattern = toMatchPattern(input);
    if (!pattern) return t('options.invalidSite');
    // Must run inside the click: permission prompts need a user gesture.
    const ok = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!ok) return t('options.siteNotAdded', { pattern });
    if (origins.includes(pattern)) {
      status.done(t('options.siteAlready', { pattern }));
      return null;
    }
    await status.run(() => update({ crmOrigins: [...new Set([...origins, pattern])] }), () => t('options.siteAdded', { pattern }));
    return null;
  };

  const remove = (o: string) => void status.run(() => update({ crmOrigins: origins.filter((x) => x !== o) }), () => t('options.siteRemoved', { pattern: o }));

  return (
    <section className="card" id="crm-sites" aria-labelledby="crm-sites-title" data-testid="crm-sites">
      <h2 id="crm-sites-title">{t('options.crmSites')}</h2>
      <p className="hint">{t('options.crmSitesHelp')}</p>
      <LockNote locked={locked} t={t} block />
      <ul data-testid="crm-origins">
        {origins.map((o) => (
          <li key={o} data-origin={o}>
            <code>{o}</code>{' '}
            {o in granted && (
              <span className={granted[o] ? 'hint' : 'locked'} data-testid="site-access">
                {t('options.siteAccess', { granted: granted[o] ? 'yes' : 'no' })}
              </span>
            )}{' '}
            {!locked && (
              <button type="button" onClick={() => remove(o)}>
                {t('options.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!locked && <AddItemForm label={t('options.crmSites')} placeholder="crm.example-bank.cn" button={t('options.addSite')} onAdd={add} />}
      <StatusLine status={status} testId="crm-sites-message" />
    </section>
  );
}
