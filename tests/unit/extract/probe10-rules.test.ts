// General DOM rules found on the probe24–probe26 pages (tests/fixtures/crm/probe24…26), each on a
// small generic snippet: the numeric date order a locale writes (from the platform's CLDR data), an
// agency's and a legal representative's sections as other parties, a company as the borrower, a
// court's case number, the handover amount and a card's type as second choices, a street address
// read as its city, and grid headers and table cells that are never (parts of) values.
import { afterEach, describe, expect, it } from 'vitest';
import { parseDate, numericDateOrder, detectCurrency, parseAmount, moneyIn } from '@/lib/extract/normalize';
import { parseFieldValue } from '@/lib/extract/fields';
import { snippetPages } from './helpers';

const pages = snippetPages();
afterEach(pages.close);
const read = pages.read;

const row = (label: string, value: string) => `<div class="form-item"><label>${label}</label><span class="value">${value}</span></div>`;
const section = (title: string, body: string) => `<section class="card"><div class="card-title">${title}</div><div class="card-body">${body}</div></section>`;

describe('the order a locale writes numeric dates in', () => {
  it('comes from CLDR: month first in the US and the Philippines, day first in India, Britain, Hong Kong; none for a bare "en" or a year-first locale', () => {
    expect(numericDateOrder('en-US')).toBe('mdy');
    expect(numericDateOrder('en-PH')).toBe('mdy');
    for (const l of ['en-IN', 'en-GB', 'en-AU', 'en-NZ', 'en-SG', 'zh-HK', 'fr']) expect(numericDateOrder(l)).toBe('dmy');
    for (const l of ['en', 'en-CA', 'zh-CN', 'ja', '', 'not a locale!']) expect(numericDateOrder(l)).toBeNull();
  });
  it('reads an ambiguous date by it, and leaves it blank where the locale cannot say', () => {
    expect(parseDate('09/05/2026', 'en-PH')).toBe('2026-09-05');
    expect(parseDate('09/05/2026', 'en-IN')).toBe('2026-05-09');
    expect(parseDate('09/05/2026', 'en-CA')).toBeNull();
    // A part over 12 settles it anywhere.
    expect(parseDate('28/10/2026', 'en-PH')).toBe('2026-10-28');
  });
  it("a Philippine page's last payment 'on 09/05/2026' is the 5th of September", () => {
    const ctx = read(`${row('Customer Name', 'Maria L. Santos')}${row('Last Payment', '₱3,000.00 on 09/05/2026')}`, 'en-PH');
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-09-05');
  });
});

describe('other parties: an agency the case was handed to, a company’s legal representative', () => {
  it("the agency's contact phone and the handover amount are not the debtor's phone and amount", () => {
    const agency = section('委外信息', row('委外机构', '某某资产管理有限公司') + row('机构联系人', '郑伟') + row('联系电话', '186****4431') + row('委案金额', '¥58,210.34'));
    const debtor = section('客户信息', row('客户姓名', '宋晓雯') + row('手机号码', '177****0528') + row('当前欠款', '¥59,884.10'));
    const ctx = read(agency + debtor);
    expect(ctx.fields.phone?.value).toBe('177****0528');
    expect(ctx.fields.amountOverdue?.value).toBe(59884.1);
    // Alone, the amount handed over is still the amount owed.
    expect(read(row('客户姓名', '宋晓雯') + row('委案金额', '¥58,210.34')).fields.amountOverdue?.value).toBe(58210.34);
  });

  it('a company borrower: its name and phone, not its legal representative’s', () => {
    const company = section('借款企业', row('企业名称', '深圳市某某五金制品有限公司') + row('企业联系电话', '0755-2861****'));
    const rep = section('法定代表人', row('姓名', '黄国栋') + row('手机号码', '133****2718'));
    const ctx = read(company + rep);
    expect(ctx.fields.name?.value).toBe('深圳市某某五金制品有限公司');
    expect(ctx.fields.phone?.value).toBe('0755-2861****');
    expect(read(row('借款企业', '杭州某某科技有限公司')).fields.name?.value).toBe('杭州某某科技有限公司');
  });

  it("a company name yields to a person's name label: on a personal loan it is the employer", () => {
    const ctx = read(row('客户姓名', '李明') + section('工作信息', row('企业名称', '某某物流有限公司')));
    expect(ctx.fields.name?.value).toBe('李明');
  });
});

