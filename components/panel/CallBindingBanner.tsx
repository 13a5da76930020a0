// Shown while a call holds its debtor and the CRM tab has moved on: whose call this is, what the
// CRM shows now, and how to let the panel follow again (save or discard).
import { debtorLabel } from '@/lib/call/binding';
import type { DebtorContext } from '@/lib/extract/types';
import { useAppEnv } from './AppContext';

export function CallBindingBanner({ debtor, other }: { debtor: DebtorContext; other: DebtorContext | null }) {
  const { t } = useAppEnv();
  const who = debtorLabel(debtor);
  return (
    <p className="call-binding" role="alert" data-testid="call-binding">
      {other ? t('call.boundOther', { debtor: who, other: debtorLabel(other) }) : t('call.boundNone', { debtor: who })}
    </p>
  );
}
