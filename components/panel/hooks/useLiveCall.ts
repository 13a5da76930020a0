// The live call: the session reducer plus its record in the database (started on "start call",
// completed by the wrap-up's save, or discarded). Scripts used and scenarios seen are logged with the call.
import { useCallback, useReducer, useRef, useState } from 'react';
import { callReducer, initialSession, type CallSession } from '@/lib/call/session';
import type { CallFinding, CallRecord, TranscriptTurn } from '@/lib/db';
import type { Finding } from '@/lib/compliance';
import type { DebtorContext } from '@/lib/extract/types';
import type { SavedCall } from '@/lib/live/saved-call';
import type { WrapUpData } from '../WrapUp';
import type { LiveFinding } from './useAgentTurns';

/** What the live call adds to the record: the findings the agent's words raised, and the transcript
 *  text when policy keeps it (then the findings keep their words too). */
export interface LiveRecord {
  findings: readonly LiveFinding[];
  transcript?: TranscriptTurn[];
}

function liveFindings(live: LiveRecord | undefined): CallFinding[] {
  if (!live) return [];
  const keep = live.transcript !== undefined;
  return live.findings.map(({ ruleId, severity, message, source, suggestion, span, tacticId, words, at }) => ({
    ruleId,
    severity,
    message,
    source,
    ...(suggestion ? { suggestion } : {}),
    ...(keep && span ? { span } : {}),
    ...(tacticId ? { tacticId } : {}),
    heardLive: keep ? { at, words } : { at },
  }));
}
import { useServices } from './useServices';

/** The crisis protocol as the call record keeps it (absent when it was never shown). */
function crisisRecord(s: CallSession): Pick<CallRecord, 'crisisProtocol'> {
  return s.crisis ? { crisisProtocol: { shownAt: s.crisis.shownAt, ...(s.crisis.dismissedAt !== undefined ? { dismissedAt: s.crisis.dismissedAt } : {}) } } : {};
}

/** `restored`: a call kept while the panel was closed (lib/live/saved-call): it goes on, with its
 *  record — restoring never starts a second one. */
export function useLiveCall(debtorKey: string, page: DebtorContext, restored?: Pick<SavedCall, 'session' | 'callId'> | null) {
  const { records } = useServices();
  const [session, dispatch] = useReducer(callReducer, restored?.session ?? initialSession);
  const callId = useRef<number | undefined>(restored?.callId ?? undefined);
  // The record's id as state too: the call is kept (useCallKeeper) once its record exists.
  const [recordId, setRecordId] = useState<number | null>(restored?.callId ?? null);
  const setCallId = (id: number | undefined) => {
    callId.current = id;
    setRecordId(id ?? null);
  };
  // Bumped by discard: a start whose record arrives after the discard discards that record too.
  const generation = useRef(0);
  const latest = useRef(session);
  latest.current = session;

  const start = useCallback(async (contact?: string) => {
    dispatch({ type: 'start', now: Date.now(), ...(contact ? { contact } : {}) });
    const mine = ++generation.current;
    const id = await records.startCall(debtorKey, contact).catch(() => undefined);
    if (generation.current === mine) setCallId(id);
    else if (id !== undefined) void records.discardCall(id).catch(() => {});
  }, [records, debtorKey]);

  const end = useCallback(() => {
    const now = Date.now();
    dispatch({ type: 'end', now });
    const id = callId.current;
    const s = latest.current;
    // endedAt makes the record an attempt even if the wrap-up is never saved (see countsAsAttempt);
    // a crisis protocol shown is on the record from the moment the call ends.
    if (id !== undefined)
      void records
        .updateCall(id, { endedAt: now, scenarios: s.scenarios, scriptsUsed: s.scriptsUsed.map((u) => u.scriptId), stageReached: s.reached, checklist: s.checked, ...crisisRecord(s) })
        .catch(() => {});
  }, [records]);

  /** A call started by mistake: its record is marked discarded (no attempt); the note draft stays. */
  const discard = useCallback(async () => {
    const id = callId.current;
    setCallId(undefined);
    generation.current++;
    dispatch({ type: 'reset' });
    // Should this write fail, a record never ended still does not count (countsAsAttempt); one
    // already ended would, as a real dial did happen.
    if (id !== undefined) await records.discardCall(id).catch(() => {});
  }, [records]);

  const save = useCallback(
    async (data: WrapUpData, findings: Finding[], overrideReason: string | null, overrideAudited = false, live?: LiveRecord) => {
      const s = latest.current;
      await records.saveCall({
        debtorKey,
        callId: callId.current,
        debtor: page,
        note: data.note,
        promise: data.promise ? { amount: data.promise.amount, dueDate: data.promise.date, method: data.promise.method, ...(data.promise.remindOn ? { remindOn: data.promise.remindOn } : {}) } : null,
        contact: s.contact,
        ...(data.stopContact ? { stopContact: true } : {}),
        ...(data.consent ? { consent: data.consent } : {}),
        ...(data.instalments ? { instalments: data.instalments } : {}),
        result: {
          ...(data.demandReached ? { demandReached: data.demandReached } : {}),
          ...(data.acknowledged ? { acknowledged: true } : {}),
          // The crisis protocol shown on this call, and the escalation the agent confirmed.
          ...crisisRecord(s),
          ...(data.escalation ? { escalation: data.escalation } : {}),
          ...(data.callback ? { callback: data.callback } : {}),
          ...(overrideAudited ? { overrideAudited: true } : {}),
          outcome: data.outcome,
          stageReached: s.reached,
          checklist: s.checked,
          scenarios: s.scenarios,
          scriptsUsed: s.scriptsUsed.map((u) => u.scriptId),
          findings: [...findings.map(({ ruleId, severity, message, source, suggestion, nextAllowedAt, tacticId }) => ({
            ruleId,
            severity,
            message,
            source,
            ...(suggestion ? { suggestion } : {}),
            ...(nextAllowedAt !== undefined ? { nextAllowedAt } : {}),
            ...(tacticId ? { tacticId } : {}),
          }) as CallFinding), ...liveFindings(live)],
          ...(live?.transcript?.length ? { transcript: live.transcript } : {}),
          ...(overrideReason ? { overrideReason } : {}),
        },
      });
      setCallId(undefined);
      dispatch({ type: 'reset' });
    },
    [records, debtorKey, page],
  );

  return { session, callId: recordId, start, end, save, discard, dispatch };
}
