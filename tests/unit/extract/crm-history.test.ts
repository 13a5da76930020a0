// The CRM's own last contact and last promise: newest by date whatever the row order, statuses
// in zh-CN, zh-TW and en.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { normalizePromiseStatus, readCrmHistory } from '@/lib/extract/crm-history';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { loadFixture, pageFrom, type LoadedPage } from './helpers';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

describe('readCrmHistory', () => {
  it('reads the newest contact and promise by date from tables sorted oldest first', async () => {
    page = await loadFixture('history-detail.html');
    const ctx = extractDebtorContext(page.doc, { readers: DETAIL_READERS });
    expect(ctx.crmHistory).toEqual({
      lastContact: { date: '2026-11-18', time: '11:02', result: '拒绝还款', note: '称已失业' },
      lastPromise: { date: '2026-10-30', amount: 2000, status: 'broken', statusText: '违约' },
    });
    expect(ctx.fields.name?.value).toBe('郑伟');
  });

  it('reads zh-TW tables with ROC-free dates and a split header/body promise grid', () => {
    page = pageFrom(`<html lang="zh-TW"><body>
      <h3>聯絡記錄</h3>
      <table><tr><th>聯絡日期</th><th>聯絡結果</th><th>備註</th></tr>
        <tr><td>2026/11/20</td><td>約定回撥</td><td>晚上再聯絡</td></tr>
        <tr><td>2026/11/21</td><td>無人接聽</td><td></td></tr></table>
      <div class="panel"><div class="title">還款承諾</div>
        <div class="hd"><table><thead><tr><th>承諾日期</th><th>承諾金額</th><th>狀態</th></tr></thead></table></div>
        <div class="bd"><table><tbody>
          <tr><td>2026/12/01</td><td>NT$5,000</td><td>待履約</td></tr>
          <tr><td>2026/10/01</td><td>NT$3,000</td><td>違約</td></tr></tbody></table></div></div>
    </body></html>`);
    expect(readCrmHistory([page.doc], 'zh-TW')).toEqual({
      lastContact: { date: '2026-11-21', result: '無人接聽' },
      lastPromise: { date: '2026-12-01', amount: 5000, status: 'pending', statusText: '待履約' },
    });
  });

  it('reads English contact history and promises to pay', () => {
    page = pageFrom(`<html lang="en-US"><body>
      <table><caption>Contact History</caption>
        <thead><tr><th>Date</th><th>Outcome</th><th>Notes</th></tr></thead>
        <tbody><tr><td>Nov 3, 2026</td><td>Left voicemail</td><td></td></tr>
        <tr><td>Nov 12, 2026</td><td>Spoke to debtor</td><td>Will pay Friday</td></tr></tbody></table>
      <h4>Promise to Pay</h4>
      <table><thead><tr><th>Created</th><th>Promise Date</th><th>Amount</th><th>Status</th></tr></thead>
        <tbody><tr><td>11/12/2026</td><td>11/14/2026</td><td>$250.00</td><td>Kept</td></tr>
        <tr><td>10/01/2026</td><td>10/15/2026</td><td>$400.00</td><td>Broken</td></tr></tbody></table>
    </body></html>`);
    expect(readCrmHistory([page.doc], 'en-US')).toEqual({
      lastContact: { date: '2026-11-12', result: 'Spoke to debtor', note: 'Will pay Friday' },
      lastPromise: { date: '2026-11-14', amount: 250, status: 'kept', statusText: 'Kept' },
    });
  });

  it('normalizes promise statuses', () => {
    const cases: [string, string][] = [
      ['已履约', 'kept'], ['已兑现', 'kept'], ['已履約', 'kept'], ['已兌現', 'kept'], ['kept', 'kept'], ['Fulfilled', 'kept'],
      ['未履约', 'broken'], ['违约', 'broken'], ['未兑现', 'broken'], ['違約', 'broken'], ['未履約', 'broken'], ['Broken', 'broken'], ['missed', 'broken'],
      ['待履约', 'pending'], ['待履約', 'pending'], ['Pending', 'pending'],
      ['作废', 'unknown'],
    ];
    for (const [raw, want] of cases) expect([raw, normalizePromiseStatus(raw)]).toEqual([raw, want]);
  });

  it('a page without a contact log or promises has no crmHistory', async () => {
    page = await loadFixture('legacy-table.html');
    expect(extractDebtorContext(page.doc, { readers: DETAIL_READERS }).crmHistory).toBeUndefined();
  });

  it('reads the newest payment of a ledger, passing over fees; a paid-on column ("实还日") dates it, never the due date', () => {
    const ledger = pageFrom(
      '<table summary="Payment History"><thead><tr><th>Posted</th><th>Type</th><th>Amount</th></tr></thead><tbody>' +
        '<tr><td>2026-09-26</td><td>Late Fee</td><td>$25.00</td></tr><tr><td>2026-08-14</td><td>Payment – ACH</td><td>$389.00</td></tr>' +
        '<tr><td>2026-07-15</td><td>Payment – ACH</td><td>$389.00</td></tr></tbody></table>',
    );
    expect(readCrmHistory([ledger.doc], 'en-US')?.lastPayment).toEqual({ date: '2026-08-14', amount: 389 });
    void ledger.close();
    const plan = pageFrom(
      '<div>还款记录</div><table><thead><tr><th>期数</th><th>应还日</th><th>实还日</th><th>实还金额</th></tr></thead><tbody>' +
        '<tr><td>第18期</td><td>2026-11-11</td><td>—</td><td>0.00</td></tr><tr><td>第17期</td><td>2026-10-11</td><td>2026-10-13</td><td>4,293.33</td></tr></tbody></table>',
    );
    expect(readCrmHistory([plan.doc], 'zh-CN')?.lastPayment).toEqual({ date: '2026-10-13', amount: 4293.33 });
    void plan.close();
  });

  it('knows a payment log by Taiwan\'s 紀錄, by "recent payments", by a paid-on column without a title, or by a ledger\'s type column', () => {
    const read = (html: string, locale: string) => {
      const t = pageFrom(html);
      const got = readCrmHistory([t.doc], locale)?.lastPayment;
      void t.close();
      return got;
    };
    expect(read('<h4>還款紀錄</h4><table><thead><tr><th>日期</th><th>類別</th><th>金額</th><th>狀態</th></tr></thead><tbody><tr><td>2026/08/02</td><td>還款</td><td>5,693.00</td><td>成功</td></tr><tr><td>2026/07/02</td><td>還款</td><td>5,693.00</td><td>成功</td></tr></tbody></table>', 'zh-HK')).toEqual({ date: '2026-08-02', amount: 5693 });
    expect(read('<h4>近期繳款</h4><table><thead><tr><th>繳款日</th><th>繳款方式</th><th>金額</th></tr></thead><tbody><tr><td>2026/09/05</td><td>超商</td><td>2,000</td></tr></tbody></table>', 'zh-TW')).toEqual({ date: '2026-09-05', amount: 2000 });
    // A schedule with what was actually paid beside what was due: the paid-on date, never the due date.
    expect(read('<table><thead><tr><th>期次</th><th>应还日期</th><th>应还合计</th><th>实还日期</th><th>实还金额</th><th>状态</th></tr></thead><tbody><tr><td>3</td><td>2026-09-17</td><td>2,196.40</td><td></td><td></td><td>逾期</td></tr><tr><td>2</td><td>2026-08-17</td><td>2,196.40</td><td>2026-08-17</td><td>2,196.40</td><td>已还</td></tr></tbody></table>', 'zh-CN')).toEqual({ date: '2026-08-17', amount: 2196.4 });
    // A ledger of several kinds, untitled: only its payments.
    expect(read('<table><thead><tr><th>交易日期</th><th>交易類別</th><th>金額（元）</th></tr></thead><tbody><tr><td>2026/08/01</td><td>循環利息</td><td>412</td></tr><tr><td>2026/07/20</td><td>繳款</td><td>3,000</td></tr></tbody></table>', 'zh-TW')).toEqual({ date: '2026-07-20', amount: 3000 });
    // A schedule of instalments still due is no payment made.
    expect(read('<table><thead><tr><th>期次</th><th>应还日期</th><th>应还金额</th></tr></thead><tbody><tr><td>1</td><td>2026-08-17</td><td>2,196.40</td></tr></tbody></table>', 'zh-CN')).toBeUndefined();
  });

  it('a tab bar naming payments and contacts above a table without a result column: the payments; a hidden pane is not read', () => {
    const tabs = '<div class="tabs"><span>繳款明細</span><span>聯絡紀錄</span></div>';
    const table = '<table><thead><tr><th>繳款日</th><th>金額</th><th>期別</th></tr></thead><tbody><tr><td>2026/08/20</td><td>20,000</td><td>第 92 期</td></tr></tbody></table>';
    const shown = pageFrom(tabs + table);
    expect(readCrmHistory([shown.doc], 'zh-TW')?.lastPayment).toEqual({ date: '2026-08-20', amount: 20000 });
    void shown.close();
    const hidden = pageFrom(`<div class="tabs"><span>还款记录</span></div><div role="tabpanel" aria-hidden="true" style="display:none"><table><thead><tr><th>还款日期</th><th>还款金额</th></tr></thead><tbody><tr><td>2026-06-28</td><td>1,500.00</td></tr></tbody></table></div>`);
    expect(readCrmHistory([hidden.doc], 'zh-CN')).toBeUndefined();
    void hidden.close();
  });

  it('passes over a debit that failed', () => {
    const t = pageFrom(
      '<h3>还款记录</h3><table><thead><tr><th>日期</th><th>金额（元）</th><th>方式</th><th>结果</th></tr></thead><tbody>' +
        '<tr><td>2026-05-20</td><td>2,880.11</td><td>代扣</td><td><span class="badge">扣款失败</span></td></tr>' +
        '<tr><td>2026-04-20</td><td>1,000.00</td><td>转账</td><td>成功</td></tr></tbody></table>',
    );
    expect(readCrmHistory([t.doc], 'zh-CN')?.lastPayment).toEqual({ date: '2026-04-20', amount: 1000 });
    void t.close();
  });
});

