// What a script card's buttons do for one debtor: copy through the connector, insert into the CRM
// tab (refused there when the page now shows someone else, and refused here while the CRM shows
// another debtor mid-call), and log the script as used.
import { useCallback, useMemo } from 'react';
import type { Suggestion } from '@/lib/call/suggestions';
import { debtorIdentity } from '@/lib/extract/identity';
import type { DebtorContext } from '@/lib/extract/types';
import { useAppEnv } from '../AppContext';
import type { CardAction } from '../ScriptCard';
import type { useLiveCall } from './useLiveCall';

interface Options {
  tabId: number;
  /** The page this view was filled from. */
  page: DebtorContext;
  /** Defined while the CRM shows another debtor (or none) mid-call. */
  crmShows: DebtorContext | null | undefined;
  call: Pick<ReturnType<typeof useLiveCall>, 'dispatch'>;
}

export function useCardActions({ tabId, page, crmShows, call }: Options) {
  const { t, connector } = useAppEnv();
  // Who the page showed when this view was filled: the CRM tab refuses an insert once it shows someone else.
  const pageDebtor = useMemo(() => debtorIdentity(page)?.key ?? null, [page]);
  // The CRM shows someone else: this debtor's words must not land in that debtor's note box.
  const insertBlocked = crmShows !== undefined ? t('call.insertElsewhere') : undefined;
  const insertIntoCrm = useCallback(
    (text: string): Promise<true | string | false> =>
      insertBlocked || !pageDebtor
        ? Promise.resolve(false)
        : connector.insertText(tabId, text, 'focused', pageDebtor).then(
            (r) => r.ok || t(r.error === 'other-debtor' ? 'call.insertElsewhere' : 'script.insertNoField'),
            () => t('script.insertNoPage'), // no content script there: e.g. the tab predates an update
          ),
    [connector, tabId, insertBlocked, t, pageDebtor],
  );
  const actionsFor = useCallback(
    (s: Suggestion): CardAction => {
      const use = () => call.dispatch({ type: 'used-script', now: Date.now(), script: { ...s.script, scenarioId: s.scenarioId, packId: s.script.sourcePackId } });
      return {
        use,
        copy: (text) => connector.copyText(text),
        insert: insertIntoCrm,
        ...(insertBlocked ? { insertBlocked } : {}),
      };
    },
    [call, connector, insertIntoCrm, insertBlocked],
  );
  return { actionsFor, insertIntoCrm };
}
