// The instalment plan as a proposal (个性化分期, up to 60 months): worked out from the debtor's
// principal or overdue amount, a down payment and the bank's fee rate (none unless entered). It is
// "for reference — the bank decides"; the agent copies it into the plan's fields, which stay editable.
import { useState } from 'react';
import { computeInstalmentPlan, MAX_PLAN_MONTHS, MIN_PLAN_MONTHS, parseFigure, type InstalmentPlan } from '@/lib/call/instalment-plan';
import { formatMoneyFigure } from '@/lib/format/money';
import { addMonths } from '@/lib/time';
import { useAppEnv } from './AppContext';
import type { InstalmentDraft } from './InstalmentFields';

interface Props {
  todayISO: string;
  principal?: number;
  amountOverdue?: number;
  /** Copies the proposal into the plan's fields. */
  onUse: (draft: InstalmentDraft) => void;
}

export function InstalmentCalculator({ todayISO, principal, amountOverdue, onUse }: Props) {
  const { t, locale } = useAppEnv();
  const known = principal ?? amountOverdue;
  const [form, setForm] = useState({ base: known !== undefined ? String(known) : '', months: '12', down: '', rate: '', start: addMonths(todayISO, 1) });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const base = parseFigure(form.base);
  const result = computeInstalmentPlan({
    ...(principal !== undefined && form.base === String(principal) ? { principal: base } : { amountOverdue: base }),
    months: Number(form.months.normalize('NFKC').trim() || Number.NaN),
    downPayment: parseFigure(form.down) ?? 0,
    monthlyFeeRatePct: parseFigure(form.rate) ?? 0,
    startDate: form.start,
  });
  const money = (x: number) => formatMoneyFigure(x, locale);
  const use = (plan: InstalmentPlan) => onUse({ count: String(plan.instalments.length), amount: String(plan.instalments[0]!.amount), first: plan.instalments[0]!.dueDate });

  return (
    <div className="instalment-calc" data-testid="inst-calc">
      <p className="hint" data-testid="inst-calc-disclaimer">
        <strong>{t('instCalc.disclaimer')}</strong>
      </p>
      <label>
        {principal !== undefined ? t('instCalc.basePrincipal') : t('instCalc.baseOverdue')}
        <input data-testid="inst-calc-base" inputMode="decimal" value={form.base} onChange={(e) => set({ base: e.target.value })} />
      </label>
      <label>
        {t('instCalc.months', { min: MIN_PLAN_MONTHS, max: MAX_PLAN_MONTHS })}
        <input data-testid="inst-calc-months" inputMode="numeric" value={form.months} onChange={(e) => set({ months: e.target.value })} />
      </label>
      <label>
        {t('instCalc.down')}
        <input data-testid="inst-calc-down" inputMode="decimal" value={form.down} placeholder="0" onChange={(e) => set({ down: e.target.value })} />
      </label>
      <label>
        {t('instCalc.rate')}
        <input data-testid="inst-calc-rate" inputMode="decimal" value={form.rate} placeholder="0" onChange={(e) => set({ rate: e.target.value })} />
      </label>
      <label>
        {t('instCalc.start')}
        <input data-testid="inst-calc-start" type="date" min={todayISO} value={form.start} onChange={(e) => set({ start: e.target.value })} />
      </label>
      {!result.ok && (
        <ul className="error" role="alert" data-testid="inst-calc-problems">
          {result.problems.map((p) => (
            <li key={p} data-problem={p}>
              {t(`instCalc.problem.${p}`, { min: MIN_PLAN_MONTHS, max: MAX_PLAN_MONTHS })}
            </li>
          ))}
        </ul>
      )}
      {result.ok && (
        <>
          <p data-testid="inst-calc-summary">
            {t('instCalc.summary', {
              count: result.plan.instalments.length,
              each: money(result.plan.instalments[0]!.amount),
              last: money(result.plan.instalments.at(-1)!.amount),
              fees: money(result.plan.totalFees),
              total: money(result.plan.total),
            })}
          </p>
          <ol className="inst-calc-rows" data-testid="inst-calc-rows">
            {result.plan.instalments.map((i) => (
              <li key={i.n} data-due={i.dueDate}>
                {i.dueDate} · {money(i.amount)}
              </li>
            ))}
          </ol>
          <button type="button" data-testid="inst-calc-use" onClick={() => use(result.plan)}>
            {t('instCalc.use')}
          </button>
        </>
      )}
    </div>
  );
}
