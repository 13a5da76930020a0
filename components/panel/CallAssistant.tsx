// During the call: what the debtor said → the situation → the best lawful words for this debtor.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { IDENTITY_VERIFIED, type CallAction, type CallSession } from '@/lib/call/session';
import { suggestScripts, type Suggestion } from '@/lib/call/suggestions';
import { isPromising } from '@/lib/call/broken-promise';
import { CRISIS_SCENARIO, signalsCrisis } from '@/lib/call/crisis';
import type { ActivePack } from '@/lib/packs/active';
import { segmentsToString, type VariableValues } from '@/lib/packs/variables';
import { convertSegments } from '@/lib/text/traditional';
import type { Classifier } from '@/lib/suggest/classifier';
import type { DebtorContext } from '@/lib/extract/types';
import { useAppEnv } from './AppContext';
import type { CardAction } from './ScriptCard';
import { LegalNotes } from './LegalNotes';
import { useTraditional } from './hooks/useTraditional';
import { PersonaPicker } from './PersonaPicker';
import { ScriptList } from './ScriptList';
import { ScriptSearch } from './ScriptSearch';
import { UtteranceBox, quickPickIds } from './UtteranceBox';
import { detectSituations } from '@/lib/live/follow';
import type { LiveTurns } from './hooks/useLiveTurns';
import { useHeardCards } from './hooks/useHeardCards';
import { NewTray } from './live/NewTray';
import type { SavedCall } from '@/lib/live/saved-call';

export interface AssistantHandle {
  focus: () => void;
  pick: (index: number) => void;
  /** The n-th visible script card (0 = top) and its words as shown (for Alt+C / Alt+I, Alt+Shift+n). */
  card: (index: number) => { suggestion: Suggestion; text: string } | undefined;
  /** Alt+F: every card between its short form and its full text. */
  toggleFull: () => void;
  /** Alt+N: bring in the situation waiting in the "new" tray. */
  bringInNew: () => void;
}

interface Props {
  active: ActivePack;
  /** Null for a moment after the panel opens (built just after paint): nothing is detected until then. */
  classifier: Classifier | null;
  context: DebtorContext;
  vars: VariableValues;
  session: CallSession;
  dispatch: Dispatch<CallAction>;
  trainee: boolean;
  actionsFor: (s: Suggestion) => CardAction;
  handle: React.MutableRefObject<AssistantHandle | null>;
  /** What the debtor said, as typed (the wrap-up reads a promise's date and amount from it). */
  onUtterance?: (text: string) => void;
  /** The debtor has a broken promise not yet acknowledged: a new promise brings the broken-promise scripts first. */
  brokenPromise?: boolean;
  /** The debtor's calendar day (a date in the words is read against it). */
  todayISO: string;
  /** The call as heard (lib/live/turn): final debtor turns drive the cards as if typed. */
  live?: LiveTurns;
  /** A call restored after the panel reopened (lib/live/saved-call): the words its cards followed. */
  restored?: SavedCall['cards'] | undefined;
  /** Told the words the cards follow, to keep the call while the panel is closed. */
  onCards?: (cards: SavedCall['cards']) => void;
}

const NOT_LIVE: LiveTurns = { turns: [], agentHeardAt: 0 };

