// The promise's three elements (amount, date, method) in the wrap-up, required for outcome `ptp`.
import { PAYMENT_METHODS, type PromiseDraft, type PromiseProblem } from '@/lib/call/outcomes';
import { formatMoneyFigure } from '@/lib/format/money';
import { useAppEnv } from './AppContext';

interface Props {
  value: PromiseDraft;
  onChange: (next: PromiseDraft) => void;
  todayISO: string;
  defaultAmount?: number;
  problems: readonly PromiseProblem[];
  tried: boolean;
  /** The debtor's words the amount and date were pre-filled from. */
  prefilled: string | null;
}

export function PromiseFields({ value, onChange, todayISO, defaultAmount, problems, tried, prefilled }: Props) {
  const { t, locale } = useAppEnv();
  const set = (patch: Partial<PromiseDraft>) => onChange({ ...value, ...patch });
  const bad = (p: PromiseProblem) => tried && problems.includes(p);
  return (
    <fieldset className="ptp">
      <legend>{t('wrap.promise')}</legend>
      <label>
        {t('wrap.ptpAmount')}
        <input
          data-testid="ptp-amount"
          inputMode="decimal"
          value={value.amount}
          placeholder={defaultAmount ? String(defaultAmount) : ''}
          aria-invalid={bad('amount')}
          onChange={(e) => set({ amount: e.target.value })}
        />
        {defaultAmount !== undefined && String(defaultAmount) !== value.amount && (
          <button type="button" className="link" data-testid="ptp-minimum" onClick={() => set({ amount: String(defaultAmount) })}>
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
          value={value.date}
          aria-invalid={bad('date')}
          onChange={(e) => set({ date: e.target.value })}
        />
      </label>
      <label>
        {t('wrap.ptpMethod')}
        <input
          data-testid="ptp-method"
          list="ptp-methods"
          value={value.method}
          aria-invalid={bad('method')}
          onChange={(e) => set({ method: e.target.value })}
        />
        <datalist id="ptp-methods">
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={t(`payment.${m}`)} />
          ))}
        </datalist>
      </label>
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
