// The options page: sites, language, trainee mode, and (later) packs, compliance and data.
import { useEffect } from 'react';
import { resolveLocale, translator } from '@/lib/i18n';
import { CrmSitesSettings } from './CrmSitesSettings';
import { GeneralSettings } from './GeneralSettings';
import { PacksSection } from './PacksSection';
import { AdaptersSection } from './AdaptersSection';
import { ComplianceSection } from './ComplianceSection';
import { DataSection } from './DataSection';
import { useSettings } from '../shared/useSettings';
import { useUiLocale } from '../shared/useUiLocale';

export function OptionsApp() {
  const { settings, update } = useSettings();
  const locale = useUiLocale(settings ? resolveLocale(settings.values.locale, navigator.languages) : null);
  const t = translator(locale);
  const loaded = settings !== null;
  // Opened at a section (the panel's "设置 → CRM 网站" link): the sections render once settings are
  // read, after the browser looked for the hash, so scroll there then.
  useEffect(() => {
    if (!loaded || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [loaded]);
  return (
    <main className="options" lang={locale}>
      <h1>{t('options.title')}</h1>
      <nav className="options-nav" aria-label={t('data.navLabel')}>
        <ul>
          <li><a href="#general">{t('data.navGeneral')}</a></li>
          <li><a href="#packs">{t('packs.title')}</a></li>
          <li><a href="#adapters">{t('adapters.title')}</a></li>
          <li><a href="#compliance">{t('complianceOpt.title')}</a></li>
          <li><a href="#data">{t('data.title')}</a></li>
          <li><a href="/myday.html" target="_blank" rel="noopener" data-testid="options-myday-link">{t('myday.optionsLink')}</a></li>
          <li><a href="/dashboard.html" target="_blank" rel="noreferrer" data-testid="nav-dashboard">{t('rollup.dashboardLink')}</a></li>
        </ul>
      </nav>
      {settings && (
        <>
          <div id="general" className="options-anchor" />
          <GeneralSettings settings={settings} update={update} t={t} />
          <CrmSitesSettings settings={settings} update={update} t={t} locale={locale} />
          <div id="packs" className="options-anchor" />
          <PacksSection settings={settings} update={update} t={t} locale={locale} />
          <AdaptersSection t={t} locale={locale} />
          <ComplianceSection settings={settings} update={update} t={t} locale={locale} />
          <DataSection settings={settings} update={update} t={t} locale={locale} />
        </>
      )}
    </main>
  );
}
