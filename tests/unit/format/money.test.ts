import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyFigure } from '@/lib/format/money';
import { fillToString } from '@/lib/packs/variables';
import { notificationFor } from '@/lib/reminders/plan';

describe('formatMoney', () => {
  it('writes the sign a mainland bank uses, whatever the UI language, and two decimals', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en']) {
      expect(formatMoney(12345.5, locale), locale).toBe('¥12,345.50');
      expect(formatMoney(12345.5, locale, 'CNY'), locale).toBe('¥12,345.50');
    }
    expect(formatMoney(1834.28, 'zh-CN', 'HKD')).toBe('HK$1,834.28');
    expect(formatMoney(1834.28, 'zh-TW', 'TWD')).toBe('NT$1,834.28');
    expect(formatMoney(1834.28, 'en', 'USD')).toBe('US$1,834.28');
    expect(formatMoney(0.005, 'zh-CN')).toBe('¥0.01');
  });

  it('never throws on a strange currency: the code itself, then a space', () => {
    expect(formatMoney(500, 'zh-CN', 'MOP')).toBe('MOP 500.00');
    expect(formatMoney(500, 'zh-CN', 'RMBX')).toBe('RMBX 500.00');
    expect(formatMoney(500, 'zh-CN', '')).toBe('¥500.00');
  });

  it('gives the figure alone for scripts, which write 元 after it', () => {
    expect(formatMoneyFigure(1234567.891, 'en')).toBe('1,234,567.89');
    expect(fillToString('逾期{amountOverdue}元', { amountOverdue: '12,345.5' })).toBe('逾期12,345.50元');
  });
});

describe('callers agree', () => {
  it('the reminder (with details on) says the amount as the card shows it', () => {
    const n = notificationFor({ id: 1, debtorKey: 'k|1', amount: 500, currency: 'CNY', dueDate: '2026-11-22', method: '手机银行' } as never, undefined, { details: true });
    expect(n.message).toContain(formatMoney(500, 'zh-CN', 'CNY'));
  });
});
