// Outcome "约定回拨" in the wrap-up: the time is asked for on the debtor's clock, pre-filled an hour
// ahead on the next quarter; a time outside the allowed hours or on a holiday is warned about by the
// guard's own rules; a past time is refused; saving stores it on the call and plans the reminder.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { zonedTimeToEpoch } from '@/lib/time';
import { casePage, field, fireEvent, renderDebtor, screen, waitFor } from './helpers';

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const setValue = (id: string, value: string) => fireEvent.change(input(id), { target: { value } });
const warnings = () => [...(screen.queryByTestId('callback-warnings')?.querySelectorAll('[data-rule]') ?? [])].map((li) => li.getAttribute('data-rule'));

async function chooseCallback(page = casePage()) {
  const connector = await renderDebtor({ page });
  await waitFor(() => expect(input('note-input').disabled).toBe(false));
  setValue('outcome', 'callback');
  return connector;
}

describe('wrap-up: call back later', () => {
  it('pre-fills an hour ahead on the debtor’s clock and names their zone', async () => {
    await chooseCallback(); // 2026-11-23 10:00 in Shanghai (Shenzhen)
    expect(input('callback-at').value).toBe('2026-11-23T11:00');
    expect(screen.getByTestId('callback').textContent).toContain('Asia/Shanghai');
    expect(warnings()).toEqual([]);
  });

  it('uses the debtor’s zone when the page shows they are elsewhere, and moves the default into their hours', async () => {
    await chooseCallback(casePage({ region: field('美国纽约') })); // 21:00 in New York
    expect(screen.getByTestId('callback').textContent).toContain('America/New_York');
    expect(input('callback-at').value).toBe('2026-11-23T08:00');
    expect(warnings()).toEqual([]);
  });

  it('warns when the agreed time is outside the allowed hours or on a public holiday', async () => {
    await chooseCallback();
    setValue('callback-at', '2026-11-23T21:30');
    expect(warnings()).toEqual(['call-window']);
    setValue('callback-at', '2026-12-31T22:30');
    expect(warnings()).toEqual(['call-window']);
    setValue('callback-at', '2026-11-25T10:00');
    expect(warnings().length).toBe(0);
    setValue('callback-at', '2026-10-02T10:00'); // past: refused, not warned
    fireEvent.click(screen.getByTestId('save-call'));
    expect(await screen.findByText('回拨时间已经过去，请重新约定')).toBeTruthy();
    expect(await db.calls.count()).toBe(0);
  });

  it('the summary put into the CRM names the agreed time', async () => {
    const connector = await chooseCallback();
    setValue('callback-at', '2026-11-24T15:30');
    fireEvent.click(screen.getByTestId('insert-summary'));
    await waitFor(() => expect(connector.inserted.at(-1)?.text ?? '').toContain('约定 2026-11-24 15:30（Asia/Shanghai）回拨'));
  });

  it('a holiday time is warned about', async () => {
    await chooseCallback();
    setValue('callback-at', '2027-01-01T10:00');
    expect(warnings()).toEqual(['holiday']);
  });

  it('saves the agreed time on the call and plans its reminder', async () => {
    const connector = await chooseCallback();
    setValue('callback-at', '2026-11-24T15:30');
    setValue('note-input', '客户在开会，约明天下午');
    fireEvent.click(screen.getByTestId('save-call'));
    await waitFor(async () => expect(await db.calls.count()).toBe(1));
    const call = (await db.calls.toArray())[0]!;
    expect(call).toMatchObject({ outcome: 'callback', callbackAt: zonedTimeToEpoch('2026-11-24', 15 * 60 + 30, 'Asia/Shanghai'), callbackZone: 'Asia/Shanghai' });
    await waitFor(() => expect(connector.remindersScheduled).toBe(1));
    // The call's history line says when it was agreed for.
    expect((await screen.findByTestId('history-callback')).textContent).toBe('约定回拨 2026-11-24 15:30（Asia/Shanghai）');
    // The debtor's card shows the call-back still to make.
    await waitFor(() => expect(document.querySelector('[data-field="callback"]')?.getAttribute('data-value')).toBe('2026-11-24 15:30'));
  });
});
