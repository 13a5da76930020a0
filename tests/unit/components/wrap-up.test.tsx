// The wrap-up on the fake connector: an outcome is required, a promise to pay needs amount, a date
// not in the past and a method; a valid save lands in the database and shows in the history and
// on the card at once; a failed save or draft write keeps everything on screen.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { casePage, CASE_KEY, fireEvent, renderDebtor, screen, waitFor } from './helpers';

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const invalid = (id: string) => input(id).getAttribute('aria-invalid');
const setValue = (id: string, value: string) => fireEvent.change(input(id), { target: { value } });
const save = () => fireEvent.click(screen.getByTestId('save-call'));
const historyItems = () => screen.queryAllByTestId('history-item');

async function openWrapUp() {
  const connector = await renderDebtor({ page: casePage() });
  await waitFor(() => expect(input('note-input').disabled).toBe(false));
  return connector;
}

describe('wrap-up validation', () => {
  it('an outcome is required before anything is saved', async () => {
    await openWrapUp();
    save();
    expect(await screen.findByText('请选择通话结果')).toBeTruthy();
    expect(invalid('outcome')).toBe('true');
    expect(await db.calls.count()).toBe(0);
  });

  it('a promise to pay needs its amount and a date not in the past, and says which are missing', async () => {
    await openWrapUp();
    setValue('outcome', 'ptp');
    setValue('ptp-method', '手机银行');
    setValue('ptp-date', '2026-11-22'); // yesterday
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('还款金额');
    expect(alert.textContent).toContain('还款日期');
    expect(alert.textContent).not.toContain('还款方式');
    expect([invalid('ptp-amount'), invalid('ptp-date'), invalid('ptp-method')]).toEqual(['true', 'true', 'false']);
    expect(await db.calls.count()).toBe(0);
    expect(await db.promises.count()).toBe(0);
  });

  it('a valid promise saves call, note and promise; history and card show it at once; the alarm is planned', async () => {
    const connector = await openWrapUp();
    expect(await screen.findByText('暂无本客户的通话记录')).toBeTruthy();
    setValue('note-input', '客户说周五发工资');
    setValue('outcome', 'ptp');
    setValue('ptp-amount', '800');
    setValue('ptp-date', '2026-11-27');
    setValue('ptp-method', '手机银行');
    fireEvent.keyDown(input('note-input'), { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(historyItems()).toHaveLength(1));
    expect(historyItems()[0]!.textContent).toContain('客户说周五发工资');
    expect(historyItems()[0]!.textContent).toContain('2026-11-27');
    await waitFor(() => expect(document.querySelector('[data-field="lastPromise"]')?.getAttribute('data-value')).toBe('pending'));
    expect(screen.getByText('已保存')).toBeTruthy();
    expect(connector.remindersScheduled).toBe(1);
    // The form is ready for the next call.
    expect([input('outcome').value, input('note-input').value]).toEqual(['', '']);
    const [call] = await db.calls.toArray();
    expect(call?.outcome).toBe('ptp');
    expect((await db.promises.toArray()).map((p) => [p.debtorKey, p.amount, p.dueDate, p.method])).toEqual([[CASE_KEY, 800, '2026-11-27', '手机银行']]);
  });

  it('an outcome without a promise or a call-back time plans no alarm', async () => {
    const connector = await openWrapUp();
    setValue('outcome', 'refused'); // a call-back now has its time and its alarm (callback-wrap-up.test)
    save();
    await waitFor(() => expect(historyItems()).toHaveLength(1));
    expect(connector.remindersScheduled).toBe(0);
  });
});

describe('wrap-up failures', () => {
  it('a failed save keeps outcome and note on screen, says why, and saves nothing', async () => {
    await renderDebtor({ records: { saveCall: () => Promise.reject(new Error('磁盘已满')) } });
    await waitFor(() => expect(input('note-input').disabled).toBe(false));
    setValue('note-input', '客户情绪激动');
    setValue('outcome', 'refused');
    save();
    expect((await screen.findByText(/保存失败/)).textContent).toContain('磁盘已满');
    expect([input('outcome').value, input('note-input').value]).toEqual(['refused', '客户情绪激动']);
    expect(historyItems()).toEqual([]);
    expect((await db.notes.toArray()).filter((n) => n.draft === 0)).toEqual([]);
  });

  it('a draft that cannot be written keeps the text and offers a retry', async () => {
    let failing = true;
    const saved: string[] = [];
    await renderDebtor({
      records: {
        saveDraft: async (_key, text) => {
          if (failing) throw new Error('写入失败');
          saved.push(text);
        },
      },
    });
    await waitFor(() => expect(input('note-input').disabled).toBe(false));
    setValue('note-input', '客户说下周再联系');
    const state = screen.getByTestId('note-save-state');
    await waitFor(() => expect(state.getAttribute('data-state')).toBe('failed'), { timeout: 3_000 });
    expect(state.textContent).toContain('写入失败');
    expect(input('note-input').value).toBe('客户说下周再联系');
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(state.getAttribute('data-state')).toBe('saved'));
    expect(saved).toEqual(['客户说下周再联系']);
  });
});
