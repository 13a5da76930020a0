import { describe, expect, it } from 'vitest';
import { dateFromWords, promiseHints } from '@/lib/call/promise-hints';

describe('promise hints from the debtor’s words', () => {
  it('reads dates relative to today', () => {
    expect(dateFromWords('下个月15号我还', '2026-11-23')).toBe('2026-12-15');
    expect(dateFromWords('下月十五号', '2026-12-20')).toBe('2027-01-15');
    expect(dateFromWords('30号发工资', '2026-11-23')).toBe('2026-11-30');
    expect(dateFromWords('10号吧', '2026-11-23')).toBe('2026-12-10');
    expect(dateFromWords('明天', '2026-11-30')).toBe('2026-12-01');
    expect(dateFromWords('月底', '2026-02-03')).toBe('2026-02-28');
    expect(dateFromWords('我没钱', '2026-11-23')).toBeNull();
  });

  it('takes the amount and the date from what was said, latest first', () => {
    expect(promiseHints(['我下个月15号先还三千'], '2026-11-23')).toMatchObject({ amount: 3000, date: '2026-12-15' });
    expect(promiseHints(['下个月15号', '先还三千吧'], '2026-11-23')).toMatchObject({ amount: 3000, date: '2026-12-15' });
    expect(promiseHints(['我没钱'], '2026-11-23')).toEqual({});
  });
});
