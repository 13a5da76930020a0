// The wrap-up form's fields before it is saved (outcome, promise, evidence, plan, call-back time), in
// one place so the live call can keep them while the panel is closed (lib/live/saved-call) and give
// them back when it reopens. The note itself is the database's draft (useDraft).
import { useEffect, useState } from 'react';
import type { OutcomeCode, PromiseDraft } from '@/lib/call/outcomes';
import { isOutcomeCode } from '@/lib/call/outcomes';
import type { WrapUpDraftState } from '@/lib/live/saved-call';
import { EMPTY_INSTALMENTS, type InstalmentDraft } from '../InstalmentFields';
import { EMPTY_EVIDENCE, type EvidenceDraft } from '../WrapUpEvidence';

const EMPTY_PROMISE: PromiseDraft = { amount: '', date: '', method: '' };

export function useWrapUpDraft(restored: WrapUpDraftState | null | undefined, onChange?: (d: WrapUpDraftState) => void) {
  const [outcome, setOutcome] = useState<OutcomeCode | ''>(restored && isOutcomeCode(restored.outcome) ? restored.outcome : '');
  const [promise, setPromise] = useState<PromiseDraft>(restored?.promise ?? EMPTY_PROMISE);
  const [evidence, setEvidence] = useState<EvidenceDraft>(restored?.evidence ?? EMPTY_EVIDENCE);
  const [plan, setPlan] = useState<InstalmentDraft>(restored?.plan ?? EMPTY_INSTALMENTS);
  const [callbackText, setCallbackText] = useState(restored?.callbackText ?? '');
  const [prefilled, setPrefilled] = useState<string | null>(restored?.prefilled ?? null);
  useEffect(() => {
    onChange?.({ outcome, promise, evidence, plan, callbackText, prefilled });
  }, [onChange, outcome, promise, evidence, plan, callbackText, prefilled]);
  return {
    outcome, setOutcome, promise, setPromise, evidence, setEvidence, plan, setPlan, callbackText, setCallbackText, prefilled, setPrefilled,
    /** After a save: an empty form for the next call. */
    clear: () => {
      setOutcome('');
      setPromise(EMPTY_PROMISE);
      setPrefilled(null);
      setEvidence(EMPTY_EVIDENCE);
      setPlan(EMPTY_INSTALMENTS);
      setCallbackText('');
    },
  };
}
