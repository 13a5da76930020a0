// The debtor's record kept in step with the CRM page: the snapshot is stored, the agent's
// corrections laid over it, and the call log, last promise and broken promises loaded.
import { useCallback, useEffect, useState } from 'react';
import { REACHED_DEBTOR, type OutcomeCode } from '@/lib/call/outcomes';
import type { CallAttempt } from '@/lib/compliance';
import { attemptsSince, brokenToFlag, correctDebtor, getDebtor, lastPromise, upsertDebtor, type PromiseRecord } from '@/lib/db';
import { applyCorrections, correctField } from '@/lib/extract/corrections';
import type { DebtorContext, FieldName } from '@/lib/extract/types';

export interface DebtorState {
  context: DebtorContext;
  attempts: CallAttempt[];
  lastPromise: PromiseRecord | null;
  broken: PromiseRecord[];
  timeZone: string | undefined;
  /** The record was keyed by a masked number alone before v3: its older history may mix two people. */
  legacyMasked: boolean;
  error: string | null;
}

export function useDebtor(key: string, page: DebtorContext) {
  const [state, setState] = useState<DebtorState>({ context: page, attempts: [], lastPromise: null, broken: [], timeZone: undefined, legacyMasked: false, error: null });
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let alive = true;
    (async () => {
      try {
        const rec = await upsertDebtor(page, { key }).catch(async () => getDebtor(key));
        const [calls, last, broken] = await Promise.all([attemptsSince(key, 0), lastPromise(key), brokenToFlag(key)]);
        if (!alive) return;
        setState({
          context: applyCorrections(page, rec?.corrections),
          attempts: calls.map((c) => ({ at: c.startedAt, conversation: c.outcome !== undefined && REACHED_DEBTOR.has(c.outcome as OutcomeCode) })),
          lastPromise: last ?? null,
          broken,
          timeZone: rec?.timeZone,
          legacyMasked: rec?.legacyMasked === true,
          error: null,
        });
      } catch (e) {
        // The database is unavailable: the page's own data still shows; the error is surfaced.
        if (alive) setState((s) => ({ ...s, context: page, error: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      alive = false;
    };
  }, [key, page, version]);

  const correct = useCallback(
    async (field: FieldName, text: string, locale: string): Promise<boolean> => {
      const fixed = correctField(field, text, locale);
      if (!fixed) return false;
      await correctDebtor(key, { [field]: fixed });
      refresh();
      return true;
    },
    [key, refresh],
  );

  return { ...state, refresh, correct };
}
