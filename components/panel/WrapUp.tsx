// Wrap-up: outcome, the promise's three elements (required for a promise to pay), the note with
// autosave, and save (Ctrl+Enter). A failed save keeps everything on screen with a retry.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { promiseHints } from '@/lib/call/promise-hints';
import { callSummary } from './call-summary';
import { dayBeforeReminder } from '@/lib/call/broken-promise';
import type { WrapUpSuggestions } from '@/lib/call/wrap-up-suggestions';
import { callbackProblems, defaultCallbackTime, fromZonedInput, toZonedInput } from '@/lib/call/callback';
import { OUTCOMES, promiseProblems, type OutcomeCode, type PromiseDraft } from '@/lib/call/outcomes';
import { nextAllowedScheduledTime, scheduledCallFindings, type ComplianceInput } from '@/lib/compliance';
import { DEFAULT_TIME_ZONE } from '@/lib/time';
import { missingChecks } from '@/lib/compliance/checklist';
import { useAppEnv } from './AppContext';
import { CallbackFields } from './CallbackFields';
import { useDraft } from './hooks/useDraft';
import { InstalmentFields, instalmentsOk } from './InstalmentFields';
import { NoteLint } from './NoteLint';
import { PromiseFields } from './PromiseFields';
import { useSuggested } from './hooks/useSuggested';
import { EMPTY_EVIDENCE, evidenceProblems, WrapUpEvidence } from './WrapUpEvidence';
import { evidenceData, type WrapUpData } from './wrap-up-data';
import type { WrapUpDraftState } from '@/lib/live/saved-call';
import { useWrapUpDraft } from './hooks/useWrapUpDraft';

export type { WrapUpData };

interface Props {
  debtorKey: string;
  todayISO: string;
  defaultAmount?: number;
  amountOverdue?: number;
  /** The debtor's principal, when the page shows it (the instalment calculator works on it). */
  principal?: number;
  /** The call went to the debtor (default) rather than a third-party contact. */
  debtorCall?: boolean;
  /** The live call's checklist and situations: the checks the law requires are named if missing. */
  checked?: Record<string, boolean>;
  scenarios?: readonly string[];
  onSave: (data: WrapUpData) => Promise<void>;
  /** Whether the agent has begun the wrap-up (an outcome chosen or a note typed): Alt+S asks before ending a call without one. */
  onStarted?: (started: boolean) => void;
  /** What the debtor said this call: a promise's date, amount and method are pre-filled from it. */
  heard?: readonly string[];
  /** What the agent said on the live call: a promise read back wins over the debtor's words. */
  repeatBack?: readonly string[];
  /** Titles of the situations met on the call (the summary's key points). */
  points?: readonly string[];
  /** The debtor's zone (a call-back time is agreed on their clock). */
  timeZone?: string;
  /** The guard's input for this debtor: an agreed call-back time is checked against its hours and holidays. */
  complianceInput?: ComplianceInput;
  /** Puts text into the CRM's note box: true, or why it could not. Absent: no summary button. */
  onInsert?: (text: string) => Promise<true | string | false>;
  /** What the call itself suggests pre-selecting (escalation, stop-contact, a reminder the day before). */
  suggested?: WrapUpSuggestions;
  /** The form as kept while the panel was closed (a restored call), and where its changes go. */
  restored?: WrapUpDraftState | null;
  onDraft?: (d: WrapUpDraftState) => void;
}

const NO_WORDS: readonly string[] = [];
const NO_SUGGESTIONS: WrapUpSuggestions = { escalate: null, stopContact: false, remindDayBefore: false };

