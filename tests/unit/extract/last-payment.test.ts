// The last payment named by one bare label ("上次还款", "Last payment"): its date and its amount in
// one value or in two boxes of the label's row, both read; never a number of another label's row.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { snippetPages } from './helpers';

// As the content script reads once the detail readers are injected (entrypoints/detail-reader.ts).
const pages = snippetPages();
afterEach(pages.close);
const read = pages.read;

const base = '<dl><dt>客户姓名</dt><dd>韩雪梅</dd><dt>逾期金额</dt><dd>¥12,400.00</dd></dl>';
const cell = (title: string, note: string, right: string) =>
  `<div class="cell"><div class="cell-body"><div class="cell-title"><span>${title}</span><span class="cell-note">${note}</span></div><div class="cell-right">${right}</div></div></div>`;

describe('a bare last-payment label', () => {
  it('reads the date from a note under the label and the amount from the right-hand text', () => {
    const ctx = read(base + cell('上次还款', '2026-09-12', '2,100.00元'));
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-09-12');
    expect(ctx.fields.lastPaymentAmount?.value).toBe(2100);
  });

  it('reads the amount from the note and the date from the right', () => {
    const ctx = read(base + cell('最近一次还款', '自动扣款 ¥1,520.00', '2026-10-12'));
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-10-12');
    expect(ctx.fields.lastPaymentAmount?.value).toBe(1520);
  });

  it('takes cents beside the date as the amount, with no currency sign ("2026-08-05 / 2,000.00")', () => {
    const ctx = read(`${base}<div class="row"><div class="name">最后缴款</div><div class="value"><span>2026-08-05</span> / <span>2,000.00</span></div></div>`);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-08-05');
    expect(ctx.fields.lastPaymentAmount?.value).toBe(2000);
    expect(ctx.fields.lastPaymentAmount?.why).toContain('split');
  });

  it('never takes a whole number beside the date for money (a count, a day)', () => {
    const ctx = read(`${base}<div class="row"><div class="name">上次还款</div><div class="value">2026-08-05 第 3 期</div></div>`);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-08-05');
    expect(ctx.fields.lastPaymentAmount).toBeUndefined();
  });

  it('an amount whose date cannot be told (08/09/2026 on a page with no other date) is still read', () => {
    const ctx = read('<table><tr><th>Borrower</th><td>Marcus Whitfield</td></tr><tr><th>Past due</th><td>$2,914.37</td></tr><tr><th>Last payment</th><td>$150.00 on 08/09/2026</td></tr></table>', 'en');
    expect(ctx.fields.lastPaymentDate).toBeUndefined();
    expect(ctx.fields.lastPaymentAmount?.value).toBe(150);
  });

  it('never reads a number from another label in the same row', () => {
    const ctx = read(`${base}<table><tr><td>上次还款</td><td>2026-09-12</td><td>最低还款</td><td>600.00</td></tr></table>`);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-09-12');
    expect(ctx.fields.lastPaymentAmount).toBeUndefined();
    expect(ctx.fields.minimumPayment?.value).toBe(600);
  });
});
