// The promise's three elements read from words (lib/call/promise-hints): method, dates in English
// and Traditional Chinese, and the agent's read-back winning over the debtor's words.
import { describe, expect, it } from 'vitest';
import { dateFromWords, methodFromWords, promiseElements, promiseHints } from '@/lib/call/promise-hints';

const TODAY = '2026-11-23';

describe('methodFromWords', () => {
  it('reads the payment method as people say it', () => {
    expect(methodFromWords('我用手机银行转')).toBe('mobile-banking');
    expect(methodFromWords('在手機銀行上還')).toBe('mobile-banking');
    expect(methodFromWords('I will pay through the banking app')).toBe('mobile-banking');
    expect(methodFromWords('网银转账吧')).toBe('online-banking');
    expect(methodFromWords('我去柜台交')).toBe('counter');
    expect(methodFromWords('去营业厅还')).toBe('counter');
    expect(methodFromWords('从工资卡自动扣款')).toBe('auto-debit');
    expect(methodFromWords('用支付宝还')).toBe('wechat-alipay');
    expect(methodFromWords('微信转你们')).toBe('wechat-alipay');
    expect(methodFromWords('by direct debit')).toBe('auto-debit');
    expect(methodFromWords('我下个月还')).toBeNull();
  });
});

describe('dates', () => {
  it('in Traditional Chinese', () => {
    expect(dateFromWords('下個月15號還', TODAY)).toBe('2026-12-15');
    expect(dateFromWords('後天', TODAY)).toBe('2026-11-25');
  });
  it('in English', () => {
    expect(dateFromWords('I can pay tomorrow', TODAY)).toBe('2026-11-24');
    expect(dateFromWords('by December 15', TODAY)).toBe('2026-12-15');
    expect(dateFromWords('on 3 January', TODAY)).toBe('2027-01-03');
    expect(dateFromWords('on the 30th', TODAY)).toBe('2026-11-30');
    expect(dateFromWords('on the 5th', TODAY)).toBe('2026-12-05');
    expect(dateFromWords('the 10th of next month', TODAY)).toBe('2026-12-10');
    expect(dateFromWords('by the end of the month', TODAY)).toBe('2026-11-30');
    expect(dateFromWords('you may pay 300', TODAY)).toBeNull();
  });
});

describe('promiseElements and promiseHints', () => {
  it('reads the three elements of one line', () => {
    expect(promiseElements('12月15号前用手机银行还3000元', TODAY)).toEqual({ date: '2026-12-15', amount: 3000, method: 'mobile-banking' });
    expect(promiseElements('好的', TODAY)).toEqual({});
  });
  it('the agent’s read-back wins field by field; the debtor’s words fill the rest', () => {
    const h = promiseHints(['我下个月10号用微信还两千'], TODAY, ['确认一下，12月15号还2500元']);
    expect(h).toMatchObject({ date: '2026-12-15', amount: 2500, method: 'wechat-alipay', source: '确认一下，12月15号还2500元' });
    expect(promiseHints(['下个月10号还两千'], TODAY)).toMatchObject({ date: '2026-12-10', amount: 2000 });
    expect(promiseHints(['下个月10号还两千'], TODAY).method).toBeUndefined();
  });
});
