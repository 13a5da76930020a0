// The debtor's record kept in step with the CRM page: the snapshot is stored, the agent's
// corrections laid over it, and the call log, last promise, pending call-back and broken promises watched live
// (a correction, a saved call or the background's broken-promise check shows at once).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo } from 'react';
import { interruptionOfCall, REACHED_DEBTOR, type OutcomeCode } from '@/lib/call/outcomes';
import { contactRulesInput, type ContactRulesInput } from '@/lib/call/contact-rules';
import type { CallAttempt } from '@/lib/compliance';
import type { PromiseRecord } from '@/lib/db';
import { applyCorrections, correctField } from '@/lib/extract/corrections';
import type { DebtorContext, FieldName } from '@/lib/extract/types';
import type { DebtorRecords } from '@/lib/panel-services';
import { useServices } from './useServices';

export interface DebtorState {
  context: DebtorContext;
  attempts: CallAttempt[];
  rules: ContactRulesInput;
  lastPromise: PromiseRecord | null;
  broken: PromiseRecord[];
  /** Any promise of this debtor was broken, acknowledged or not (a new one gets a reminder the day before). */
  brokeBefore: boolean;
  /** The call-back agreed on the latest call, not made yet (a later call clears it). */
  callback: { at: number; zone: string } | null;
  timeZone: string | undefined;
  /** The record was keyed by a masked number alone before v3: its older history may mix two people. */
  legacyMasked: boolean;
  error: string | null;
}

type Read = { ok: true; stored: DebtorRecords } | { ok: false; message: string };

export function useDebtor(key: string, page: DebtorContext) {
  const { records } = useServices();

  useEffect(() => {
    // A failed write leaves the stored record as it was; the live read below still shows it.
    void records.keepSnapshot(key, page).catch(() => {});
  }, [records, key, page]);

  const read = useLiveQuery(
    (): Promise<Read> =>
      records.debtor(key).then(
        (stored) => ({ ok: true, stored }),
        (e: unknown) => ({ ok: false, message: e instanceof Error ? e.message : String(e) }),
      ),
    [records, key],
  );

  const state = useMemo((): DebtorState => {
    // Until the first read, and when the database is unavailable, the page's own data shows.
    if (!read?.ok) return { context: page, attempts: [], rules: { stopContacts: [] }, lastPromise: null, broken: [], brokeBefore: false, callback: null, timeZone: undefined, legacyMasked: false, error: read ? read.message : null };
    const { record, attempts, lastPromise, broken, contactRules, promises } = read.stored;
    const latest = attempts.at(-1);
    return {
      context: applyCorrections(page, record?.corrections),
      attempts: attempts.map((c): CallAttempt => {
        const interruption = interruptionOfCall(c);
        return {
          at: c.startedAt,
          conversation: c.outcome !== undefined && REACHED_DEBTOR.has(c.outcome as OutcomeCode),
          ...(c.contact ? { contact: c.contact } : {}),
          ...(interruption ? { interruption } : {}),
        };
      }),
      rules: contactRulesInput(contactRules, promises),
      lastPromise: lastPromise ?? null,
      broken,
      brokeBefore: broken.length > 0 || promises.some((p) => p.status === 'broken'),
      callback: latest?.outcome === 'callback' && latest.callbackAt !== undefined ? { at: latest.callbackAt, zone: latest.callbackZone ?? latest.timeZone } : null,
      timeZone: record?.timeZone,
      legacyMasked: record?.legacyMasked === true,
      error: null,
    };
  }, [read, page]);

  const correct = useCallback(
    async (field: FieldName, text: string, locale: string): Promise<boolean> => {
      const fixed = correctField(field, text, locale);
      if (!fixed) return false;
      await records.correct(key, { [field]: fixed });
      return true;
    },
    [records, key],
  );

  return { ...state, correct };
}
