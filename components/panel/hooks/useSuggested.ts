// The wrap-up's pre-selections from the call (lib/call/wrap-up-suggestions): each box is ticked once,
// when the call first suggests it, and stays as the agent leaves it after that.
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { WrapUpSuggestions } from '@/lib/call/wrap-up-suggestions';
import type { EvidenceDraft } from '../WrapUpEvidence';

export function useSuggested(suggested: WrapUpSuggestions, setEvidence: Dispatch<SetStateAction<EvidenceDraft>>) {
  const [escalate, setEscalate] = useState(suggested.escalate !== null);
  const [remind, setRemind] = useState(suggested.remindDayBefore);
  const seen = useRef({ escalate: suggested.escalate !== null, stopContact: false, remind: suggested.remindDayBefore });
  useEffect(() => {
    const was = seen.current;
    if (suggested.escalate !== null && !was.escalate) setEscalate(true);
    if (suggested.stopContact && !was.stopContact) setEvidence((e) => ({ ...e, stopContact: true }));
    if (suggested.remindDayBefore && !was.remind) setRemind(true);
    seen.current = { escalate: suggested.escalate !== null, stopContact: suggested.stopContact, remind: suggested.remindDayBefore };
  }, [suggested.escalate, suggested.stopContact, suggested.remindDayBefore, setEvidence]);
  // After a save the next call starts clean: boxes follow what that call suggests.
  const reset = () => {
    seen.current = { escalate: false, stopContact: false, remind: seen.current.remind };
    setEscalate(false);
  };
  return { escalate, setEscalate, remind, setRemind, reset };
}
