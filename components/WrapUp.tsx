// Wrap-up: outcome, the promise's three elements (required for a promise to pay), the note with
// autosave, and save (Ctrl+Enter). A failed save keeps everything on screen with a retry.
import { useState, type KeyboardEvent } from 'react';
import { OUTCOMES, PAYMENT_METHODS, promiseProblems, type OutcomeCode, type PromiseDraft } from '@/lib/call/outcomes';
import { useAppEnv } from './AppContext';
import { useDraft } from './hooks/useDraft';
import { NoteLint } from './NoteLint';

export interface WrapUpData {
  outcome: OutcomeCode;
  promise: { amount: number; date: string; method: string } | null;
  note: string;
}

interface Props {
  debtorKey: string;
  todayISO: string;
  defaultAmount?: number;
  amountOverdue?: number;
  onSave: (data: WrapUpData) => Promise<void>;
}

export function WrapUp({ debtorKey, todayISO, defaultAmount, amountOverdue, onSave }: Props) {
  const { t, locale } = useAppEnv();
  const draft = useDraft(debtorKey);
  const [outcome, setOutcome] = useState<OutcomeCode | ''>('');
  const [promise, setPromise] = useState<PromiseDraft>({ amount: '', date: '', method: '' });
  const [tried, setTried] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const problems = promiseProblems(outcome, promise, todayISO);

  const save = async () => {
    setTried(true);
    if (!outcome || problems.length) return;
    setState({ kind: 'saving' });
    try {
      await onSave({
        outcome,
        promise: outcome === 'ptp' ? { amount: Number(promise.amount), date: promise.date, method: promise.method.trim() } : null,
        note: draft.text,
      });
      draft.setText('');
      setOutcome('');
      setPromise({ amount: '', date: '', method: '' });
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
  const bad = (p: 'amount' | 'date' | 'method') => tried && problems.includes(p);

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
          onChange={(e) => setOutcome(e.target.value as OutcomeCode | '')}
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
        <fieldset className="ptp">
          <legend>{t('wrap.promise')}</legend>
          <label>
            {t('wrap.ptpAmount')}
            <input
              data-testid="ptp-amount"
              inputMode="decimal"
              value={promise.amount}
              placeholder={defaultAmount ? String(defaultAmount) : ''}
              aria-invalid={bad('amount')}
              onChange={(e) => setPromise({ ...promise, amount: e.target.value })}
            />
          </label>
          <label>
            {t('wrap.ptpDate')}
            <input
              data-testid="ptp-date"
              type="date"
              min={todayISO}
              value={promise.date}
              aria-invalid={bad('date')}
              onChange={(e) => setPromise({ ...promise, date: e.target.value })}
            />
          </label>
          <label>
            {t('wrap.ptpMethod')}
            <input
              data-testid="ptp-method"
              list="ptp-methods"
              value={promise.method}
              aria-invalid={bad('method')}
              onChange={(e) => setPromise({ ...promise, method: e.target.value })}
            />
            <datalist id="ptp-methods">
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={t(`payment.${m}`)} />
              ))}
            </datalist>
          </label>
          {tried && problems.length > 0 && (
            <p className="error" role="alert">
              {t('wrap.ptpMissing', { fields: problems.map((p) => t(`wrap.ptp.${p}`)).join('、') })}
            </p>
          )}
        </fieldset>
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