describe('labels that name something else', () => {
  it("a court's case number is no case of the collection system", () => {
    const ctx = read(`<table><tr><th>借款人</th><td>周敏</td><th>法院案号</th><td>(2026)川0108民初18842号</td></tr><tr><th>逾期金额</th><td>¥35,120.00</td></tr></table>`);
    expect(ctx.fields.caseId).toBeUndefined();
    expect(ctx.fields.name?.value).toBe('周敏');
  });
  it("a card's type yields to the product where both are shown", () => {
    const both = read(`<table><tr><th>客戶姓名</th><td>林志豪</td><th>卡別</th><td>鈦金商旅卡（正卡）</td></tr><tr><th>產品</th><td>信用卡帳單分期</td></tr></table>`, 'zh-TW');
    expect(both.fields.product?.value).toBe('信用卡帳單分期');
    expect(read(`<table><tr><th>客戶姓名</th><td>林志豪</td><th>卡別</th><td>鈦金商旅卡</td></tr></table>`, 'zh-TW').fields.product?.value).toBe('鈦金商旅卡');
  });
  it("an instalment plan's principal not yet billed is no outstanding principal", () => {
    expect(read(row('客戶姓名', '林志豪') + row('未到期本金', 'NT$27,498')).fields.principal).toBeUndefined();
  });
  it("Taiwan's ID number label (身分證字號) is never a value of the label before it", () => {
    expect(read(row('債務人姓名', '') + row('身分證字號', 'A12****789'), 'zh-TW').fields.name).toBeUndefined();
  });
  it('the current address beats the household registration; a street address gives its city', () => {
    const ctx = read(row('客户姓名', '程勇') + row('户籍地址', '湖北省恩施州利川市某村 3 组') + row('现居住址', '湖北省宜昌市西陵区夷陵大道 57 号'));
    expect(ctx.fields.region?.value).toBe('湖北省宜昌市');
    expect(read(row('客户姓名', '程勇') + row('经营地址', '广东省深圳市宝安区福永街道凤凰工业区B栋')).fields.region?.value).toBe('广东省深圳市');
  });
  it('New Zealand and Canadian dollars by their signs, and by the page when only "$" is written', () => {
    expect(detectCurrency('NZ$1,204.50')).toBe('NZD');
    expect(detectCurrency('CA$448,306.75')).toBe('CAD');
    expect(detectCurrency('C$12.00')).toBe('CAD');
    expect(detectCurrency('$12.00', 'en-NZ')).toBe('NZD');
    expect(detectCurrency('$12.00', 'en-CA')).toBe('CAD');
    expect(detectCurrency('Cash $12.00', 'en-US')).toBe('USD');
  });
});

describe('grids and tables', () => {
  it("a grid's next row header is never the value of the header before it (values placed elsewhere)", () => {
    const header = (t: string) => `<div class="g-row" role="row"><div class="g-cell" role="rowheader">${t}</div></div>`;
    const ctx = read(`<div role="grid"><div class="cells"><div role="row"><div role="gridcell">劉俊傑</div></div></div><div class="rh">${header('債務人姓名')}${header('婚姻狀況')}</div></div>`, 'zh-TW');
    expect(ctx.fields.name).toBeUndefined();
  });
  it("a row's cells are separate fields: a value never runs into the next label and its value", () => {
    const ctx = read(`<table><tr><td class="cell"><label>姓名</label></td><td class="cell"><span>王美玲</span></td></tr><tr><td class="cell"><label>居住縣市</label></td><td class="cell"><span>新北市板橋區</span></td><td class="cell"><label>任職公司</label></td><td class="cell"><span>宏＊科技股份有限公司</span></td></tr></table>`, 'zh-TW');
    expect(ctx.fields.region?.value).toBe('新北市板橋區');
    // Same-classed spans of one value are still joined.
    expect(parseFieldValue('region', '四川省 成都市', 'zh-CN')?.value).toBe('四川省 成都市');
    expect(read(`<div><label>所在地区</label><span class="v">四川省</span> <span class="v">成都市</span></div>`).fields.region?.value).toBe('四川省 成都市');
  });
});

