// The instalment calculator in the wrap-up: a proposal worked out from the page's principal (or
// overdue amount), labelled as for reference only; the agent copies it into the plan's fields,
// which stay editable and are what gets saved.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { casePage, field, fireEvent, renderDebtor, screen, waitFor } from './helpers';

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const setValue = (id: string, value: string) => fireEvent.change(input(id), { target: { value } });

async function openPlan(fields = {}) {
  await renderDebtor({ page: casePage(fields) });
  await waitFor(() => expect(input('note-input').disabled).toBe(false));
  setValue('outcome', 'instalment-agreed');
  fireEvent.click(screen.getByTestId('inst-calc-open'));
}

describe('instalment calculator', () => {
  it('proposes a plan on the principal, says it is for reference, and pre-fills the plan on confirm', async () => {
    await openPlan({ amountOverdue: field(13_500), principal: field(12_000) });
    expect(screen.getByTestId('inst-calc-disclaimer').textContent).toContain('供参考，以银行审批为准');
    expect(input('inst-calc-base').value).toBe('12000');
    setValue('inst-calc-months', '36');
    setValue('inst-calc-start', '2027-01-31');
    const rows = screen.getByTestId('inst-calc-rows').querySelectorAll('li');
    expect(rows).toHaveLength(36);
    expect(rows[1]!.getAttribute('data-due')).toBe('2027-02-28');
    expect(screen.getByTestId('inst-calc-summary').textContent).toContain('333.33');
    expect(screen.getByTestId('inst-calc-summary').textContent).toContain('333.45'); // the last absorbs the rounding
    // Nothing is filled until the agent confirms.
    expect(input('inst-count').value).toBe('');
    fireEvent.click(screen.getByTestId('inst-calc-use'));
    expect([input('inst-count').value, input('inst-amount').value, input('inst-first').value]).toEqual(['36', '333.33', '2027-01-31']);
    // The fields stay the agent's: editable, and they are what is saved.
    setValue('inst-amount', '340');
    fireEvent.click(screen.getByTestId('save-call'));
    await waitFor(async () => expect(await db.promises.count()).toBe(36));
    expect((await db.promises.toArray()).every((p) => p.amount === 340)).toBe(true);
  });

  it('refuses more than 60 months and bad figures, saying why', async () => {
    await openPlan({ amountOverdue: field(8_000) });
    expect(input('inst-calc-base').value).toBe('8000');
    setValue('inst-calc-months', '72');
    setValue('inst-calc-down', '-100');
    const problems = [...screen.getByTestId('inst-calc-problems').querySelectorAll('li')].map((li) => li.getAttribute('data-problem'));
    expect(problems.sort()).toEqual(['down-payment', 'months']);
    expect(screen.getByTestId('inst-calc-problems').textContent).toContain('5 年');
    expect(screen.queryByTestId('inst-calc-use')).toBeNull();
  });

  it('adds no fee unless the agent enters the bank’s rate', async () => {
    await openPlan({ amountOverdue: field(6_000) });
    setValue('inst-calc-months', '6');
    expect(screen.getByTestId('inst-calc-summary').textContent).toMatch(/手续费合计 0\.00/);
    setValue('inst-calc-rate', '0.5');
    expect(screen.getByTestId('inst-calc-summary').textContent).toMatch(/手续费合计 180\.00/);
  });
});
