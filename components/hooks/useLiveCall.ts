// The live call: the session reducer plus its record in the database (started on "start call",
// completed by the wrap-up's save). Scripts used and scenarios seen are logged with the call.
import { useCallback, useReducer, useRef } from 'react';
import { callReducer, initialSession } from '@/lib/call/session';
import type { Finding } from '@/lib/compliance';
import { saveCallWithNote, startCall, updateCall } from '@/lib/db';
import type { DebtorContext } from '@/lib/extract/types';
import type { WrapUpData } from '../WrapUp';

export function useLiveCall(debtorKey: string, page: DebtorContext) {
  const [session, dispatch] = useReducer(callReducer, initialSession);
  const callId = useRef<number | undefined>(undefined);
  const latest = useRef(session);
  latest.current = session;

  const start = useCallback(async () => {
    dispatch({ type: 'start', now: Date.now() });
    callId.current = await startCall(debtorKey).catch(() => undefined);
  }, [debtorKey]);

  const end = useCallback(() => {
    dispatch({ type: 'end', now: Date.now() });
    const id = callId.current;
    const s = latest.current;
    if (id !== undefined)
      void updateCall(id, { scenarios: s.scenarios, scriptsUsed: s.scriptsUsed.map((u) => u.scriptId), stageReached: s.reached, checklist: s.checked }).catch(() => {});
  }, []);

  const save = useCallback(
    async (data: WrapUpData, findings: Finding[], overrideReason: string | null) => {
      const s = latest.current;
      await saveCallWithNote({
        debtorKey,
        callId: callId.current,
        debtor: page,
        note: data.note,
        promise: data.promise ? { amount: data.promise.amount, dueDate: data.promise.date, method: data.promise.method } : null,
        result: {
          outcome: data.outcome,
          stageReached: s.reached,
          checklist: s.checked,
          scenarios: s.scenarios,
          scriptsUsed: s.scriptsUsed.map((u) => u.scriptId),
          findings: findings.map(({ ruleId, severity, message, source, suggestion, nextAllowedAt, tacticId }) => ({
            ruleId,
            severity,
            message,
            source,
            ...(suggestion ? { suggestion } : {}),
            ...(nextAllowedAt !== undefined ? { nextAllowedAt } : {}),
            ...(tacticId ? { tacticId } : {}),
          })),
          ...(overrideReason ? { overrideReason } : {}),
        },
      });
      callId.current = undefined;
      dispatch({ type: 'reset' });
    },
    [debtorKey, page],
  );

  return { session, start, end, save, dispatch };
}