describe('a name in two fields, and action texts', () => {
  const prop = (label: string, value: string) => `<div class="prop"><span class="prop-label">${label}</span><span class="prop-value">${value}</span></div>`;
  it('First name and Last name are joined when no label gives the whole name', () => {
    const ctx = read(prop('First Name', 'Gemma') + prop('Last Name', 'Whitfield-Hughes') + prop('Mobile', '+44 7*** ***219'), 'en-GB');
    expect(ctx.fields.name).toMatchObject({ value: 'Gemma Whitfield-Hughes', why: ['first-last-name'] });
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
  });
  it('…written whole with a middle name where the page title or top heading says so', () => {
    const ctx = read(`<h2>Aroha M. Parata</h2>${prop('First name', 'Aroha')}${prop('Last name', 'Parata')}`, 'en-NZ');
    expect(ctx.fields.name?.value).toBe('Aroha M. Parata');
  });
  it('a whole-name label wins; two people under the same halves are in doubt; halves in a co-borrower section are theirs', () => {
    expect(read(prop('Full name', 'Dana Keller') + prop('First name', 'Dana') + prop('Last name', 'Keller')).fields.name?.value).toBe('Dana Keller');
    const two = read(prop('First name', 'Declan') + prop('Last name', 'Fitzgerald') + prop('First name', 'Aoife') + prop('Last name', 'Fitzgerald'), 'en-IE');
    expect(two.fields.name!.confidence).toBeLessThan(0.7);
    const co = read(`${prop('First name', 'Declan')}${prop('Last name', 'Fitzgerald')}<section><h3>Co-borrower</h3>${prop('First name', 'Aoife')}${prop('Last name', 'Fitzgerald')}</section>`, 'en-IE');
    expect(co.fields.name).toMatchObject({ value: 'Declan Fitzgerald' });
  });
  it('a link or button that amends or raises something names no field and is no value', () => {
    const ctx = read(`<div class="toolbar"><a class="textbtn">Amend Customer</a> <a class="textbtn">Raise Collection Item</a></div>${prop('Days in excess', '47')}`, 'en-ZA');
    expect(ctx.fields.name).toBeUndefined();
  });
});

describe('queues, placeholders, badges and roles (probe27–29)', () => {
  const rows = [
    ['LIM Mei Hua', 'SG-PL-300418', '+65 9*** 3306', '1,420.60'],
    ['Muhammad Hafiz', 'SG-PL-300422', '+65 8*** 1180', '2,105.00'],
    ['TAN Wei Ling', 'SG-PL-300431', '+65 9*** 7712', '880.45'],
  ];
  const heads = ['Customer', 'Account', 'Mobile', 'Overdue'];
  it('a queue in a div table named by class (.thead .th / .tr .td) is a list: its total is not the debtor’s amount', () => {
    const table = `<div class="table"><div class="thead"><div class="tr">${heads.map((h) => `<div class="th">${h}</div>`).join('')}</div></div><div class="tbody">${rows.map((r) => `<div class="tr">${r.map((c) => `<div class="td">${c}</div>`).join('')}</div>`).join('')}</div></div>`;
    const ctx = read(`<div class="stat"><span>Total overdue</span><b>S$4,406.05</b></div>${table}`, 'en-SG');
    expect(ctx.page?.kind).toBe('list');
    expect(ctx.fields.amountOverdue?.confidence ?? 0).toBeLessThan(0.7);
  });
  it('an ARIA grid whose cells lack their role (only the first marked) is a list too', () => {
    const grid = `<div role="grid"><div role="row">${heads.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${rows.map((r) => `<div role="row">${r.map((c, i) => `<div${i ? '' : ' role="gridcell"'}>${c}</div>`).join('')}</div>`).join('')}</div>`;
    const ctx = read(`<p>逾期总额 Total overdue: S$4,406.05</p>${grid}`, 'zh-SG');
    expect(ctx.page?.kind).toBe('list');
  });
  it('a bilingual placeholder ("无 none", "無 / N/A") is no value', () => {
    expect(parseFieldValue('name', '无 none', 'zh-SG')).toBeNull();
    expect(parseFieldValue('text', '無 / N/A', 'zh-TW')).toBeNull();
    expect(parseFieldValue('region', '无锡', 'zh-CN')?.value).toBe('无锡');
  });
  it('a tag drawn beside a name in its cell is no part of it, before or after', () => {
    const after = read('<table><tr><th>姓名</th><td><span>陈思雨 <div class="n-tag n-tag--round"><span class="n-tag__content">投诉敏感</span></div></span></td></tr><tr><th>逾期金额</th><td>¥3,200.00</td></tr></table>');
    expect(after.fields.name?.value).toBe('陈思雨');
    const before = read('<table><tr><th>姓名</th><td><span class="badge">VIP</span>王磊</td></tr><tr><th>逾期金额</th><td>¥3,200.00</td></tr></table>');
    expect(before.fields.name?.value).toBe('王磊');
  });
  it('a role is no name: a card subtitle under a 借款人 title is passed over', () => {
    expect(parseFieldValue('name', '主借款人 · 私人分期貸款', 'zh-HK')).toBeNull();
    expect(parseFieldValue('name', '擔保人', 'zh-HK')).toBeNull();
    expect(parseFieldValue('name', '主借人 宋佳豪', 'zh-CN')?.value).toBe('宋佳豪');
  });
});

