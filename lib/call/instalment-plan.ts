// A proposed instalment plan (个性化分期 / 停息挂账, 《商业银行信用卡业务监督管理办法》第七十条: at
// most 5 years, 60 monthly instalments) worked out from the debtor's figures. Only a proposal: the
// bank approves the real plan. Money is counted in cents; each instalment is rounded down to the
// cent and the last one absorbs what rounding left, so the instalments add up to the amount exactly.
// A fee is charged only at the rate the bank gives (per instalment, on the amount financed); none is invented.
import { addMonths, isISODay } from '../time';

export const MIN_PLAN_MONTHS = 3;
export const MAX_PLAN_MONTHS = 60;

export interface InstalmentPlanInput {
  /** The debtor's overdue amount (used when no principal is given). */
  amountOverdue?: number;
  /** The principal, when the page shows it: the plan is worked out on it. */
  principal?: number;
  /** Number of monthly instalments, 3–60. */
  months: number;
  /** Paid at once before the plan starts; the rest is financed. Default 0. */
  downPayment?: number;
  /** Fee per instalment in percent of the amount financed, as the bank gives it ("0.6" = 0.6 %). Default 0. */
  monthlyFeeRatePct?: number;
  /** YYYY-MM-DD of the first instalment; the others fall on the same day of later months (31 Jan → 28/29 Feb → 31 Mar). */
  startDate: string;
}

export interface PlanInstalment {
  /** 1-based. */
  n: number;
  dueDate: string;
  /** Repayment of the amount financed, in currency units (2 decimals). */
  principal: number;
  fee: number;
  /** principal + fee. */
  amount: number;
}

export interface InstalmentPlan {
  /** Which of the debtor's figures the plan is worked out on. */
  basis: 'principal' | 'amountOverdue';
  /** The figure itself. */
  base: number;
  downPayment: number;
  /** base − downPayment. */
  financed: number;
  monthlyFeeRatePct: number;
  instalments: PlanInstalment[];
  /** Sum of the fees. */
  totalFees: number;
  /** downPayment + every instalment. */
  total: number;
}

export type PlanProblem = 'no-amount' | 'amount' | 'months' | 'down-payment' | 'fee-rate' | 'start-date';

export type PlanResult = { ok: true; plan: InstalmentPlan } | { ok: false; problems: PlanProblem[] };

const cents = (x: number) => Math.round(x * 100);
const units = (c: number) => c / 100;
const finiteNonNegative = (x: number | undefined) => x === undefined || (Number.isFinite(x) && x >= 0);

/** Work out the plan, or say what is wrong with the input (every problem, not just the first). */
export function computeInstalmentPlan(input: InstalmentPlanInput): PlanResult {
  const problems: PlanProblem[] = [];
  const basis = input.principal !== undefined ? 'principal' : 'amountOverdue';
  const base = basis === 'principal' ? input.principal : input.amountOverdue;
  if (base === undefined) problems.push('no-amount');
  else if (!Number.isFinite(base) || base <= 0) problems.push('amount');
  const months = input.months;
  if (!Number.isInteger(months) || months < MIN_PLAN_MONTHS || months > MAX_PLAN_MONTHS) problems.push('months');
  const down = input.downPayment ?? 0;
  if (!finiteNonNegative(down) || (base !== undefined && Number.isFinite(base) && base > 0 && down >= base)) problems.push('down-payment');
  const rate = input.monthlyFeeRatePct ?? 0;
  // A rate per instalment above 10 % is a typo (a yearly rate, or a figure not a percent).
  if (!finiteNonNegative(rate) || rate > 10) problems.push('fee-rate');
  if (!isISODay(input.startDate)) problems.push('start-date');
  if (problems.length || base === undefined) return { ok: false, problems };

  const financedC = cents(base) - cents(down);
  const regularC = Math.floor(financedC / months);
  const feeC = Math.round((financedC * rate) / 100);
  const instalments: PlanInstalment[] = [];
  for (let i = 0; i < months; i++) {
    const principalC = i === months - 1 ? financedC - regularC * (months - 1) : regularC;
    instalments.push({ n: i + 1, dueDate: addMonths(input.startDate, i), principal: units(principalC), fee: units(feeC), amount: units(principalC + feeC) });
  }
  return {
    ok: true,
    plan: {
      basis,
      base: units(cents(base)),
      downPayment: units(cents(down)),
      financed: units(financedC),
      monthlyFeeRatePct: rate,
      instalments,
      totalFees: units(feeC * months),
      total: units(cents(down) + financedC + feeC * months),
    },
  };
}

/** Parse a figure the agent typed ("12,000.50", "１２０００", blank → undefined; anything else → NaN). */
export function parseFigure(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/[,\s¥￥]/g, '');
  if (!t) return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
