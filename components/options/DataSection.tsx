// Options → Data: promises due and overdue, search, export, backup/restore, retention and the
// audit log. Reads and writes only through lib/db; every failure is shown and keeps the input.
import type { Locale } from '@/lib/i18n';
import { AuditLog } from './data/AuditLog';
import { BackupPanel } from './data/BackupPanel';
import { ExportPanel } from './data/ExportPanel';
import { PromisesPanel } from './data/PromisesPanel';
import { RetentionPanel } from './data/RetentionPanel';
import { RollupPanel } from './data/RollupPanel';
import { SearchPanel } from './data/SearchPanel';
import './options-extra.css';
import type { SettingsSectionProps } from '../shared/useSettings';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

export function DataSection({ settings, update, t, locale }: Props) {
  return (
    <section className="card options-section" id="data" aria-labelledby="data-title" data-testid="data-section">
      <h2 id="data-title">{t('data.title')}</h2>
      <PromisesPanel t={t} locale={locale} />
      <SearchPanel t={t} locale={locale} />
      <ExportPanel t={t} locale={locale} />
      <RollupPanel settings={settings} update={update} t={t} locale={locale} />
      <BackupPanel t={t} locale={locale} />
      <RetentionPanel settings={settings} update={update} t={t} locale={locale} />
      <AuditLog t={t} locale={locale} />
    </section>
  );
}
