// General DOM rules found on the probe42–probe44 pages (tests/fixtures/crm/probe42…44), each on a
// small generic snippet.
import { afterEach, describe, expect, it } from 'vitest';
import { kinNoted, namesAnotherParty, PARTY_WORDS } from '@/lib/extract/sections';
import { defaultDictionary } from '@/lib/extract/dictionary';
import { snippetPages } from './helpers';

const pages = snippetPages();
afterEach(pages.close);
const read = pages.read;

const row = (label: string, value: string) => `<div class="info-row"><span class="label">${label}</span><span class="value">${value}</span></div>`;
const card = (title: string, body: string) => `<div class="section-title">${title}</div><div class="mini-card">${body}</div>`;

describe('other people beside the debtor', () => {
  it('a household or family section ("同户案件", "家庭成员") is another party: its name and phone are not the debtor\'s', () => {
    for (const title of ['同户案件', '家庭成员', '亲属信息', '相关人士', '代理人']) {
      const ctx = read(
        `<div class="card">${row('客户姓名', '黄海波')}${row('手机', '150****7734')}${row('逾期金额', '¥6,200.00')}</div>` +
          card(title, row('姓名', '黄海燕') + row('手机', '189****2045')),
      );
      expect(ctx.fields.name?.value, title).toBe('黄海波');
      expect(ctx.fields.phone, title).toMatchObject({ value: '150****7734' });
      expect(ctx.fields.phone!.confidence, title).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('every such title word passes the dictionary prefilter and names another party', () => {
    const dict = defaultDictionary();
    for (const w of PARTY_WORDS) {
      expect(dict.mightContainLabel(`${w}信息`), w).toBe(true);
      expect(namesAnotherParty(`${w}信息`), w).toBe(true);
    }
  });

  it('a name followed by its relation to the debtor ("黄海燕（妹）", "Priya Raman (spouse)") is someone else\'s', () => {
    expect(kinNoted('黄海燕（妹）')).toBe(true);
    expect(kinNoted('黃淑芬（配偶）')).toBe(true);
    expect(kinNoted('陳大文 (父親)')).toBe(true);
    expect(kinNoted('Priya Raman (spouse)')).toBe(true);
    expect(kinNoted('张伟（VIP）')).toBe(false);
    expect(kinNoted('Lee (home)')).toBe(false);
    expect(kinNoted('张伟')).toBe(false);
    // Under a plain 姓名 label with no section title: not the debtor's name.
    const ctx = read(`<div class="head"><h2>案件详情</h2></div>${row('姓名', '黄海燕（妹）')}${row('逾期金额', '¥6,200.00')}${row('逾期天数', '33')}`);
    expect(ctx.fields.name).toBeUndefined();
  });
});

describe('sections of the debtor\'s other loans', () => {
  it('an "Other loans" / 关联案件 section holds another loan\'s number, product and amounts', () => {
    const other = `<div class="card"><div class="card-header"><h3>Other loans for this borrower</h3><p>Cross-collateral view</p></div><div class="card-body"><table><thead><tr><th>Account</th><th>Product</th><th>Balance</th></tr></thead><tbody><tr><td>CC-4517-0086</td><td>Low Rate Credit Card</td><td>$1,122.40</td></tr></tbody></table></div></div>`;
    const ctx = read(`<dl><dt>Name</dt><dd>Liam Walsh</dd><dt>Amount in arrears</dt><dd>$2,046.75</dd></dl>${other}`, 'en-AU');
    expect(ctx.fields.accountId).toBeUndefined();
    expect(ctx.fields.product).toBeUndefined();
    expect(ctx.fields.amountOverdue?.value).toBe(2046.75);
    // The debtor's own other card: its number and days are not this case's, so this case's are sure.
    const zh = read(
      `<div class="card">${row('客户姓名', '黄海波')}${row('卡号', '5187 **** **** 0362')}${row('逾期天数', '190天')}</div>` +
        card('关联案件（本人）', row('卡号', '6225 **** **** 7120') + row('逾期天数', '64天')),
    );
    expect(zh.fields.accountId).toMatchObject({ value: '5187 **** **** 0362' });
    expect(zh.fields.accountId!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(zh.fields.daysPastDue).toMatchObject({ value: 190 });
    expect(zh.fields.daysPastDue!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('titles and labels of other parties', () => {
  it('a lone box holding only "Guarantor" before a block of fields titles that block', () => {
    const ctx = read(
      `<div class="card"><div class="font-semibold">Borrower</div><dl><div><dt>Name</dt><dd>Liam Walsh</dd></div><div><dt>Mobile</dt><dd>04** *** 913</dd></div></dl>` +
        `<div class="font-semibold text-sm">Guarantor</div><dl><div><dt>Name</dt><dd>Priya Raman</dd></div><div><dt>Mobile</dt><dd>04** *** 227</dd></div></dl></div>`,
      'en-AU',
    );
    expect(ctx.fields.name?.value).toBe('Liam Walsh');
    expect(ctx.fields.phone?.value).toBe('04** *** 913');
    expect(ctx.fields.guarantor?.value).toBe('Priya Raman');
  });

  it('a flat list\'s "Guarantor" label with its own value titles nothing', () => {
    const ctx = read('<dl><dt>Name</dt><dd>Liam Walsh</dd><dt>Guarantor</dt><dd>Priya Raman</dd><dt>Mobile</dt><dd>04** *** 913</dd></dl>', 'en-AU');
    expect(ctx.fields.phone?.value).toBe('04** *** 913');
  });

  it('a surety is a guarantor; a cellphone is a phone', () => {
    const field = (label: string, value: string) => `<div class="field"><label>${label}</label><input readonly value="${value}"></div>`;
    const ctx = read(
      `<div class="panel"><div class="panel-title">Loan details</div>${field('Account number', 'PL 8120 4471')}${field('Cellphone', '082 *** 6610')}${field('Capital outstanding', 'R 61 204,75')}</div>` +
        `<fieldset><legend>Surety</legend>${field('Full name', 'Sipho Mokoena')}${field('Cellphone', '073 *** 2258')}</fieldset>`,
      'en-ZA',
    );
    expect(ctx.fields.name).toBeUndefined();
    expect(ctx.fields.guarantor?.value).toBe('Sipho Mokoena');
    expect(ctx.fields.phone).toMatchObject({ value: '082 *** 6610' });
    expect(ctx.fields.principal?.value).toBe(61204.75);
  });
});

describe('balances', () => {
  it('a revolving account\'s "Outstanding balance" (a credit limit beside it) is no principal; a loan\'s still is', () => {
    const kv = (k: string, v: string) => `<div class="kv"><div class="k">${k}</div><div class="v">${v}</div></div>`;
    const line = read(`<div>${kv('Account no.', 'RC-0712-884')}${kv('Approved limit', 'S$10,000.00')}${kv('Outstanding balance', 'S$10,734.60')}${kv('Overdue amount', 'S$734.60')}</div>`, 'en-SG');
    expect(line.fields.creditLimit?.value).toBe(10000);
    expect(line.fields.principal).toBeUndefined();
    const loan = read(`<div>${kv('Account no.', 'PL-0712-884')}${kv('Outstanding balance', 'S$10,734.60')}${kv('Overdue amount', 'S$734.60')}</div>`, 'en-SG');
    expect(loan.fields.principal?.value).toBe(10734.6);
  });

  it('借据余额 and 在贷余额 are what is left of the principal', () => {
    expect(read(row('借据余额', '¥48,200.00') + row('逾期金额', '¥3,100.00')).fields.principal?.value).toBe(48200);
    expect(read(row('在贷余额', '¥48,200.00') + row('逾期金额', '¥3,100.00')).fields.principal?.value).toBe(48200);
  });
});

describe('what is hidden', () => {
  it('a kit\'s tab pane beside the one marked shown is hidden, whatever the case of its class (amis cxd-Tabs-pane)', () => {
    const ctx = read(
      row('卡号', '6259 65** **** 0193') +
        `<div class="cxd-Tabs-content"><div class="cxd-Tabs-pane is-active"><p>无联系人</p></div>` +
        `<div class="cxd-Tabs-pane"><table><thead><tr><th>附属卡持卡人</th><th>卡号</th><th>额度</th></tr></thead><tbody><tr><td>顾子轩</td><td>6259 65** **** 7710</td><td>￥5,000.00</td></tr></tbody></table></div></div>`,
    );
    expect(ctx.fields.creditLimit?.confidence ?? 0).toBeLessThan(0.7);
    expect(ctx.fields.accountId).toMatchObject({ value: '6259 65** **** 0193' });
  });
});

describe('the CRM\'s payment logs (detail readers)', () => {
  const base = '<dl><dt>Name</dt><dd>Helen Crabtree</dd><dt>Amount in arrears</dt><dd>£604.20</dd></dl>';
  const table = (title: string, heads: string[], rows: string[][]) =>
    `<section><h3>${title}</h3><table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></section>`;
  const last = (html: string, lang = 'en-GB') => {
    const f = read(base + html, lang).fields;
    return [f.lastPaymentDate?.value, f.lastPaymentAmount?.value];
  };

  it('a table titled "Payments" gives the newest payment that went through (never an unpaid or failed debit)', () => {
    expect(last(table('Payments', ['Payment Date', 'Amount', 'Method', 'Status'], [
      ['01/10/2026', '£302.10', 'Direct Debit', 'Unpaid (ARUDD 0)'],
      ['14/09/2026', '£95.00', 'Debit Card', 'Received'],
      ['01/09/2026', '£302.10', 'Direct Debit', 'Failed – NSF'],
    ]))).toEqual(['2026-09-14', 95]);
  });

  it('under a payments title, a type column says how they paid (Autopay, Debit card), not whether it is a payment', () => {
    expect(last(table('Payment activity', ['Date', 'Type', 'Amount', 'Status'], [
      ['28/09/2026', 'Autopay', '£193.47', 'Failed – NSF'],
      ['14/09/2026', 'Debit card', '£150.00', 'Posted'],
      ['01/09/2026', 'Late fee', '£12.00', 'Posted'],
    ]))).toEqual(['2026-09-14', 150]);
  });

  it('a "Received" column is the day paid', () => {
    expect(last(table('Payments', ['Received', 'Channel', 'Amount'], [['30/05/2026', 'Web', '£200.00'], ['15/04/2026', 'ACH', '£348.74']]))).toEqual(['2026-05-30', 200]);
  });

  it('a ledger with debit and credit columns: the newest credit that is no reversal', () => {
    expect(last(table('Transactions', ['Value date', 'Narrative', 'Debit', 'Credit'], [
      ['01/10/2026', 'Monthly repayment due', '£1,467.07', ''],
      ['28/08/2026', 'Lodgement – thank you', '', '£1,000.00'],
      ['01/08/2026', 'DD returned unpaid', '£1,467.07', ''],
    ]))).toEqual(['2026-08-28', 1000]);
  });

  it('a ledger known only by its type column still counts only the entries it names as payments', () => {
    expect(last(table('账户明细', ['交易日期', '交易类型', '金额'], [['2026-09-20', '违约金', '¥50.00'], ['2026-09-10', '还款', '¥800.00']]), 'zh-CN')).toEqual(['2026-09-10', 800]);
  });
});

describe('the days past due in a tag', () => {
  it('reads "62 DPD", "DPD 62", "128 days delinquent" beside the case, never a range ("DPD 90+")', async () => {
    const { daysInTag } = await import('@/lib/extract/days-tag');
    expect(daysInTag('62 DPD')).toBe(62);
    expect(daysInTag('DPD 62')).toBe(62);
    expect(daysInTag('128 days delinquent')).toBe(128);
    expect(daysInTag('逾期 47 天')).toBe(47);
    expect(daysInTag('DPD 90+')).toBeNull();
    expect(daysInTag('90 days past due or more')).toBeNull();
    expect(daysInTag('逾期30天以上')).toBeNull();
    const ctx = read('<h2>Dana Whitford <span class="badge">62 DPD</span></h2><dl><dt>Account</dt><dd>AL-5521-0093</dd><dt>Amount past due</dt><dd>$1,204.00</dd></dl>', 'en-CA');
    expect(ctx.fields.daysPastDue?.value).toBe(62);
  });

  it('a tag its same-shaped siblings repeat is a queue\'s column, not the open case\'s', () => {
    const item = (name: string, days: number, cls = 'item') => `<div class="${cls}"><div class="title">${name}</div><div class="subtitle">$2,140.00 · ${days} DPD</div></div>`;
    const ctx = read(
      `<nav class="queue">${item('Guo Peng', 8)}${item('Ma Xiaoling', 21, 'item item--active')}${item('Sun Li', 95)}</nav>` +
        '<main><dl><dt>Borrower</dt><dd>Ma Xiaoling</dd><dt>Amount overdue</dt><dd>$7,450.90</dd><dt>Days past due</dt><dd>21</dd></dl></main>',
      'en-US',
    );
    expect(ctx.fields.daysPastDue).toMatchObject({ value: 21 });
    expect(ctx.fields.daysPastDue!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('a row of facts says the tag once: read', () => {
    const ctx = read('<div class="head"><span class="info">张伟</span><span class="info">M2</span><span class="info">逾期 47 天</span></div><dl><dt>卡号</dt><dd>6225 **** 1147</dd><dt>逾期金额</dt><dd>¥8,904.12</dd></dl>');
    expect(ctx.fields.daysPastDue?.value).toBe(47);
  });
});

describe('probe45–47 rules', () => {
  it('a role=tabpanel beside the one shown (marked active, or its tab not selected) is hidden (Syncfusion e-item)', () => {
    const ctx = read(
      '<div role="tablist"><div role="tab" id="t0" aria-selected="true">Overview</div><div role="tab" id="t1" aria-selected="false">Card</div></div>' +
        '<div class="e-content"><div class="e-item e-active" role="tabpanel" aria-labelledby="t0"><dl><dt>Customer Name</dt><dd>Hafiz Rahman</dd><dt>Amount Overdue</dt><dd>RM 3,384.00</dd></dl></div>' +
        '<div class="e-item" role="tabpanel" aria-labelledby="t1"><dl><dt>Credit Limit</dt><dd>RM 8,000.00</dd></dl></div></div>',
      'en-MY',
    );
    expect(ctx.fields.creditLimit?.confidence ?? 0).toBeLessThan(0.7);
  });

  it('a camel-cased hiding class (Telerik rmpHiddenView) hides', () => {
    const ctx = read('<dl><dt>Hirer Name</dt><dd>TAN WEI MING</dd><dt>Overdue Amount</dt><dd>S$2,947.50</dd></dl><div class="rmpView rmpHiddenView"><dl><dt>Area</dt><dd>Jurong West</dd></dl></div>', 'en-SG');
    expect(ctx.fields.region?.confidence ?? 0).toBeLessThan(0.7);
  });

  it('a label in two languages split by a slash is read by the part the dictionary knows ("Customer Name / Nama")', () => {
    const ctx = read('<dl><dt>Customer Name / Nama</dt><dd>Muhammad Hafiz bin Rahman</dd><dt>Amount Overdue / Jumlah Tertunggak</dt><dd>RM 3,384.00</dd></dl>', 'en-MY');
    expect(ctx.fields.name?.value).toBe('Muhammad Hafiz bin Rahman');
    expect(ctx.fields.amountOverdue?.value).toBe(3384);
  });

  it('a late charge in a transaction log is no payment', () => {
    const t = '<h4>Recent Transactions</h4><table><thead><tr><th>Date</th><th>Description</th><th>Amount (RM)</th></tr></thead><tbody>' +
      '<tr><td>20/08/2026</td><td>Ta\'widh (late payment compensation)</td><td>32.50</td></tr><tr><td>14/08/2026</td><td>Repayment - FPX</td><td>1,128.00</td></tr></tbody></table>';
    const f = read('<dl><dt>Customer Name</dt><dd>Hafiz Rahman</dd><dt>Amount Overdue</dt><dd>RM 3,384.00</dd></dl>' + t, 'en-MY').fields;
    expect([f.lastPaymentDate?.value, f.lastPaymentAmount?.value]).toEqual(['2026-08-14', 1128]);
  });

  it('the last payment\'s row is its own cells: another pair in the table row is not read into it', () => {
    const f = read('<table><tr><td>Hirer Name</td><td>TAN WEI MING</td><td>Overdue Amount</td><td>S$2,947.50</td></tr><tr><td class="cap">Late Charges</td><td>S$75.50</td><td class="cap">Last Payment</td><td>05 Sep 2026 - S$1,436.00</td></tr></table>', 'en-SG').fields;
    expect([f.lastPaymentDate?.value, f.lastPaymentAmount?.value]).toEqual(['2026-09-05', 1436]);
  });

  it('a bare amount label right after the last payment\'s date names its amount ("最近一次还款 | 日期 | 还款金额 | ¥…")', () => {
    const f = read('<table><tr><td>客户姓名</td><td>韩立</td><td>逾期金额</td><td>¥9,100.00</td></tr><tr><td>最近一次还款</td><td>2026-08-20</td><td>还款金额</td><td>¥6,831.20</td></tr></table>').fields;
    expect([f.lastPaymentDate?.value, f.lastPaymentAmount?.value]).toEqual(['2026-08-20', 6831.2]);
  });

  it('a hidden page header (the case shown before an SPA switch) names no one and no case; a part of a header line may name the case', () => {
    const view = (name: string, id: string, amount: string, hidden: boolean) =>
      `<div class="case-view"${hidden ? ' style="display: none;"' : ''}><div class="page-header"><div class="page-header__title">${name}</div><div class="page-header__subtitle">案件 ${id} · M1</div></div>` +
      `<table><tr><th>贷款账号</th><td>622908******${id.slice(-4)}</td></tr><tr><th>逾期金额</th><td>${amount}</td></tr></table></div>`;
    const ctx = read(view('马国庆', 'HX-2026-77120', '¥33,870.00', true) + view('张秀兰', 'HX-2026-80254', '¥2,746.81', false));
    expect(ctx.fields.name?.value).toBe('张秀兰');
    expect(ctx.fields.caseId?.value).toBe('HX-2026-80254');
  });

  it('a phone number\'s 归属地 yields to the debtor\'s own region label', () => {
    const ctx = read('<div class="call-bar"><span><em>来电号码</em> 159****3377</span><span><em>归属地</em> 河南 洛阳</span></div><div class="form"><label>客户姓名</label><span>秦丽</span><label>居住地</label><span>河南省郑州市金水区</span></div>');
    expect(ctx.fields.region?.value).not.toBe('河南 洛阳');
  });
});

describe('the Traditional label fold loaded on demand (lib/extract/fold-host.ts)', () => {
  it('is wanted by a page whose language or title is Traditional, or whose text is while it reads few fields', async () => {
    const { wantsLabelFold } = await import('@/lib/extract/fold-host');
    const doc = (html: string, lang = '', title = '') => pages.from(`<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>${title}</title></head><body>${html}</body></html>`).doc;
    expect(wantsLabelFold(doc('<p>x</p>', 'zh-TW'), 9)).toBe(true);
    expect(wantsLabelFold(doc('<p>x</p>', 'zh-Hant-HK'), 9)).toBe(true);
    expect(wantsLabelFold(doc('<p>x</p>', '', '呆帳戶明細'), 9)).toBe(true);
    const legacy = '<table><tr><th>客戶姓名</th><td>鄭雅文</td></tr><tr><th>逾期金額</th><td>ＮＴ＄３１２，７８０</td></tr><tr><th>聯絡電話</th><td>0915-***-402</td></tr><tr><th>帳號</th><td>058</td></tr></table>';
    expect(wantsLabelFold(doc(legacy), 1)).toBe(true);
    // A page that already reads well is not sampled; Simplified text is no Traditional.
    expect(wantsLabelFold(doc(legacy), 6)).toBe(false);
    expect(wantsLabelFold(doc('<dl><dt>客户姓名</dt><dd>张伟</dd><dt>逾期金额</dt><dd>¥1,200.00</dd><dt>联系电话</dt><dd>138</dd></dl>', 'zh-CN', '案件详情'), 1)).toBe(false);
  });

  it('samples a page\'s text at most every two seconds (a watched page is read on every change)', async () => {
    const { wantsLabelFold } = await import('@/lib/extract/fold-host');
    const d = pages.from('<!DOCTYPE html><html><head><title>x</title></head><body><p>案件</p></body></html>').doc;
    expect(wantsLabelFold(d, 0, 10_000)).toBe(false);
    d.body.innerHTML = '<table><tr><th>客戶姓名</th><td>鄭雅文</td></tr><tr><th>逾期金額</th><td>NT$312,780</td></tr><tr><th>聯絡電話</th><td>0915</td></tr><tr><th>帳號</th><td>058</td></tr></table>';
    expect(wantsLabelFold(d, 0, 11_000)).toBe(false);
    expect(wantsLabelFold(d, 0, 12_500)).toBe(true);
  });

  it('adding the pairs again changes nothing (the fold is whole outside the content script)', async () => {
    const { addLabelFold, labelFoldVersion, normalizeLabel } = await import('@/lib/extract/normalize');
    const { T2S_PAIRS } = await import('@/lib/extract/label-fold.gen');
    const v = labelFoldVersion();
    expect(addLabelFold(T2S_PAIRS)).toBe(false);
    expect(labelFoldVersion()).toBe(v);
    expect(normalizeLabel('逾期金額')).toBe('逾期金额');
  });
});

describe('probe48–50 rules', () => {
  it('an approximate amount ("约 2.3 万元", "2万左右") is no amount owed', async () => {
    const { parseFieldValue } = await import('@/lib/extract/fields');
    expect(parseFieldValue('amount', '约 2.3 万元', 'zh-CN')).toBeNull();
    expect(parseFieldValue('amount', '2万左右', 'zh-CN')).toBeNull();
    expect(parseFieldValue('amount', 'approx. $2,300', 'en-US')).toBeNull();
    expect(parseFieldValue('amount', '2.3 万元', 'zh-CN')).toEqual({ value: 23000, currency: 'CNY' });
  });

  it('a label\'s "（元）" on a Taiwan page is New Taiwan dollars', () => {
    const ctx = read('<form><label>借款人</label><span>鄭*修</span><label>逾期本息（元）</label><span>104,788</span><label>逾期日數</label><span>33</span></form>', 'zh-TW');
    expect(ctx.fields.amountOverdue?.value).toBe(104788);
    expect(ctx.fields.currency?.value).toBe('TWD');
  });

  it('the last payment\'s amount in one cell with its date takes the label\'s unit ("末次还款（日期 / 万元）": 4.10 is 41,000)', () => {
    const f = read('<table><tr><th>客户姓名</th><td>钱多</td></tr><tr><th>逾期金额（万元）</th><td>12.5</td></tr><tr><th>末次还款（日期 / 万元）</th><td>2026.03.15 / 4.10</td></tr></table>').fields;
    expect(f.amountOverdue?.value).toBe(125000);
    expect([f.lastPaymentDate?.value, f.lastPaymentAmount?.value]).toEqual(['2026-03-15', 41000]);
  });

  it('agency systems\' labels: Consumer, File No., PH1, DAYS DLQ, LST PD / LST AMT, Last Payment Amt, Unpaid Principal Balance', () => {
    const ctx = read('<dl><dt>Consumer</dt><dd>ROBERT J HALLORAN</dd><dt>File No.</dt><dd>AG-77120-03</dd><dt>PH1</dt><dd>(614) ***-2290</dd><dt>DAYS DLQ</dt><dd>212</dd><dt>LST PD</dt><dd>03/14/2026</dd><dt>LST AMT</dt><dd>$75.00</dd><dt>Unpaid Principal Balance</dt><dd>$4,210.55</dd></dl>', 'en-US');
    expect(ctx.fields.name?.value).toBe('ROBERT J HALLORAN');
    expect(ctx.fields.caseId?.value).toBe('AG-77120-03');
    expect(ctx.fields.phone?.value).toBe('(614) ***-2290');
    expect(ctx.fields.daysPastDue?.value).toBe(212);
    expect([ctx.fields.lastPaymentDate?.value, ctx.fields.lastPaymentAmount?.value]).toEqual(['2026-03-14', 75]);
    expect(ctx.fields.principal?.value).toBe(4210.55);
  });
});

describe('probe51–53 rules', () => {
  it('a tag or badge after a product or a guarantor\'s name in its cell is no part of it', () => {
    const ctx = read('<table><tr><th>客户姓名</th><td>韩雪</td><th>产品</th><td>汽车消费分期 <span class="ant-tag ant-tag-blue">新车</span></td></tr><tr><th>逾期金额</th><td>¥8,100.00</td></tr></table>' +
      '<div class="card-title">担保人</div><table><tr><th>姓名</th><td>詹国平 <span class="ant-badge ant-badge-status"><span class="ant-badge-status-text">未接通</span></span></td></tr></table>');
    expect(ctx.fields.product?.value).toBe('汽车消费分期');
    expect(ctx.fields.guarantor?.value).toBe('詹国平');
  });

  it('a filter\'s bilingual "全部 All" is no value, and a grid with bilingual headers is a list', () => {
    const row = (n: string, id: string, amt: string) => `<div role="row"><div role="gridcell">${id}</div><div role="gridcell">${n}</div><div role="gridcell">${amt}</div></div>`;
    const ctx = read(
      '<div class="filters"><label>客戶姓名 Customer Name <input type="text" value=""></label><label>逾期階段 Bucket <select><option>全部 All</option><option>M1</option></select></label></div>' +
        '<div role="grid"><div role="row"><div role="columnheader">個案編號 Case No.</div><div role="columnheader">客戶姓名 Customer Name</div><div role="columnheader">逾期金額 Overdue (HK$)</div></div>' +
        row('陳大文', 'HK-0001', 'HK$1,200.00') + row('李小華', 'HK-0002', 'HK$3,400.00') + row('黃志明', 'HK-0003', 'HK$560.00') + '</div>' +
        '<div class="ag-status-bar"><span>總逾期 Total Overdue：</span><span>HK$68,582.70</span></div>',
      'zh-HK',
    );
    expect(ctx.page?.kind).toBe('list');
    expect(ctx.fields.name).toBeUndefined();
  });

  it('a label\'s other language on its second line is no value ("District<br>地區")', () => {
    const ctx = read('<div class="row"><label>Customer Name<br>客戶姓名</label><span>Chan Tai Man</span></div><div class="row"><label>District<br>地區</label><div class="value"></div></div><div class="row"><label>Overdue Amount<br>逾期金額</label><span>MOP 4,000.00</span></div>', 'zh-MO');
    expect(ctx.fields.region?.value).not.toBe('地區');
  });

  it('an alternate contact\'s section is another party; a primary phone is the debtor\'s', () => {
    const item = (k: string, v: string) => `<div class="field-item"><span class="field-caption">${k}</span><div class="field-value">${v}</div></div>`;
    const ctx = read(`<div class="summary">${item('Customer', 'Seán Ó Briain')}${item('Primary phone', '08* *** 5127')}${item('Arrears', '€2,310.00')}</div><div class="panel"><h3>Alternate contact</h3>${item('Name', "Eoin O'Sullivan")}${item('Phone', '08* *** 9932')}</div>`, 'en-IE');
    expect(ctx.fields.phone).toMatchObject({ value: '08* *** 5127' });
    expect(ctx.fields.name?.value).toBe('Seán Ó Briain');
  });

  it('a name in the page\'s global header (the signed-in collector) is no debtor\'s title', () => {
    const ctx = read('<div class="slds-global-header"><div class="slds-global-header__item"><span title="View profile">Niamh Gallagher</span></div></div><main><dl><dt>Loan No.</dt><dd>LN-77120</dd><dt>Arrears</dt><dd>€2,310.00</dd></dl></main>', 'en-IE');
    expect(ctx.fields.name?.value).not.toBe('Niamh Gallagher');
  });
});

describe('probe54–56 rules', () => {
  it('a court\'s case number ("（2026）浙0281民督76号") is no case or account of the collection system', async () => {
    const { parseFieldValue } = await import('@/lib/extract/fields');
    expect(parseFieldValue('id', '（2026）浙0281民督76号', 'zh-CN')).toBeNull();
    expect(parseFieldValue('id', '(2025)京0105执12345号', 'zh-CN')).toBeNull();
    expect(parseFieldValue('id', 'DC-YY-2026-0158', 'zh-CN')).toEqual({ value: 'DC-YY-2026-0158' });
  });

  it('a related or past case (相关案件, 历史案件) is another case: its number is not this one\'s', () => {
    const ctx = read(
      `<div class="card">${row('客户姓名', '韩冬')}${row('案件号', 'AL-NB-20261106-0042')}${row('逾期金额', '¥9,800.00')}</div>` +
        '<div class="card"><div class="card-header"><div class="card-header-title">相关案件</div></div><table><thead><tr><th>案件号</th><th>状态</th></tr></thead><tbody><tr><td>AL-NB-20250822-0301</td><td>已结清</td></tr></tbody></table></div>',
    );
    expect(ctx.fields.caseId).toMatchObject({ value: 'AL-NB-20261106-0042' });
    expect(ctx.fields.caseId!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('a help desk\'s ticket yields to the collection case', () => {
    const ctx = read('<dl><dt>Name</dt><dd>Aoife Kelly</dd><dt>Ticket ID</dt><dd>1893422071</dd><dt>Collections case</dt><dd>CASE-IE-07713</dd><dt>Amount overdue</dt><dd>€640.00</dd></dl>', 'en-IE');
    expect(ctx.fields.caseId?.value).toBe('CASE-IE-07713');
  });

  it('an order\'s delivery phone is its recipient\'s, not the debtor\'s', () => {
    const kv = (k: string, v: string) => `<div class="kv"><span class="k">${k}</span><span class="v">${v}</span></div>`;
    const ctx = read(
      `<div class="card"><div class="card-title">Customer</div>${kv('Name', 'Dana Whitfield')}${kv('Amount overdue', '$1,204.00')}</div>` +
        `<div class="card"><div class="card-title">Order #MX-20931</div>${kv('Shipping address', 'Kayla Brennan, Tempe, AZ 85281')}${kv('Phone', '+1 (480) ***-**73')}</div>`,
      'en-US',
    );
    expect(ctx.fields.phone).toBeUndefined();
  });
});
