// Options → CRM sites: add a bank CRM's address, grant host access, and the content script runs there.
import { browser } from 'wxt/browser';
import { toMatchPattern } from '@/lib/background/crm-origins';
import { AddItemForm } from './AddItemForm';
import type { SettingsSectionProps } from '../shared/useSettings';
import { LockNote } from './policy/PolicyField';

type Props = SettingsSectionProps;

export function CrmSitesSettings({ settings, update, t }: Props) {
  const locked = settings.locked.includes('crmOrigins');
  const origins = settings.values.crmOrigins;

  const add = async (input: string): Promise<string | null> => {
    const pattern = toMatchPattern(input);
    if (!pattern) return t('options.invalidSite');
    // Must run inside the click: permission prompts need a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) return t('options.permissionDenied');
    await update({ crmOrigins: [...new Set([...origins, pattern])] });
    return null;
  };

  return (
    <section className="card" aria-labelledby="crm-sites-title">
      <h2 id="crm-sites-title">{t('options.crmSites')}</h2>
      <p className="hint">{t('options.crmSitesHelp')}</p>
      <LockNote locked={locked} t={t} block />
      <ul data-testid="crm-origins">
        {origins.map((o) => (
          <li key={o}>
            <code>{o}</code>{' '}
            {!locked && (
              <button type="button" onClick={() => void update({ crmOrigins: origins.filter((x) => x !== o) })}>
                {t('options.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!locked && (
        <AddItemForm label={t('options.crmSites')} placeholder="https://crm.example-bank.cn/" button={t('options.addSite')} onAdd={add} />
      )}
    </section>
  );
}
