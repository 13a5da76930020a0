// State of "pick on page" in the adapter form: which CRM tab, and what the last pick gave.
import { useCallback, useEffect, useState } from 'react';
import type { FieldName } from '@/lib/extract/types';
import type { PickedElement } from '@/lib/messaging';
import { listCrmTabs, pickOnPage, type CrmTab } from './pick';

/** What is being picked: a debtor field, or the area showing the call's live transcript. */
export type PickTarget = FieldName | 'transcript';

export type PickStatus =
  | { kind: 'idle' }
  | { kind: 'picking'; field: PickTarget }
  | { kind: 'picked'; field: PickTarget; text: string }
  | { kind: 'cancelled' | 'not-enabled' | 'tab-gone' | 'no-tab'; field: PickTarget }
  | { kind: 'failed'; field: PickTarget; message: string };

export function usePicker() {
  const [tabs, setTabs] = useState<CrmTab[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PickStatus>({ kind: 'idle' });

  const refresh = useCallback(async () => {
    const list = await listCrmTabs().catch(() => []);
    setTabs(list);
    setTabId((cur) => (cur !== null && list.some((x) => x.id === cur) ? cur : (list[0]?.id ?? null)));
    return list;
  }, []);
  useEffect(() => void refresh(), [refresh]);

  /** Resolves with the element picked, or null (cancelled or failed; `status` says which). */
  const pick = useCallback(
    async (field: PickTarget, hint: string): Promise<PickedElement | null> => {
      const target = tabId ?? (await refresh())[0]?.id ?? null;
      if (target === null) {
        setStatus({ kind: 'no-tab', field });
        return null;
      }
      setStatus({ kind: 'picking', field });
      const r = await pickOnPage(target, hint, field === 'transcript' ? 'transcript' : 'field');
      if (r.kind === 'picked') {
        setStatus({ kind: 'picked', field, text: r.picked.text });
        return r.picked;
      }
      if (r.kind === 'failed') setStatus({ kind: 'failed', field, message: r.message });
      else setStatus({ kind: r.kind, field });
      if (r.kind === 'tab-gone') void refresh();
      return null;
    },
    [tabId, refresh],
  );

  return { tabs, tabId, setTabId, refresh, status, pick };
}
