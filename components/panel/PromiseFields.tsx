// The wrap-up's promise to pay: its three elements (amount, date, method), what they were read
// from, and — for a debtor who broke a promise before — a reminder the day before (pre-ticked).
import { dayBeforeReminder } from '@/lib/call/broken-promise';
import { PAYMENT_METHODS, type PromiseDraft } from '@/lib/call/outcomes';
import { formatMoneyFigure } from '@/lib/format/money';
import { useAppEnv } from './AppContext';

interface Props {
  value: PromiseDraft;
  onChange: (next: PromiseDraft) => void;
  todayISO: string;
  defaultAmount?: number;
  /** The words a pre-fill was read from, if any. */
  prefilled: string | null;
  tried: boolean;
  problems: readonly ('amount' | 'date' | 'method')[];
  /** Offer a reminder the day before the due date (the debtor broke a promise before). */
  offerReminder: boolean;
  remind: boolean;
  onRemind: (on: boolean) => void;
}

export function PromiseFields({ value: promise, onChange, todayISO, defaultAmount, prefilled, tried, problems, offerReminder, remind, onRemind }: Props) {
  const { t, locale } = useAppEnv();
  const setPromise = onChange;
  const bad = (p: 'amount' | 'date' | 'method') => tried && problems.includes(p);
  const reminderDay = offerReminder && promise.date ? dayBeforeReminder(promise.date, todayISO) : null;
  return (
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
        {defaultAmount !== undefined && String(defaultAmount) !== promise.amount && (
          <button type="button" className="link" data-testid="ptp-minimum" onClick={() => setPromise({ ...promise, amount: String(defaultAmount) })}>
            {t('wrap.useMinimum', { amount: formatMoneyFigure(defaultAmount, locale) })}
          </button>
        )}
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
      {reminderDay && (
        <label data-testid="remind-day-before-row">
          <input type="checkbox" data-testid="remind-day-before" checked={remind} onChange={(e) => onRemind(e.target.checked)} />{' '}
          {t('wrap.remindDayBefore', { date: reminderDay })} <span className="hint">{t('wrap.remindWhy')}</span>
        </label>
      )}
      {prefilled && (
        <p className="hint" data-testid="ptp-prefilled">
          {t('wrap.prefilledFrom', { words: prefilled })}
        </p>
      )}
      {tried && problems.length > 0 && (
        <p className="error" role="alert">
          {t('wrap.ptpMissing', { fields: problems.map((p) => t(`wrap.ptp.${p}`)).join('、') })}
        </p>
      )}
    </fieldset>
  );
}
