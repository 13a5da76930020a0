// What the agent says on the live call: each final agent turn ticks the checklist items it says
// (lib/live/checklist-heard; never identity-verified) and is linted with the call's context (a third
// party on the line, the amount owed). A `block` or `warn` finding is raised at once and kept for
// the call record, marked as heard live.
import { useEffect, useMemo, useState, type Dispatch } from 'react';
import { thirdPartyOnLine, type CallAction, type CallSession } from '@/lib/call/session';
import { lintText, loadLintModel, type Finding } from '@/lib/compliance';
import { buildChecklistMatcher, type ChecklistMatcher } from '@/lib/live/checklist-heard';
import type { Turn } from '@/lib/live/turn';
import type { Stage } from '@/lib/packs/schema';
import { useNewFinalTurns } from './useLiveTurns';

export interface LiveFinding extends Finding {
  /** The agent's words that raised it, and when they were heard. */
  words: string;
  at: number;
}

interface Args {
  turns: readonly Turn[];
  stages: readonly Stage[];
  session: Pick<CallSession, 'situation' | 'thirdParty'>;
  dispatch: Dispatch<CallAction>;
  amountOverdue?: number | undefined;
  todayISO: string;
  /** A call restored after the panel reopened: its findings, and how many were dismissed. */
  restored?: { findings: LiveFinding[]; dismissed: number } | undefined;
}

export function useAgentTurns({ turns, stages, session, dispatch, amountOverdue, todayISO, restored }: Args) {
  // Built when the agent is first heard, not when the panel opens (its classifier takes ~20 ms).
  const matcher = useMemo(() => {
    let built: ChecklistMatcher | null = null;
    return () => (built ??= buildChecklistMatcher(stages));
  }, [stages]);
  const [findings, setFindings] = useState<LiveFinding[]>(restored?.findings ?? []);
  const [dismissed, setDismissed] = useState(restored?.dismissed ?? 0);
  const hasAgent = turns.some((t) => t.speaker === 'agent');
  // The learned lint layer is a separate chunk: fetched once the agent is first heard.
  useEffect(() => {
    if (hasAgent) void loadLintModel().catch(() => {});
  }, [hasAgent]);
  // A new call (the feed emptied) starts with no findings.
  useEffect(() => {
    if (!turns.length) {
      setFindings([]);
      setDismissed(0);
    }
  }, [turns.length]);

  useNewFinalTurns(turns, 'agent', (turn) => {
    for (const h of matcher().heard(turn.text, todayISO)) dispatch({ type: 'heard-check', id: h.id, words: turn.text });
    const found = lintText(turn.text, { ...(amountOverdue !== undefined ? { amountOverdue } : {}), thirdPartyOnLine: thirdPartyOnLine(session) })
      .filter((f) => f.severity === 'block' || f.severity === 'warn')
      .map((f) => ({ ...f, words: turn.text, at: turn.at }));
    if (found.length) setFindings((prev) => [...prev, ...found]);
  });

  return {
    /** Every finding heard this call (for the record). */
    findings,
    /** How many of them were dismissed (kept with the call while the panel is closed). */
    dismissed,
    /** The findings still on screen (the latest turn's, until dismissed). */
    showing: findings.slice(dismissed),
    dismiss: () => setDismissed(findings.length),
  };
}
