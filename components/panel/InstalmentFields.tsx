// Outcome `instalment-agreed`: the signed plan's instalments (count, amount each, first date; the
// others follow monthly). Each becomes a promise, so a missed one is flagged like a broken promise.
import { useState } from 'react';
import { useAppEnv } from './AppContext';
import { InstalmentCalculator } from './InstalmentCalculator';

export interface InstalmentDraft {
  count: string;
  amount: string;
  first: string;
}

export const EMPTY_INSTALMENTS: InstalmentDraft = { count: '', amount: '', first: '' };

export function instalmentsOk(d: InstalmentDraft, todayISO: string): boolean {
  const n = Number(d.count);
  const a = Number(d.amount);
  return Number.isInteger(n) && n >= 1 && n <= 60 && Number.isFinite(a) && a > 0 && /^\d{4}-\d{2}-\d{2}$/.test(d.first) && d.first >= todayISO;
}

interface Props {
  value: InstalmentDraft;
  onChange: (next: InstalmentDraft) => void;
  todayISO: string;
  tried: boolean;
  /** The debtor's figures, for the plan calculator (a proposal the agent copies in). */
  principal?: number;
  amountOverdue?: number;
}

export function InstalmentFields({ value, onChange, todayISO, tried, principal, amountOverdue }: Props) {
  const { t } = useAppEnv();
  const [calc, setCalc] = useState(false);
  const set = (patch: Partial<InstalmentDraft>) => onChange({ ...value, ...patch });
  const bad = tried && !instalmentsOk(value, todayISO);
  return (
    <fieldset className="ptp" data-testid="instalments">
      <legend>{t('wrap.instalments')}</legend>
      <button type="button" className="link" data-testid="inst-calc-open" aria-expanded={calc} onClick={() => setCalc(!calc)}>
        {t('instCalc.open')}
      </button>
      {calc && (
        <InstalmentCalculator
          todayISO={todayISO}
          principal={principal}
          amountOverdue={amountOverdue}
          onUse={(draft) => {
            onChange(draft);
            setCalc(false);
          }}
        />
      )}
      <label>
        {t('wrap.instCount')}
        <input data-testid="inst-count" inputMode="numeric" value={value.count} aria-invalid={bad} onChange={(e) => set({ count: e.target.value })} />
      </label>
      <label>
        {t('wrap.instAmount')}
        <input data-testid="inst-amount" inputMode="decimal" value={value.amount} aria-invalid={bad} onChange={(e) => set({ amount: e.target.value })} />
      </label>
      <label>
        {t('wrap.instFirst')}
        <input data-testid="inst-first" type="date" min={todayISO} value={value.first} aria-invalid={bad} onChange={(e) => set({ first: e.target.value })} />
      </label>
      {bad && <p className="error" role="alert">{t('wrap.instMissing')}</p>}
    </fieldset>
  );
}
