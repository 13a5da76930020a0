// Options → compliance: policy-locked values render disabled; bad values are refused without
// saving; the holiday calendar flags projected years; overrides are listed with their reason.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ComplianceSection } from '@/components/options/ComplianceSection';
import { addAudit, db, saveCallWithNote, startCall } from '@/lib/db';
import { translator, type Locale } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings';
import { settingsOf } from './helpers';

const show = (settings: EffectiveSettings, update = vi.fn(), locale: Locale = 'en') =>
  render(<ComplianceSection settings={settings} update={update} t={translator(locale)} locale={locale} />);

describe('compliance options', () => {
  it('renders policy-locked settings disabled and the others editable', () => {
    show(settingsOf({ complianceProfile: 'us-regf', maxAttemptsPerDay: 2 }, ['complianceProfile', 'callWindowStart', 'maxAttemptsPerDay']));
    expect((screen.getByLabelText('Compliance profile') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Compliance profile') as HTMLSelectElement).value).toBe('us-regf');
    expect((screen.getByLabelText('Calls allowed from') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('until') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByLabelText('Max. attempts per debtor per day') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByText('Locked by your administrator')).toHaveLength(3);
  });

  it('saves only the keys that are not locked', async () => {
    const update = vi.fn().mockResolvedValue(undefined);
    show(settingsOf({}, ['callWindowStart']), update);
    fireEvent.change(screen.getByLabelText('until'), { target: { value: '20:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved/);
    expect(update).toHaveBeenCalledWith({ callWindowEnd: '20:00', maxAttemptsPerDay: 3 });
  });

  it('22:00 under cn-bank saves and says the window in effect everywhere', async () => {
    const update = vi.fn().mockResolvedValue(undefined);
    show(settingsOf(), update, 'zh-CN');
    fireEvent.change(screen.getByLabelText('结束时间'), { target: { value: '22:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByTestId('compliance-message')).textContent).toContain('08:00–22:00');
    expect(update).toHaveBeenCalledWith({ callWindowStart: '08:00', callWindowEnd: '22:00', maxAttemptsPerDay: 3 });
  });

  it('refuses a window the profile does not allow, saying why, instead of saving and tightening it', async () => {
    const update = vi.fn();
    show(settingsOf({ complianceProfile: 'us-regf' }), update, 'zh-CN');
    fireEvent.change(screen.getByLabelText('结束时间'), { target: { value: '22:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('未保存：该规则集只允许在 08:00–21:00 之间拨打，请在此范围内设置。');
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses a window that ends before it starts, keeping the input', async () => {
    const update = vi.fn();
    show(settingsOf(), update, 'zh-CN');
    fireEvent.change(screen.getByLabelText('允许拨打开始时间'), { target: { value: '21:00' } });
    fireEvent.change(screen.getByLabelText('结束时间'), { target: { value: '09:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('开始时间必须早于结束时间。');
    expect((screen.getByLabelText('允许拨打开始时间') as HTMLInputElement).value).toBe('21:00');
    expect(update).not.toHaveBeenCalled();
  });

  it('shows the holiday calendar with the projected year flagged', () => {
    show(settingsOf(), vi.fn(), 'zh-CN');
    const cal = screen.getByTestId('holiday-calendar');
    const y2026 = cal.querySelector('[data-year="2026"]') as HTMLElement;
    const y2027 = cal.querySelector('[data-year="2027"]') as HTMLElement;
    expect(within(y2026).getByText('官方')).toBeTruthy();
    expect(within(y2026).getByText('2026-10-01 – 2026-10-07')).toBeTruthy();
    expect(y2026.textContent).toContain('2026-02-14');
    expect(within(y2027).getByText('预估 · 非官方')).toBeTruthy();
    expect(within(y2027).getByRole('note').textContent).toContain('预估数据');
  });

  it('every line of the holiday calendar follows the UI language (no English note in Chinese, no Chinese names in English)', () => {
    show(settingsOf(), vi.fn(), 'zh-CN');
    const zh = screen.getByTestId('holiday-calendar');
    expect(zh.textContent).not.toMatch(/PROJECTED|statutory|official notice/i);
    expect(within(zh.querySelector('[data-year="2027"]') as HTMLElement).getByText(/根据法定节假日天数推算/)).toBeTruthy();
    cleanup();
    show(settingsOf(), vi.fn(), 'en');
    const en = screen.getByTestId('holiday-calendar').querySelector('[data-year="2027"]') as HTMLElement;
    expect(en.textContent).toContain('Spring Festival');
    expect(en.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('lists compliance overrides with date, debtor, rule and reason', async () => {
    await addAudit('override', { callId: 1, debtorKey: 'http://127.0.0.1|6225 0000', reason: '客户要求在午休时间回电确认还款', rules: ['holiday'] });
    show(settingsOf());
    const row = await screen.findByTestId('override-row');
    expect(row.textContent).toContain('6225 0000');
    expect(row.textContent).toContain('No calls on public holidays');
    expect(row.textContent).toContain('客户要求在午休时间回电确认还款');
  });

  it('marks an override reviewed; the row says so', async () => {
    await addAudit('override', { callId: null, debtorKey: 'http://127.0.0.1|6225 0000', reason: '债务人主动来电要求今日回拨', rules: ['frequency-daily'], live: true });
    show(settingsOf());
    const row = await screen.findByTestId('override-row');
    expect(row.getAttribute('data-reviewed')).toBe('no');
    fireEvent.click(within(row).getByTestId('review-override'));
    await waitFor(() => expect(screen.getByTestId('override-row').getAttribute('data-reviewed')).toBe('yes'));
    expect(await db.audit.where('kind').equals('override-review').count()).toBe(1);
  });

  it('shows the override policy: cn-bank call hours, holidays and stop-contact never; the daily limit with a reason', () => {
    show(settingsOf());
    const row = (rule: string) => screen.getByTestId('override-policy').querySelector(`[data-rule="${rule}"]`)!.getAttribute('data-mode');
    expect([row('call-window'), row('holiday'), row('stop-contact'), row('frequency-daily')]).toEqual(['never', 'never', 'never', 'reason']);
    expect(screen.getByTestId('window-bound').textContent).toContain('08:00');
  });

  it('lifts a debtor’s stop-contact with a reason; a third party’s shows as permanent', async () => {
    const key = 'http://127.0.0.1|CS-9';
    await saveCallWithNote({ debtorKey: key, result: { outcome: 'refused' }, stopContact: true });
    const wife = await startCall(key, { contact: '妻子' });
    await saveCallWithNote({ debtorKey: key, callId: wife, result: { outcome: 'third-party' }, stopContact: true });
    show(settingsOf());
    await waitFor(() => expect(screen.getAllByTestId('stop-row')).toHaveLength(2));
    const wifeRow = screen.getAllByTestId('stop-row').find((r) => r.getAttribute('data-contact') === '妻子')!;
    expect(wifeRow.textContent).toContain('permanent');
    const debtorRow = screen.getAllByTestId('stop-row').find((r) => r.getAttribute('data-contact') === 'debtor')!;
    fireEvent.change(within(debtorRow).getByTestId('lift-reason'), { target: { value: '债务人书面申请恢复电话联系' } });
    fireEvent.click(within(debtorRow).getByTestId('lift-stop'));
    await waitFor(() => expect(screen.getAllByTestId('stop-row')).toHaveLength(1));
    expect((await db.contactRules.toArray()).find((r) => r.contact === 'debtor')?.liftReason).toBe('债务人书面申请恢复电话联系');
  });
});