describe('core-banking screens and web components (probe30–32)', () => {
  it('reads dotted 3270 labels and core-system abbreviations; a trustee’s phone is not the debtor’s', () => {
    const line = (label: string, value: string) => `<span class="row"><span class="f">${label}</span> <span class="f int">${value}</span></span>\n`;
    const ctx = read(`<pre>${line('NAME . . . . :', 'HOLLOWAY, JANET')}${line('TRUSTEE TEL  :', '0161 *** 8810')}${line('TEL HOME . . :', '0161 *** 0492')}${line('DAYS O/D . . :', '096')}${line('LAST PAY DT  :', '14/07/2026')}</pre>`, 'en-GB');
    expect(ctx.fields.phone?.value).toBe('0161 *** 0492');
    expect(ctx.fields.daysPastDue?.value).toBe(96);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-07-14');
    const dna = read(`<dl><dt>Acct Nbr</dt><dd>4418827-L0147</dd><dt>Days Delq</dt><dd>38</dd><dt>Princ Bal</dt><dd>$14,220.61</dd><dt>City/St</dt><dd>Chicago, IL</dd></dl>`, 'en-US');
    expect(dna.fields).toMatchObject({ accountId: { value: '4418827-L0147' }, daysPastDue: { value: 38 }, principal: { value: 14220.61 }, region: { value: 'Chicago, IL' } });
  });
  it("a tab strip's caption ('Loan 0147') is no account number", () => {
    const ctx = read(`<div class="k-tabstrip"><ul class="k-tabstrip-items"><li class="k-item k-state-active"><span class="k-link">Loan 0147</span></li><li class="k-item"><span class="k-link">Share 0001</span></li></ul></div><dl><dt>Member</dt><dd>Harlan Pruitt</dd><dt>Past Due Amt</dt><dd>$1,204.00</dd></dl>`, 'en-US');
    expect(ctx.fields.accountId).toBeUndefined();
  });
  it("a list's next section header is no value of the one before ('Guarantor', then 'Promises')", () => {
    const header = (t: string) => `<div class="list-header"><span>${t}</span></div>`;
    const item = (l: string, v: string) => `<div class="item"><span class="label">${l}</span><span class="note">${v}</span></div>`;
    const ctx = read(`${item('Borrower', 'Marcus Bell')}${item('Past due', '$640.00')}${header('Guarantor')}${header('Promises')}${item('10/15/2026', 'Broken')}`, 'en-US');
    expect(ctx.fields.guarantor).toBeUndefined();
  });
  it('a kit label naming its field by id (for=) reads the input in that field’s shadow root, as shown', () => {
    const field = (id: string, label: string, value: string) =>
      `<div class="field"><sp-field-label for="${id}">${label}</sp-field-label><sp-textfield id="${id}" readonly><template shadowrootmode="open"><div id="textfield"><input class="input" readonly value="${value}"></div></template></sp-textfield></div>`;
    const ctx = read(field('f1', '借款人', '陳志豪') + field('f6', '產品', '汽車貸款（中古車）') + field('f7', '車號', 'BKR-**87') + field('f8', '逾期金額', 'NT$38,400'), 'zh-TW');
    expect(ctx.fields.product?.value).toBe('汽車貸款（中古車）');
    expect(ctx.fields.amountOverdue?.value).toBe(38400);
  });
  it("a card that draws its title before its slot titles what is projected into it: a guarantor card's name is theirs", () => {
    const card = (title: string, body: string) => `<x-card><template shadowrootmode="open"><div class="header"><div class="title-text">${title}</div></div><slot></slot></template><div class="card-content">${body}</div></x-card>`;
    const ctx = read(card('借款人', row('手機', '0958-***-112') + row('逾期金額', 'NT$54,210')) + card('保證人', row('姓名', '黃美玲') + row('手機', '0910-***-334')), 'zh-TW');
    expect(ctx.fields.name?.value ?? null).not.toBe('黃美玲');
    expect(ctx.fields.phone?.value).toBe('0958-***-112');
    expect(ctx.fields.guarantor?.value).toBe('黃美玲');
  });
});

