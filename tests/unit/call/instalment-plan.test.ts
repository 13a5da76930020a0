import { describe, expect, it } from 'vitest';
import { computeInstalmentPlan, MAX_PLAN_MONTHS, parseFigure, type InstalmentPlanInput } from '@/lib/call/instalment-plan';

const plan = (input: Partial<InstalmentPlanInput>) => {
  const r = computeInstalmentPlan({ amountOverdue: 10_000, months: 12, startDate: '2026-12-15', ...input });
  if (!r.ok) throw new Error(`refused: ${r.problems.join(',')}`);
  return r.plan;
};
const problems = (input: Partial<InstalmentPlanInput>) => {
  const r = computeInstalmentPlan({ amountOverdue: 10_000, months: 12, startDate: '2026-12-15', ...input });
  return r.ok ? [] : r.problems;
};
const sumCents = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);

describe('computeInstalmentPlan', () => {
  it('splits evenly when it can, no fee unless the bank gives a rate', () => {
    const p = plan({ amountOverdue: 12_000 });
    expect(p.instalments).toHaveLength(12);
    expect(new Set(p.instalments.map((i) => i.amount))).toEqual(new Set([1000]));
    expect(p.totalFees).toBe(0);
    expect(p.total).toBe(12_000);
  });

  it('rounds each instalment to the cent and lets the last absorb the rounding', () => {
    const p = plan({ amountOverdue: 10_000, months: 3 });
    expect(p.instalments.map((i) => i.amount)).toEqual([3333.33, 3333.33, 3333.34]);
    const q = plan({ amountOverdue: 1000.01, months: 7 });
    for (const i of q.instalments) expect(Math.round(i.amount * 100)).toBe(i.amount * 100);
    expect(sumCents(q.instalments.map((i) => i.principal))).toBe(100_001);
    expect(q.instalments.at(-1)!.amount).toBeGreaterThanOrEqual(q.instalments[0]!.amount);
    expect(q.total).toBe(1000.01);
  });

  it('works on the principal when the page shows one, after a down payment, with the bank’s fee rate', () => {
    const p = plan({ amountOverdue: 13_500, principal: 12_000, downPayment: 2_000, monthlyFeeRatePct: 0.6, months: 10 });
    expect(p.basis).toBe('principal');
    expect(p.financed).toBe(10_000);
    expect(p.instalments[0]).toMatchObject({ principal: 1000, fee: 60, amount: 1060 });
    expect(p.totalFees).toBe(600);
    expect(p.total).toBe(2_000 + 10_000 + 600);
    expect(plan({}).basis).toBe('amountOverdue');
  });

  it('accepts 3 to 60 months and refuses anything else', () => {
    expect(plan({ months: 3 }).instalments).toHaveLength(3);
    expect(plan({ months: MAX_PLAN_MONTHS }).instalments).toHaveLength(60);
    expect(plan({ months: 60 }).instalments.at(-1)!.dueDate).toBe('2031-11-15');
    for (const months of [0, 2, 61, 120, 12.5, -3, Number.NaN]) expect(problems({ months }), String(months)).toEqual(['months']);
  });

  it('refuses bad figures with every problem named', () => {
    expect(problems({ amountOverdue: -5 })).toEqual(['amount']);
    expect(problems({ amountOverdue: Number.NaN })).toEqual(['amount']);
    expect(problems({ amountOverdue: 0 })).toEqual(['amount']);
    expect(problems({ amountOverdue: undefined })).toEqual(['no-amount']);
    expect(problems({ downPayment: -1 })).toEqual(['down-payment']);
    expect(problems({ downPayment: 10_000 })).toEqual(['down-payment']);
    expect(problems({ downPayment: Number.NaN })).toEqual(['down-payment']);
    expect(problems({ monthlyFeeRatePct: -0.1 })).toEqual(['fee-rate']);
    expect(problems({ monthlyFeeRatePct: Number.POSITIVE_INFINITY })).toEqual(['fee-rate']);
    expect(problems({ monthlyFeeRatePct: 18 })).toEqual(['fee-rate']);
    expect(problems({ startDate: '2026-02-30' })).toEqual(['start-date']);
    expect(problems({ months: 99, amountOverdue: -1, startDate: 'soon' }).sort()).toEqual(['amount', 'months', 'start-date']);
  });

  it('keeps the day of the month, falling back to the month’s last day (31 Jan → 28/29 Feb → 31 Mar)', () => {
    expect(plan({ startDate: '2027-01-31', months: 3 }).instalments.map((i) => i.dueDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(plan({ startDate: '2028-01-31', months: 3 }).instalments.map((i) => i.dueDate)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(plan({ startDate: '2026-11-30', months: 4 }).instalments.map((i) => i.dueDate)).toEqual(['2026-11-30', '2026-12-30', '2027-01-30', '2027-02-28']);
  });
});

describe('parseFigure', () => {
  it('reads what an agent types', () => {
    expect(parseFigure('12,000.50')).toBe(12000.5);
    expect(parseFigure('１２０００')).toBe(12000);
    expect(parseFigure('¥ 800')).toBe(800);
    expect(parseFigure('  ')).toBeUndefined();
    expect(parseFigure('-5')).toBeNaN();
    expect(parseFigure('abc')).toBeNaN();
  });
});
