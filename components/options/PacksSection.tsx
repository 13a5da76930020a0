// Options → Packs: library, import, editor, signing key, trusted keys, subscriptions, and the
// values enterprise policy has locked. Mounted by OptionsApp.
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { getPackCheckHours } from '@/lib/packs/subscription';
import { PackEditor } from './PackEditor';
import { PackImport } from './PackImport';
import { PacksLibrary } from './PacksLibrary';
import { PolicyValues } from './PolicyValues';
import { SigningKeys } from './SigningKeys';
import { Subscriptions } from './Subscriptions';
import { TrustedKeys } from './TrustedKeys';
import { usePackLibrary } from './usePackLibrary';
import './packs.css';
import type { SettingsSectionProps } from '../shared/useSettings';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

export function PacksSection({ settings, update, t, locale }: Props) {
  const { library, active, loadError } = usePackLibrary();
  const [managedHours, setManagedHours] = useState<Record<string, unknown>>({});
  useEffect(() => {
    void getPackCheckHours().then((h) => setManagedHours(h.locked ? { packCheckHours: h.hours } : {}));
  }, [settings]);
  return (
    <div className="packs-section" data-testid="packs-section">
      <h1 className="section-heading">{t('packs.title')}</h1>
      {loadError && (
        <p className="error" role="alert">
          {t('pack.loadFailed', { message: loadError })}
        </p>
      )}
      {settings.values.requireSignedPacks && (
        <p className="locked" role="note" data-testid="pack-require-signed">
          🔒 {t('packs.requireSignedPolicy')}
        </p>
      )}
      {library && <PacksLibrary library={library} active={active} requireSigned={settings.values.requireSignedPacks} t={t} locale={locale} />}
      <PackImport t={t} locale={locale} />
      {library && <Subscriptions settings={settings} update={update} library={library} t={t} locale={locale} />}
      <TrustedKeys settings={settings} update={update} t={t} />
      <SigningKeys settings={settings} update={update} t={t} locale={locale} />
      {library && <PackEditor library={library} agentName={settings.values.agentName} t={t} locale={locale} />}
      <PolicyValues settings={settings} extra={managedHours} t={t} />
    </div>
  );
}