describe('call bars, full-width hosts and Asia-Pacific money (probe33–35)', () => {
  it('dots grouping thousands: twice or more, or once in rupiah and dong; Rp, ₫ and ฿ name their currencies', () => {
    expect(parseAmount('Rp 1.250.000', 'en')).toEqual({ value: 1250000, currency: 'IDR' });
    expect(parseAmount('Rp 833.400', 'en')).toEqual({ value: 833400, currency: 'IDR' });
    expect(parseAmount('12.480.000 ₫', 'en')).toEqual({ value: 12480000, currency: 'VND' });
    expect(parseAmount('฿12,300.00', 'en')).toEqual({ value: 12300, currency: 'THB' });
    // One dot elsewhere is still a decimal point; "1.234,56" still European.
    expect(parseAmount('$1.25', 'en-US')?.value).toBe(1.25);
    expect(parseAmount('1.234,56 €', 'de')?.value).toBe(1234.56);
  });
  it('a section title naming the other party in brackets ("負責人（連帶保證人）") is theirs; so is a Nominee', () => {
    const desc = (title: string, rows: string) => `<div class="ant-descriptions"><div class="ant-descriptions-header"><div class="ant-descriptions-title">${title}</div></div><table><tbody>${rows}</tbody></table></div>`;
    const tr = (l: string, v: string) => `<tr><th>${l}</th><td>${v}</td></tr>`;
    const ctx = read(desc('借款人', tr('戶名', '宏昇精密工業有限公司') + tr('公司電話', '(04)2560-**88') + tr('逾期金額', 'NT$312,780')) + desc('負責人（連帶保證人）', tr('姓名', '陳宏昇') + tr('手機', '0928-***-661')), 'zh-TW');
    expect(ctx.fields.phone?.value).not.toBe('0928-***-661');
    const nominee = read(`<div class="card"><div class="card-header">Borrower</div><dl><dt>Name</dt><dd>Lakshmi Narayanan S.</dd><dt>Overdue</dt><dd>₹18,400</dd></dl></div><div class="card"><div class="card-header">Nominee</div><dl><dt>Name</dt><dd>Narayanan Subramanian</dd></dl></div>`, 'en-IN');
    expect(nominee.fields.name?.value).toBe('Lakshmi Narayanan S.');
  });
  it('the registered mobile wins over a backup number being dialled into a ticket form', () => {
    const ctx = read('<table><tr><th>注册手机</th><td>150****3318</td><th>备用手机</th><td>177****5402</td></tr></table><div class="wo-row"><label>联系电话</label><input type="text" value="177****5402"></div><div><label>客户姓名</label><span>孙立群</span></div>');
    expect(ctx.fields.phone?.value).toBe('150****3318');
  });
  it('a case number in brackets keeps no closing bracket it did not open', () => {
    expect(parseFieldValue('id', 'WO-115-0063）', 'zh-TW')?.value).toBe('WO-115-0063');
    expect(parseFieldValue('id', 'CS-0042(A12)', 'zh-TW')?.value).toBe('CS-0042(A12)');
  });
});

