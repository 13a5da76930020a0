import { describe, expect, it } from 'vitest';
import type { DebtorContext } from '@/lib/extract/types';
import { BLANK, fillScript, fillToString, variablesFromContext } from '@/lib/packs/variables';

describe('fillScript', () => {
  it('fills known values and formats amounts and dates', () => {
    const segs = fillScript('{name}您好，逾期{amountOverdue}元，上次{lastPaymentDate}', { name: '张三', amountOverdue: 12345.5, lastPaymentDate: '2026-10-01' });
    expect(segs).toEqual([
      { kind: 'var', name: 'name', value: '张三' },
      { kind: 'text', text: '您好，逾期' },
      { kind: 'var', name: 'amountOverdue', value: '12,345.50' },
      { kind: 'text', text: '元，上次' },
      { kind: 'var', name: 'lastPaymentDate', value: '2026年10月1日' },
    ]);
  });

  it('shows a missing value as a visible blank, never undefined or {name}', () => {
    const out = fillToString('{name}您好，最低还款{minimumPayment}元', { name: undefined, minimumPayment: null });
    expect(out).toBe(`${BLANK}您好，最低还款${BLANK}元`);
    expect(out).not.toMatch(/undefined|null|\{name\}|NaN/);
    expect(fillScript('{name}', { name: '' })[0]).toEqual({ kind: 'var', name: 'name', value: null });
    expect(fillScript('{name}', { name: Number.NaN as unknown as string })[0]).toMatchObject({ value: null });
  });

  it('reads variables from the debtor context', () => {
    const f = (value: string | number) => ({ value, raw: String(value), confidence: 1, source: { method: 'table' as const } });
    const ctx: DebtorContext = { url: '', origin: 'https://crm', extractedAt: 0, fields: { name: f('李四'), daysPastDue: f(45), accountId: f('6222 **** 1234'), amountOverdue: f(3000) } };
    const v = variablesFromContext(ctx, { agentName: '王五', today: new Date(2026, 10, 22) });
    expect(v).toMatchObject({ name: '李四', bucket: 'M2', accountTail: '1234', agentName: '王五', today: '2026-11-22' });
    expect(fillToString('{bankName}', v)).toBe(BLANK);
  });

  it('derives {bucket} from days past due by the domain rule (151–180 is M6, not M6+)', () => {
    const f = (value: number) => ({ value, raw: String(value), confidence: 1, source: { method: 'table' as const } });
    const bucketAt = (days: number) => variablesFromContext({ url: '', origin: 'https://crm', extractedAt: 0, fields: { daysPastDue: f(days) } }).bucket;
    expect([0, 151, 181].map(bucketAt)).toEqual(['M0', 'M6', 'M6+']);
  });
});
