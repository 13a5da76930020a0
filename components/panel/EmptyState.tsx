import type { ReactNode } from 'react';
import { useAppEnv } from './AppContext';

export function EmptyState({ title, hint, testId = 'empty-state' }: { title: string; hint?: ReactNode; testId?: string }) {
  return (
    <section className="empty" role="status" data-testid={testId}>
      <h2>{title}</h2>
      {hint && <p>{hint}</p>}
    </section>
  );
}

export function NoDebtor() {
  const { t, connector } = useAppEnv();
  // The hint names "设置 → CRM 网站": that phrase is a link opening the options page at that section.
  const hint = t('empty.howToAdd');
  const label = t('empty.crmSitesLink');
  const at = hint.indexOf(label);
  const link = (
    <a
      href="#crm-sites"
      data-testid="open-crm-sites"
      onClick={(e) => {
        e.preventDefault();
        void connector.openOptions('crm-sites');
      }}
    >
      {label}
    </a>
  );
  return (
    <EmptyState
      title={t('empty.noDebtor')}
      hint={
        at < 0 ? (
          <>
            {hint} {link}
          </>
        ) : (
          <>
            {hint.slice(0, at)}
            {link}
            {hint.slice(at + label.length)}
          </>
        )
      }
    />
  );
}

/** A case queue: no debtor here, and nothing that could start a call or write a record. */
export function ListPage() {
  const { t } = useAppEnv();
  return <EmptyState title={t('empty.listPage')} testId="list-page" />;
}