describe('labels above values (probe36)', () => {
  it("a kit's vertical descriptions (a row of label cells over a row of values, block after block) pairs by column", () => {
    const labelRow = (ls: string[]) => `<tr class="d-row">${ls.map((l) => `<td class="d-item-label">${l}</td>`).join('')}</tr>`;
    const valueRow = (vs: string[]) => `<tr class="d-row">${vs.map((v) => `<td class="d-item-value">${v}</td>`).join('')}</tr>`;
    const ctx = read(`<table>${labelRow(['姓名', '身份证号', '手机号', '户籍地'])}${valueRow(['郝俊峰', '3707**********1536', '131****4471', '山东省潍坊市'])}${labelRow(['现居住地', '单位', '逾期金额', '逾期天数'])}${valueRow(['山东省青岛市黄岛区', '青岛某某物流有限公司', '¥8,420.00', '38'])}</table>`);
    expect(ctx.fields).toMatchObject({ name: { value: '郝俊峰' }, phone: { value: '131****4471' }, region: { value: '山东省青岛市黄岛区' }, amountOverdue: { value: 8420 }, daysPastDue: { value: 38 } });
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('Macau, debt buyers and bilingual labels (probe39–41)', () => {
  it('money beside a date is never the date’s year; MOP is known; "1,402 天" is 1402 days', () => {
    expect(moneyIn('12/07/2026 MOP 4,000.00')).toBe('MOP 4,000.00');
    expect(moneyIn('3,000 TWD 115/09/18')).toBe('3,000 TWD');
    expect(parseAmount('25/10/2026 · MOP$ 1.500,00', 'zh-MO')).toEqual({ value: 1500, currency: 'MOP' });
    expect(parseFieldValue('days', '1,402 天', 'zh-TW')?.value).toBe(1402);
  });
  it('a status tag beside the title is no name; the Portuguese half of a label is no value', () => {
    expect(parseFieldValue('name', '逾期', 'zh-TW')).toBeNull();
    expect(parseFieldValue('name', '結清', 'zh-TW')).toBeNull();
    const macau = read('<div class="form-group"><label class="control-label"><span>姓名</span> <span class="pt">Nome</span></label><div><p class="form-control-static">施文德 Fernando Manuel SI</p></div></div><div class="form-group"><label><span>逾期金額</span></label><div><p>MOP 12,400.00</p></div></div>', 'zh-MO');
    expect(macau.fields.name?.value ?? null).not.toBe('Nome');
  });
  it('"無紀錄" under the last payment: no payment, and nothing else in its row stands in for one', () => {
    const ctx = read('<table><tr><th>債務人</th><td>蔡明哲</td><th>最後繳款</th><td>無紀錄</td></tr><tr><th>逾期起日</th><td>2024-02-10</td><th>積欠總額</th><td>NT$401,266</td></tr></table>', 'zh-TW');
    expect(ctx.fields.lastPaymentDate).toBeUndefined();
    expect(ctx.fields.lastPaymentAmount).toBeUndefined();
  });
  it("the original creditor's limit and principal (原信用額度, 讓與時本金) are not the debtor's", () => {
    const ctx = read('<table><tr><th>債務人</th><td>蔡明哲</td><th>逾期金額</th><td>NT$186,420</td></tr><tr><th>原信用額度</th><td>NT$150,000</td><th>讓與時本金</th><td>NT$98,711</td></tr></table>', 'zh-TW');
    expect(ctx.fields.creditLimit).toBeUndefined();
    expect(ctx.fields.principal).toBeUndefined();
  });
});
