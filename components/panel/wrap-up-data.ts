// What a saved wrap-up hands to the call record: the outcome, the promise, the evidence ticked,
// the plan, the escalation and the call-back time the agent confirmed.
import type { OutcomeCode } from '@/lib/call/outcomes';
import type { EvidenceDraft } from './WrapUpEvidence';

export interface WrapUpData {
  outcome: OutcomeCode;
  /** `remindOn`: an extra reminder the day before, confirmed by the agent. */
  promise: { amount: number; date: string; method: string; remindOn?: string } | null;
  note: string;
  /** "催收要求已送达本人" with the call's recording reference. */
  demandReached?: { recordingRef: string };
  acknowledged?: boolean;
  stopContact?: boolean;
  consent?: { start: string; end: string };
  instalments?: { count: number; amount: number; firstDueDate: string };
  /** The agent confirmed the call goes to a supervisor, and why (lib/call/wrap-up-suggestions). */
  escalation?: { reason: string };
  /** Outcome `callback`: the agreed time and the debtor's zone it was agreed in. */
  callback?: { at: number; timeZone: string };
}

export function evidenceData(e: EvidenceDraft, debtorCall: boolean): Partial<WrapUpData> {
  return {
    ...(debtorCall && e.demand ? { demandReached: { recordingRef: e.recordingRef.trim() } } : {}),
    ...(debtorCall && e.acknowledged ? { acknowledged: true } : {}),
    ...(debtorCall && e.consent ? { consent: { start: e.consentStart, end: e.consentEnd } } : {}),
    ...(e.stopContact ? { stopContact: true } : {}),
  };
}