export function CallAssistant({ active, classifier, context, vars, session, dispatch, trainee, actionsFor, handle, onUtterance, brokenPromise = false, todayISO, live = NOT_LIVE, restored, onCards }: Props) {
  const { locale } = useAppEnv();
  const [utterance, setUtterance] = useState(restored?.utterance ?? '');
  const [picked, setPicked] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const convert = useTraditional(locale);
  // Short forms first; Alt+F shows every card's full text, a card's own toggle just that card's.
  const [allFull, setAllFull] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const isFull = (id: string) => allFull !== expanded.has(id);
  const toggleCard = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // The cards follow the box, or the debtor's words heard on the call (the same classification).
  const [shownTop, setShownTop] = useState<string | null>(null);
  const letGoOfPick = useCallback(() => setPicked(null), []);
  const heard = useHeardCards({ turns: live.turns, agentHeardAt: live.agentHeardAt, classifier, shownTop, box: input, typedText: utterance, onTake: letGoOfPick, initialHeard: restored?.heard ?? null });
  useEffect(() => onCards?.({ heard: heard.heard, utterance }), [onCards, heard.heard, utterance]);
  const words = heard.heard ?? utterance;
  const detected = useMemo(() => detectSituations(classifier, words), [words, classifier]);
  const topId = detected[0]?.id;
  useLayoutEffect(() => setShownTop(picked ?? topId ?? null), [picked, topId]);
  // Layout effects: the session hears of a new situation before the list is painted, so the words
  // shown never lag behind who is on the line.
  useLayoutEffect(() => {
    if (topId) dispatch({ type: 'detected', scenarioIds: [topId] });
  }, [topId, dispatch]);
  useLayoutEffect(() => {
    if (picked) dispatch({ type: 'detected', scenarioIds: [picked] });
  }, [picked, dispatch]);
  // A crisis heard anywhere near the top (or picked) starts the safety protocol; it stays on. New words
  // heard as a crisis after a dismissal start it again.
  const crisisHeard = picked === CRISIS_SCENARIO || (!picked && signalsCrisis(detected));
  // A restored call brings its crisis state with it: the words its cards followed do not start the
  // protocol again (the agent may have dismissed it), even once the classifier is ready; new words do.
  const restoredWords = useRef<string | null>(restored ? (restored.heard ?? restored.utterance) : null);
  useLayoutEffect(() => {
    if (words !== restoredWords.current) restoredWords.current = null;
    if (crisisHeard && (restoredWords.current === null || picked === CRISIS_SCENARIO)) dispatch({ type: 'crisis', now: Date.now() });
  }, [crisisHeard, words, picked, dispatch]);
  const promising = brokenPromise && isPromising(picked ?? topId, words, todayISO);

  const f = context.fields;
  const set = useMemo(
    () =>
      suggestScripts({
        pack: active.pack,
        detected,
        picked,
        session,
        rank: {
          bucket: f.bucket ? String(f.bucket.value) : null,
          daysPastDue: typeof f.daysPastDue?.value === 'number' ? f.daysPastDue.value : null,
          product: f.product ? String(f.product.value) : null,
          persona: session.persona,
          locale,
        },
        vars,
        brokenPromise: promising,
      }),
    [active, detected, picked, session, f, vars, locale, promising],
  );

  const chips = quickPickIds(active.pack);
  handle.current = {
    focus: () => input.current?.focus(),
    pick: (i) => chips[i] && setPicked((p) => (p === chips[i] ? null : chips[i]!)),
    card: (i) => {
      const s = set.cards[i];
      const shown = s && (s.shortSegments && !isFull(s.script.id) ? s.shortSegments : s.segments);
      return s && shown && { suggestion: s, text: segmentsToString(convertSegments(shown, convert)) };
    },
    toggleFull: () => {
      setAllFull((f) => !f);
      setExpanded(new Set());
    },
    bringInNew: heard.bringIn,
  };

  return (
    <>
      <UtteranceBox ref={input} pack={active.pack} text={utterance} onText={(text) => {
          setUtterance(text);
          heard.typed();
          onUtterance?.(text);
        }} detected={detected} picked={picked} onPick={setPicked} />
      <NewTray tray={heard.tray} pack={active.pack} onBringIn={heard.bringIn} />
      <div className="cards-watch" {...heard.watchCards}>
      <ScriptList
        set={set}
        active={active}
        used={session.scriptsUsed}
        trainee={trainee}
        persona={session.persona}
        actionsFor={actionsFor}
        onVerified={() => dispatch({ type: 'check', id: IDENTITY_VERIFIED, value: true })}
        checked={session.checked}
        onCheck={(id, value) => dispatch({ type: 'check', id, value })}
        convert={convert}
        isFull={isFull}
        onToggleFull={toggleCard}
      />
      </div>
      <PersonaPicker pack={active.pack} persona={session.persona} onPersona={(p) => dispatch({ type: 'persona', persona: p })} />
      <ScriptSearch pack={active.pack} vars={vars} onPick={(id) => setPicked(id)} />
      <LegalNotes pack={active.pack} open={false} />
    </>
  );
}