export function WrapUp({ debtorKey, todayISO, defaultAmount, amountOverdue, principal, debtorCall = true, checked = {}, scenarios = [], onSave, onStarted, heard = [], repeatBack = NO_WORDS, points = [], onInsert, suggested = NO_SUGGESTIONS, timeZone: zone = DEFAULT_TIME_ZONE, complianceInput, restored, onDraft }: Props) {
  const { t, locale } = useAppEnv();
  const draft = useDraft(debtorKey);
  const form = useWrapUpDraft(restored, onDraft);
  const { outcome, setOutcome, promise, setPromise, evidence, setEvidence, plan, setPlan, callbackText, setCallbackText, prefilled, setPrefilled } = form;
  const [tried, setTried] = useState(false);
  const { escalate, setEscalate, remind, setRemind, reset: resetSuggested } = useSuggested(suggested, setEvidence);
  const checkAt = (at: number) => (complianceInput ? scheduledCallFindings(complianceInput, at) : []);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const problems = promiseProblems(outcome, promise, todayISO);
  const hints = useMemo(() => promiseHints(heard, todayISO, repeatBack), [heard, todayISO, repeatBack]);
  const [inserted, setInserted] = useState<string | null>(null);
  const insertSummary = async () => {
    if (!onInsert) return;
    const r = await onInsert(callSummary({ dayISO: todayISO, outcome, promise, points, callback: { text: callbackText, zone } }, t, locale));
    setInserted(r === true ? t('wrap.summaryInserted') : r === false ? t('script.insertNoField') : r);
  };
  const chooseOutcome = (next: OutcomeCode | '') => {
    setOutcome(next);
    // A call-back starts an hour ahead, at an allowed time on the debtor's clock; the agent edits it.
    if (next === 'callback' && !callbackText) {
      const allowed = (at: number) => (complianceInput ? nextAllowedScheduledTime(complianceInput, at) : at);
      setCallbackText(toZonedInput(defaultCallbackTime(Date.now(), allowed), zone));
    }
    // A promise starts from what the debtor said ("下个月15号", "三千"); the agent confirms it.
    if (next === 'ptp') prefill(promise);
  };
  // A promise starts from what was said (the agent's read-back first): empty fields only, the agent
  // confirms. Words heard after 承诺还款 was chosen fill what is still empty.
  const prefill = (current: PromiseDraft) => {
    const fill = {
      amount: current.amount || (hints.amount !== undefined ? String(hints.amount) : ''),
      date: current.date || (hints.date ?? ''),
      method: current.method || (hints.method ? t(`payment.${hints.method}`) : ''),
    };
    if (fill.amount === current.amount && fill.date === current.date && fill.method === current.method) return;
    setPromise(fill);
    setPrefilled(hints.source ?? null);
  };
  useEffect(() => {
    if (outcome === 'ptp') prefill(promise);
    // Only new words re-run it: the agent's own edits are never overwritten (empty fields only).
  }, [hints]);
  const started = outcome !== '' || draft.text.trim() !== '';
  useEffect(() => onStarted?.(started), [onStarted, started]);

  const save = async () => {
    setTried(true);
    if (!outcome || problems.length) return;
    if (evidenceProblems(debtorCall ? evidence : { ...EMPTY_EVIDENCE, stopContact: evidence.stopContact }).length) return;
    if (outcome === 'instalment-agreed' && !instalmentsOk(plan, todayISO)) return;
    const callbackAt = outcome === 'callback' ? fromZonedInput(callbackText, zone) : null;
    if (outcome === 'callback' && callbackProblems(callbackAt, Date.now()).length) return;
    setState({ kind: 'saving' });
    try {
      await onSave({
        outcome,
        promise: outcome === 'ptp' ? { amount: Number(promise.amount), date: promise.date, method: promise.method.trim(), ...remindOn() } : null,
        note: draft.text,
        ...evidenceData(evidence, debtorCall),
        ...(suggested.escalate && escalate ? { escalation: { reason: suggested.escalate } } : {}),
        ...(outcome === 'instalment-agreed' ? { instalments: { count: Number(plan.count), amount: Number(plan.amount), firstDueDate: plan.first } } : {}),
        ...(callbackAt !== null ? { callback: { at: callbackAt, timeZone: zone } } : {}),
      });
      draft.setText('');
      form.clear();
      resetSuggested();
      setTried(false);
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };
  const remindOn = () => {
    const day = suggested.remindDayBefore && remind ? dayBeforeReminder(promise.date, todayISO) : null;
    return day ? { remindOn: day } : {};
  };

  return (
    <section className="card wrap-up" aria-labelledby="wrap-up-title" onKeyDown={onKeyDown}>
      <h2 id="wrap-up-title" className="section-title">
        {t('wrap.title')}
      </h2>
      <label className="row">
        <span className="label">{t('wrap.outcome')}</span>
        <select
          data-testid="outcome"
          value={outcome}
          aria-invalid={tried && !outcome}
          onChange={(e) => chooseOutcome(e.target.value as OutcomeCode | '')}
        >
          <option value="">{t('wrap.chooseOutcome')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </label>
      {tried && !outcome && <p className="error">{t('wrap.needOutcome')}</p>}
      {outcome === 'ptp' && (
        <PromiseFields
          value={promise}
          onChange={setPromise}
          todayISO={todayISO}
          defaultAmount={defaultAmount}
          prefilled={prefilled}
          tried={tried}
          problems={problems}
          offerReminder={suggested.remindDayBefore}
          remind={remind}
          onRemind={setRemind}
        />
      )}
      {outcome === 'callback' && <CallbackFields value={callbackText} onChange={setCallbackText} timeZone={zone} now={Date.now()} check={checkAt} tried={tried} />}
      {outcome && (
        <ul className="coach" data-testid="missing-checks">
          {missingChecks({ scenarios, outcome }, checked).map((c) => (
            <li key={c.id} data-check={c.id}>
              {c.why[locale] ?? c.why['zh-CN']}
            </li>
          ))}
        </ul>
      )}
      {outcome === 'instalment-agreed' && (
        <InstalmentFields value={plan} onChange={setPlan} todayISO={todayISO} tried={tried} principal={principal} amountOverdue={amountOverdue} />
      )}
      <WrapUpEvidence value={evidence} onChange={setEvidence} debtorCall={debtorCall} tried={tried} stopContactSuggested={suggested.stopContact} />
      {suggested.escalate && (
        <label className="suggested" data-testid="escalate-row">
          <input type="checkbox" data-testid="escalate" checked={escalate} onChange={(e) => setEscalate(e.target.checked)} /> {t('wrap.escalateCrisis')}{' '}
          <span className="hint">{t('wrap.suggestedHint')}</span>
        </label>
      )}
      <label htmlFor="note-input" className="label">
        {t('note.label')}
      </label>
      <textarea
        id="note-input"
        data-testid="note-input"
        value={draft.text}
        disabled={!draft.loaded}
        placeholder={t('note.placeholder')}
        onChange={(e) => draft.setText(e.target.value)}
        rows={4}
      />
      <NoteLint text={draft.text} amountOverdue={amountOverdue} />
      <p className="save-state" role="status" data-testid="note-save-state" data-state={draft.save.kind}>
        {draft.save.kind === 'saved' && t('note.saved', { time: new Date(draft.save.at).toLocaleTimeString(locale) })}
        {draft.save.kind === 'failed' && (
          <>
            <span className="error">{t('note.saveFailed', { message: draft.save.message })}</span>{' '}
            <button type="button" onClick={() => void draft.retry()}>
              {t('note.retry')}
            </button>
          </>
        )}
      </p>
      <div className="row">
        <button type="button" className="primary" data-testid="save-call" onClick={() => void save()} aria-keyshortcuts="Control+Enter">
          {t('wrap.save')} <kbd>Ctrl+Enter</kbd>
        </button>
        {onInsert && (
          <button type="button" data-testid="insert-summary" disabled={!outcome && points.length === 0} onClick={() => void insertSummary()}>
            {t('wrap.insertSummary')}
          </button>
        )}
        {inserted && (
          <span className="hint" role="status" data-testid="summary-status">
            {inserted}
          </span>
        )}
        {state.kind === 'saved' && <span className="ok" role="status">{t('wrap.saved')}</span>}
        {state.kind === 'error' && (
          <span className="error" role="alert">
            {t('wrap.saveFailed', { message: state.message })}
          </span>
        )}
      </div>
    </section>
  );
}
