import { useAppEnv } from './AppContext';

export function EmptyState({ title, hint, testId = 'empty-state' }: { title: string; hint?: string; testId?: string }) {
  return (
    <section className="empty" role="status" data-testid={testId}>
      <h2>{title}</h2>
      {hint && <p>{hint}</p>}
    </section>
  );
}

export function NoDebtor() {
  const { t } = useAppEnv();
  return <EmptyState title={t('empty.noDebtor')} hint={t('empty.howToAdd')} />;
}

/** A case queue: no debtor here, and nothing that could start a call or write a record. */
export function ListPage() {
  const { t } = useAppEnv();
  return <EmptyState title={t('empty.listPage')} testId="list-page" />;
}
