// The options page: sites, language, trainee mode, and (later) packs, compliance and data.
import { resolveLocale, translator } from '@/lib/i18n';
import { CrmSitesSettings } from './CrmSitesSettings';
import { GeneralSettings } from './GeneralSettings';
import { PacksSection } from './options/PacksSection';
import { useSettings } from './hooks/useSettings';

export function OptionsApp() {
  const { settings, update } = useSettings();
  const locale = resolveLocale(settings?.values.locale, navigator.languages);
  const t = translator(locale);
  return (
    <main className="options" lang={locale}>
      <h1>{t('options.title')}</h1>
      {settings && (
        <>
          <GeneralSettings settings={settings} update={update} t={t} />
          <CrmSitesSettings settings={settings} update={update} t={t} />
          <PacksSection settings={settings} update={update} t={t} locale={locale} />
        </>
      )}
    </main>
  );
}
