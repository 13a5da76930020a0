// The promise starts from what the debtor said ("下个月15号", "三千"), and the minimum payment is
// offered as an amount in one click.
import { describe, expect, it } from 'vitest';
import { casePage, field, fireEvent, renderDebtor, say, screen, waitFor } from './helpers';

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

describe('promise pre-fill', () => {
  it('fills date and amount from the debtor’s words when 承诺还款 is chosen', async () => {
    await renderDebtor({ page: casePage({ minimumPayment: field(1286) }) }); // today: 2026-11-23
    say('我下个月15号先还三千');
    await waitFor(() => expect(input('note-input').disabled).toBe(false));
    fireEvent.change(input('outcome'), { target: { value: 'ptp' } });
    expect(input('ptp-date').value).toBe('2026-12-15');
    expect(input('ptp-amount').value).toBe('3000');
    expect(screen.getByTestId('ptp-prefilled').textContent).toContain('我下个月15号先还三千');
    fireEvent.click(screen.getByTestId('ptp-minimum'));
    expect(input('ptp-amount').value).toBe('1286');
  });

  it('leaves the promise blank when nothing was said about it', async () => {
    await renderDebtor({ page: casePage({ minimumPayment: field(1286) }) });
    say('我现在没钱');
    await waitFor(() => expect(input('note-input').disabled).toBe(false));
    fireEvent.change(input('outcome'), { target: { value: 'ptp' } });
    expect(input('ptp-date').value).toBe('');
    expect(input('ptp-amount').value).toBe('');
    expect(screen.getByTestId('ptp-minimum').textContent).toContain('1,286');
  });
});

describe('call summary', () => {
  it('插入通话小结 puts the outcome, the promise and the situations met into the CRM note', async () => {
    const connector = await renderDebtor({ page: casePage({ minimumPayment: field(1286) }) });
    fireEvent.click(screen.getByTestId('start-call'));
    say('我下个月15号发工资再还三千');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(screen.getAllByTestId('script-card').length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByTestId('script-card')[0]!.querySelector('button[aria-pressed]')!); // 标记已用: the situation is on the call
    fireEvent.change(input('outcome'), { target: { value: 'ptp' } });
    fireEvent.change(input('ptp-method'), { target: { value: '手机银行' } });
    fireEvent.click(screen.getByTestId('insert-summary'));
    await waitFor(() => expect(connector.inserted).toHaveLength(1));
    const text = connector.inserted[0]!.text;
    expect(text).toMatch(/^【通话小结 2026-11-23】结果：承诺还款；承诺：2026-12-15 前通过手机银行还款 3,000(\.00)? 元；要点：/);
    expect(text).not.toContain('{');
    expect(await screen.findByTestId('summary-status')).toBeTruthy();
  });
});
