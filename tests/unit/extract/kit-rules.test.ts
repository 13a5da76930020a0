// General DOM rules found on the probe pages, each on a small generic snippet (no kit's classes
// needed): a colon element between label box and value, aria-labelledby to a bare label, gender
// tails, another party's section, ARIA tables as lists, column headers, bare "$", separators,
// repayment history, and the labels added to the dictionary.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { defaultDictionary } from '@/lib/extract/dictionary';
import { parseFieldValue } from '@/lib/extract/fields';
import { inOtherPartySection } from '@/lib/extract/sections';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { snippetPages } from './helpers';

// As the content script reads once the detail readers are injected (entrypoints/detail-reader.ts).
const pages = snippetPages();
afterEach(pages.close);
const read = pages.read;

const item = (label: string, value: string) =>
  `<div class="item"><div class="lbl"><div class="lbl-text"><label>${label}</label></div><span class="c">:</span></div><div class="ctl"><div class="v">${value}</div></div></div>`;

describe('label, colon element, value', () => {
  it('pairs a label whose colon is its own element after the label box', () => {
    const ctx = read(item('客户姓名', '郑雅文') + item('逾期金额', '¥38,905.00') + item('案件编号', 'CC-2026-015'));
    expect(ctx.fields.name).toMatchObject({ value: '郑雅文' });
    expect(ctx.fields.amountOverdue?.value).toBe(38905);
    expect(ctx.fields.caseId?.value).toBe('CC-2026-015');
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('aria-labelledby to a label with no control', () => {
  it('reads the element naming the label by an id with any characters', () => {
    const field = (id: string, label: string, value: string) =>
      `<div class="row"><div class="l"><span><label id="${id}|label" for="${id}|input">${label}</label></span></div>` +
      `<div class="v"><div><div><div role="textbox" aria-readonly="true" aria-labelledby="${id}|label">${value}</div></div></div></div></div>`;
    const ctx = read(`<div class="form">${field('n', '客户姓名', '唐晓峰')}${field('p', '移动电话', '150****8826')}</div>`);
    expect(ctx.fields.name?.value).toBe('唐晓峰');
    expect(ctx.fields.phone?.value).toBe('150****8826');
  });
});

describe('names with a gender or honorific', () => {
  it('strips only a tail behind a clear separator', () => {
    expect(parseFieldValue('name', '陈志明 / 男', 'zh-CN')?.value).toBe('陈志明');
    expect(parseFieldValue('name', '郑雅文（女）', 'zh-TW')?.value).toBe('郑雅文');
    expect(parseFieldValue('name', '王建国 先生', 'zh-CN')?.value).toBe('王建国');
    expect(parseFieldValue('name', 'Emily Carter / Ms', 'en')?.value).toBe('Emily Carter');
    expect(parseFieldValue('name', 'Lee, Mrs.', 'en')?.value).toBe('Lee');
    // No separator: the text is kept as it is (a surname with 先生 is not cut to one character).
    expect(parseFieldValue('name', '王先生', 'zh-CN')?.value).toBe('王先生');
    expect(parseFieldValue('name', '男', 'zh-CN')?.value).toBe('男');
  });
});

describe("another party's section", () => {
  const table = (rows: string) => `<table><thead><tr><th>姓名</th><th>关系</th><th>手机号</th></tr></thead><tbody>${rows}</tbody></table>`;
  it("does not take a co-borrower's name and phone for the debtor's", () => {
    const ctx = read(
      `<section><div class="head"><div class="title">借款人信息</div></div><div class="body"><table><tr><td>借款人</td><td>周佳怡</td><td>联系电话</td><td>177****6203</td></tr></table></div></section>` +
        `<section><div class="head"><div class="title">共同借款人</div></div><div class="body">${table('<tr><td>吴志强</td><td>配偶</td><td>136****9081</td></tr>')}</div></section>`,
    );
    expect(ctx.fields.name).toMatchObject({ value: '周佳怡' });
    expect(ctx.fields.name!.why).not.toContainEqual(expect.stringMatching(/^ambiguous/));
    expect(ctx.fields.phone?.value).toBe('177****6203');
  });

  it('knows headings, captions and legends; a plain label of another party in a flat list is not a title', () => {
    const page = pages.from(
      `<html><body><h4>保證人</h4><table><tr><td id="a">鄭國雄</td></tr></table>` +
        `<table><caption>Emergency Contact</caption><tbody><tr><td id="b">Jane Doe</td></tr></tbody></table>` +
        `<fieldset><legend>借款人</legend><div><span id="c">李四</span></div></fieldset>` +
        `<dl><dt>担保人</dt><dd>王五</dd><dt>手机号</dt><dd id="d">138****0000</dd></dl></body></html>`,
    );
    const $ = (id: string) => page.doc.getElementById(id)!;
    expect(inOtherPartySection($('a'))).toBe(true);
    expect(inOtherPartySection($('b'))).toBe(true);
    expect(inOtherPartySection($('c'))).toBe(false);
    expect(inOtherPartySection($('d'))).toBe(false);
  });

  it('passes over a tab bar that names contacts', () => {
    const page = pages.from(`<html><body><div class="tabs-header"><div role="tab">联系人</div><div role="tab">基本信息</div></div><div><span id="v">周佳怡</span></div></body></html>`);
    expect(inOtherPartySection(page.doc.getElementById('v')!)).toBe(false);
  });
});

describe('ARIA tables', () => {
  const queue = (extra = '') =>
    `${extra}<div role="table"><div role="rowgroup"><div role="row"><div role="columnheader">Borrower</div><div role="columnheader">Card</div><div role="columnheader">Past due</div></div></div>` +
    `<div role="rowgroup">${['Oliver Bennett|**** 5521|$1,980.25', 'Sophia Patel|**** 0913|$7,412.00', 'Noah Williams|**** 3348|$612.10']
      .map((r) => `<div role="row">${r.split('|').map((c) => `<div role="cell">${c}</div>`).join('')}</div>`)
      .join('')}</div></div>`;

  it('reads a div-based role=table queue as a list, never pairing two column headers', () => {
    const ctx = read(queue(), 'en');
    expect(ctx.page?.kind).toBe('list');
    expect(ctx.fields.name).toBeUndefined();
  });

  it('shows nothing on a list page as fact (a queue total above it)', () => {
    const ctx = read(queue('<label for="t">Total past due</label><input id="t" readonly value="$41,906.35">'), 'en');
    expect(ctx.page?.kind).toBe('list');
    expect(ctx.fields.amountOverdue?.confidence ?? 0).toBeLessThan(0.7);
  });
});

describe('currency of a bare "$"', () => {
  const form = (date: string) =>
    `<label for="a">Amount past due</label><span><span>$</span><input id="a" readonly value="3,412.90"></span>` +
    `<label for="d">Last payment date</label><input id="d" readonly value="${date}">`;
  it('is USD on an English page that writes dates month first', () => {
    const ctx = read(form('09/14/2026'), 'en');
    expect(ctx.fields.amountOverdue?.value).toBe(3412.9);
    expect(ctx.fields.currency).toMatchObject({ value: 'USD' });
    expect(ctx.fields.currency!.confidence).toBeGreaterThanOrEqual(0.7);
  });
  it('is not guessed when the dates are day first', () => {
    const ctx = read(form('14/09/2026'), 'en');
    expect(ctx.fields.currency).toBeUndefined();
  });
});

describe('separators after an id', () => {
  it('reads an inline case number before "·" and drops a trailing separator', () => {
    const ctx = read('<div class="sub">案件号 NB-2026-11-02217 · <span>M4</span></div><table><tr><td>客户姓名</td><td>邵文静</td></tr></table>');
    expect(ctx.fields.caseId?.value).toBe('NB-2026-11-02217');
    expect(parseFieldValue('id', 'CS-7788-01 |', 'zh-CN')?.value).toBe('CS-7788-01');
  });
});

describe('repayment history', () => {
  it('takes the newest payment (by date) when no label names the last payment', () => {
    const ctx = read(
      '<table><tr><td>客户姓名</td><td>周佳怡</td><td>案件编号</td><td>CSD-2026-00417</td></tr></table>' +
        '<div><div class="head">还款记录</div><div><div><table><thead><tr><th>期数</th><th>实还日期</th><th>实还金额</th></tr></thead><tbody>' +
        '<tr><td>5</td><td>2026-08-11</td><td>3,000.00</td></tr><tr><td>7</td><td>2026-10-15</td><td>3,000.00</td></tr><tr><td>6</td><td>2026-09-11</td><td>2,500.00</td></tr>' +
        '</tbody></table></div></div></div>',
    );
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-10-15');
    expect(ctx.fields.lastPaymentAmount?.value).toBe(3000);
    expect(ctx.crmHistory).toBeUndefined();
  });

  it('never reads a schedule of instalments due', () => {
    const ctx = read(
      '<table><tr><td>客户姓名</td><td>周佳怡</td></tr></table><h3>还款明细</h3><table><thead><tr><th>应还日期</th><th>应还金额</th></tr></thead><tbody><tr><td>2026-12-15</td><td>3,000.00</td></tr></tbody></table>',
    );
    expect(ctx.fields.lastPaymentDate).toBeUndefined();
  });

  it('reads nothing from a table with dates after today (a schedule, whatever its columns say)', () => {
    const next = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const ctx = read(
      `<table><tr><td>客户姓名</td><td>周佳怡</td></tr></table><h3>还款记录</h3><table><thead><tr><th>还款日期</th><th>还款金额</th></tr></thead><tbody><tr><td>2026-01-15</td><td>3,000.00</td></tr><tr><td>${next}</td><td>3,000.00</td></tr></tbody></table>`,
    );
    expect(ctx.fields.lastPaymentDate).toBeUndefined();
  });
});

describe('labels added', () => {
  it.each([
    ['末次繳款日', 'lastPaymentDate'],
    ['末次繳款額', 'lastPaymentAmount'],
    ['放款餘額', 'principal'],
    ['催收单号', 'caseId'],
    ['流程編號', 'caseId'],
    ['通訊地址', 'region'],
    ['Mailing City', 'region'],
  ])('%s → %s', (label, field) => {
    expect(defaultDictionary().match(label)?.field).toBe(field);
  });
  it('reads an address line as a region, and a street address (house number, street) as its city only', () => {
    expect(read('<table><tr><th>通訊地址</th><td>台中市西屯區</td></tr></table>').fields.region?.value).toBe('台中市西屯區');
    expect(read('<table><tr><th>通讯地址</th><td>北京市朝阳区建国路88号</td></tr></table>').fields.region?.value).toBe('北京市朝阳区');
    expect(parseFieldValue('region', '上海市浦东新区张江路5弄', 'zh-CN')?.value).toBe('上海市浦东新区');
    expect(parseFieldValue('region', '广东省广州市海珠区江南大道中 188 号', 'zh-CN')?.value).toBe('广东省广州市');
    expect(parseFieldValue('region', '湖北省恩施州利川市都亭街道 12 号', 'zh-CN')?.value).toBe('湖北省恩施州');
    // A street address with no city to cut out is no region.
    expect(parseFieldValue('region', '建国路88号', 'zh-CN')).toBeNull();
  });
  it('names a workflow number and an address less surely than a case number and a region', () => {
    expect(defaultDictionary().match('流程編號')!.score).toBeLessThan(defaultDictionary().match('案件編號')!.score);
    expect(defaultDictionary().match('通訊地址')!.score).toBeLessThan(defaultDictionary().match('所在地區')!.score);
  });
});

describe('session 8 probe pages: rows, captions, other parties, dates', () => {
  it("reads a row's value kept in its 'extra' beside the label, and a label with a caption under it", () => {
    const row = (label: string, value: string, caption = '') =>
      `<div class="list-item"><div class="list-item-main">${label}${caption && `<div class="list-item-description">${caption}</div>`}</div><div class="list-item-extra">${value}</div></div>`;
    const ctx = read(row('客户姓名', '蒋文涛') + row('应还未还', '¥14,581.66', '含本金、利息、罚息') + row('现居地', '浙江省杭州市萧山区'));
    expect(ctx.fields.name?.value).toBe('蒋文涛');
    expect(ctx.fields.amountOverdue?.value).toBe(14581.66);
    expect(ctx.fields.region?.value).toBe('浙江省杭州市萧山区');
  });

  it('a form help text after the control is still no value', () => {
    const ctx = read('<div class="form-item"><label for="n">客户姓名</label><div class="form-item-control"><input id="n" readonly value="张伟"><div class="form-item-extra">请与证件一致</div></div></div>');
    expect(ctx.fields.name?.value).toBe('张伟');
  });

  it("a co-signer's or co-borrower's phone and name are not the debtor's, even when the last word is a field's", () => {
    const ctx = read(
      '<table><tr><td><label>Name:</label></td><td>Dana Whitfield</td><td><label>Phone (home):</label></td><td>(901) ***-**73</td></tr>' +
        '<tr><td><label>Co-signer:</label></td><td>Yvonne Whitaker</td><td><label>Co-signer phone:</label></td><td>(901) ***-**19</td></tr></table>',
      'en',
    );
    expect(ctx.fields.phone).toMatchObject({ value: '(901) ***-**73' });
    expect(ctx.fields.phone!.why).not.toContain('ambiguous:(901) ***-**19');
    expect(ctx.fields.guarantor?.value).toBe('Yvonne Whitaker');
    const co = read('<fieldset><legend>共同借款人</legend><label>姓名</label><span>吕芳</span><label>手机号码</label><span>139****1162</span></fieldset>' +
      '<div><label>客户姓名</label><span>王建国</span></div><div><label>手机号码</label><span>133****8204</span></div>');
    expect(co.fields.name?.value).toBe('王建国');
    expect(co.fields.phone?.value).toBe('133****8204');
  });

  it('reads the principal left over the principal lent, and generated last-payment labels', () => {
    const ctx = read(item('借款本金', '¥80,000.00') + item('剩余未还本金', '¥52,306.90') + item('最后还款额', '¥4,686.30') + item('末次入账日', '2026-08-20'));
    expect(ctx.fields.principal?.value).toBe(52306.9);
    expect(ctx.fields.lastPaymentAmount?.value).toBe(4686.3);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-08-20');
  });

  it('English delinquency labels; a month written out settles the date order (and a bare $ as USD)', () => {
    const ctx = read(item('Borrower', 'Marcus Hale') + item('Total amount delinquent', '$1,204.60') + item('Last payment received', 'Sep 12, 2026') + item('Statement date', '10/03/2026'), 'en');
    expect(ctx.fields.amountOverdue?.value).toBe(1204.6);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-09-12');
    expect(ctx.fields.currency?.value).toBe('USD');
    // Written day first, the page is not read as a US one.
    const uk = read(item('Borrower', 'Marcus Hale') + item('Amount delinquent', '$1,204.60') + item('Last payment', '12 Sep 2026'), 'en');
    expect(uk.fields.currency).toBeUndefined();
  });

  it('dates: DD-MON-YYYY, a 民國 date beside the money it paid; the money beside a date is only what the currency marks', () => {
    expect(parseFieldValue('date', '12-JUL-2026', 'zh-TW')).toEqual({ value: '2026-07-12' });
    expect(parseFieldValue('date', 'Aug 3rd, 2026', 'en')).toEqual({ value: '2026-08-03' });
    expect(parseFieldValue('date', '3rd August 2026', 'en-GB')).toEqual({ value: '2026-08-03' });
    // Dots grouping thousands and a comma before the cents: never 1.23.
    expect(parseFieldValue('amount', '€1.234,56', 'de')).toEqual({ value: 1234.56, currency: 'EUR' });
    expect(parseFieldValue('amount', '12,680.50', 'zh-CN')).toEqual({ value: 12680.5 });
    expect(parseFieldValue('date', '115年8月25日', 'zh-TW')).toEqual({ value: '2026-08-25' });
    expect(parseFieldValue('date', '115/08/25　NT$12,480', 'zh-TW')).toEqual({ value: '2026-08-25' });
    expect(parseFieldValue('date', '115/08/25', 'zh-CN')).toBeNull();
    expect(parseFieldValue('amount', '115/08/25　NT$12,480', 'zh-TW')).toEqual({ value: 12480, currency: 'TWD' });
    expect(parseFieldValue('amount', '2026-05-20 还款 ¥1,000.00', 'zh-CN')).toMatchObject({ value: 1000 });
    expect(parseFieldValue('amount', '115/08/25', 'zh-TW')).toBeNull();
    expect(parseFieldValue('amount', '2026-09-18', 'zh-CN')).toBeNull();
    const ctx = read(item('客戶姓名', '陳志明') + item('最近繳款', '115/08/25　NT$12,480'), 'zh-TW');
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-08-25');
    expect(ctx.fields.lastPaymentAmount?.value).toBe(12480);
  });

  it('a spaced case number ends at a spaced separator', () => {
    const ctx = read('<div class="card"><div class="title">蒋文涛</div><div class="body">案件编号 AJ-HZ-2611-03318 · 分配给 许文静</div></div>' + item('逾期金额', '¥14,581.66'));
    expect(ctx.fields.caseId?.value).toBe('AJ-HZ-2611-03318');
  });
});

describe('other people on the page (session 8)', () => {
  it('a table with a relationship column lists other people; a section titled for an authorized user or third party is theirs', () => {
    const ctx = read(
      item('Arrears balance', '£742.50') + item('Days in arrears', '38') +
        '<h6>Third-party authority</h6><table><thead><tr><th>Name</th><th>Relationship</th><th>Phone</th></tr></thead><tbody><tr><td>Imran Rahman</td><td>Brother</td><td>07*** ***109</td></tr></tbody></table>' +
        '<h3>Authorized user</h3><div><label>Name</label><span>Ryan Sullivan</span></div>',
      'en-GB',
    );
    expect(ctx.fields.name).toBeUndefined();
    expect(ctx.fields.phone).toBeUndefined();
    expect(ctx.fields.amountOverdue?.value).toBe(742.5);
  });

  it("a property sheet's group row naming another party titles the rows below it, not a label beside its own value", () => {
    const line = (l: string, v: string) => `<div class="prop-line"><div class="prop-label">${l}</div><div class="prop-value">${v}</div></div>`;
    const ctx = read(line('逾期金額', 'NT$19,870') + '<div class="prop-line"><div class="prop-group">保證人</div></div>' + line('姓名', '謝明德') + line('手機號碼', '0912-***-678'), 'zh-TW');
    expect(ctx.fields.name).toBeUndefined();
    expect(ctx.fields.phone).toBeUndefined();
    // A co-borrower label with its own value (an input) is no group title of the rows after it.
    const row = (l: string, v: string) => `<div class="form-group row"><label>${l}</label><div><input readonly value="${v}"></div></div>`;
    const own = read(row('Borrower', 'Dana Whitfield') + row('Co-Borrower', 'Jane Whitfield') + row('Phone', '139****6120'), 'en');
    expect(own.fields.phone?.value).toBe('139****6120');
  });
});

describe('the debtor named only by the title of their details (session 8)', () => {
  const details = item('逾期金额', '¥24,780.36') + item('逾期天数', '57') + item('手机号码', '138****6641');

  it('reads a Chinese name with a common surname from the title before the fields, badge and number aside', () => {
    const ctx = read(`<div class="case-head"><h2>吴志远 <small>案件号 CS-WZ-2611-0386</small></h2></div>${details}`);
    expect(ctx.fields.name).toMatchObject({ value: '吴志远', source: { method: 'title' }, why: ['title'] });
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
    const card = read(`<div class="card"><div class="card__header"><span class="card__header-title">蔣雨桐</span><span class="tag">M4</span></div><div class="card__body">${details}</div></div>`, 'zh-TW');
    expect(card.fields.name?.value).toBe('蔣雨桐');
    expect(read(`<div class="card"><h3 class="card-title">蔡宗翰 先生</h3></div>${details}`, 'zh-TW').fields.name?.value).toBe('蔡宗翰');
  });

  it('a Latin name is shown for checking unless the page title or a selected queue row repeats it', () => {
    const en = (rows = '') => `${rows}<section><h6 class="section-header-title">Aisha Rahman</h6>${item('Arrears balance', '£742.50')}${item('Days in arrears', '38')}</section>`;
    const alone = read(en(), 'en-GB');
    expect(alone.fields.name?.value).toBe('Aisha Rahman');
    expect(alone.fields.name!.confidence).toBeLessThan(0.7);
    const queued = read(en('<table><tr><th>Borrower</th><th>Balance</th></tr><tr aria-selected="true"><td>Aisha Rahman</td><td>£742.50</td></tr></table>'), 'en-GB');
    expect(queued.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('knows Latin names with accents, apostrophes, hyphens and a middle initial (for checking)', () => {
    for (const name of ['Siobhán Ní Bhriain', "Liam O'Sullivan", 'Maria L. Okonkwo', 'Gemma Whitfield-Hughes']) {
      const ctx = read(`<section><h2 class="title">${name}</h2>${item('Arrears balance', '€742.50')}${item('Days in arrears', '38')}</section>`, 'en-IE');
      expect(ctx.fields.name?.value, name).toBe(name);
      expect(ctx.fields.name!.confidence).toBeLessThan(0.7);
    }
  });

  it('never takes a section title, a label, a title in the page header, a list row, or a title with a name label on the page', () => {
    for (const title of ['基本信息', '金额明细', '借款資料', 'Account Summary', 'Payment History', '客户姓名'])
      expect(read(`<h3>${title}</h3>${details}`).fields.name, title).toBeUndefined();
    expect(read(`<header><h1>王琳</h1></header>${details}`).fields.name).toBeUndefined();
    expect(read(`<div class="navbar"><span class="brand-title">催收工作台</span><span class="user-name">王琳</span></div>${details}`).fields.name).toBeUndefined();
    expect(read(`<ul><li><span class="item-name">李娜</span></li></ul>${details}`).fields.name).toBeUndefined();
    // A surname outside the common ones is not guessed from a title.
    expect(read(`<h2>禤浩然</h2>${details}`).fields.name).toBeUndefined();
    const labelled = read(`<h2>吴志远</h2>${item('客户姓名', '吴志远')}${details}`);
    expect(labelled.fields.name?.source.method).not.toBe('title');
  });

  it("another party's section title is not the debtor's name", () => {
    const ctx = read(`<h4>担保人</h4><div class="card"><h5 class="card-title">周立新</h5></div>${details}`);
    expect(ctx.fields.name).toBeUndefined();
    // The same title with no party named before it is the debtor's.
    expect(read(`<div class="card"><h5 class="card-title">周立新</h5></div>${details}`).fields.name?.value).toBe('周立新');
  });
});

describe('more rows and hints (session 8, probe3)', () => {
  it("a row's extra after the label's box (title and note) is the value; a bracketed hint is part of the label", () => {
    const row = (label: string, note: string, value: string) =>
      `<div class="list__item"><div class="item-content"><div class="item-content__info"><div class="item-content__info-title">${label}</div><div class="item-content__info-note">${note}</div></div></div><div class="list__item-extra"><div class="item-extra__info">${value}</div></div></div>`;
    const ctx = read(row('客户姓名', '本人', '蒋雨桐') + row('当前逾期应还', '含本金 ¥3,800.00 利息 ¥386.25', '¥4,306.25'));
    expect(ctx.fields.amountOverdue?.value).toBe(4306.25);
    const en = read('<div class="group"><label for="a">Account number <span class="muted">(masked)</span></label><input id="a" readonly value="****7713"></div>' +
      '<div class="group"><label for="t">Town / county</label><input id="t" readonly value="Leeds, West Yorkshire"></div>' + item('Arrears balance', '£742.50'), 'en-GB');
    expect(en.fields.accountId?.value).toBe('****7713');
    expect(en.fields.region?.value).toBe('Leeds, West Yorkshire');
  });

  it("a kit's title row naming a co-borrower's details ends the debtor's: their phone is not a rival", () => {
    const field = (l: string, v: string) => `<div class="form-element"><div class="form-group"><label>${l}</label><input readonly value="${v}"></div></div>`;
    const title = (t: string) => `<div class="form-element"><div class="form-group form-text"><span class="form-text__title">${t}</span></div></div>`;
    const ctx = read(title('基本信息') + `<div class="form-row">${field('客户姓名', '邱文博')}${field('手机号码', '152****7016')}${field('逾期金额', '¥8,800.00')}</div>` +
      title('共同借款人信息') + `<div class="form-row">${field('姓名', '林小雨')}${field('手机号码', '133****4580')}</div>`);
    expect(ctx.fields.phone).toMatchObject({ value: '152****7016' });
    expect(ctx.fields.phone!.why).not.toContain('ambiguous:133****4580');
    expect(ctx.fields.name?.value).toBe('邱文博');
  });
});

describe('other parties and values (session 8, probe4)', () => {
  it("a title naming another party that is no label (緊急聯絡人, an accordion's Authorized user, 附卡持卡人) marks their section", () => {
    const dl = (rows: [string, string][]) => `<dl>${rows.map(([l, v]) => `<div class="item"><dt>${l}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
    const tw = read(`<h1>蔡宗翰</h1>${dl([['逾期金額', 'NT$9,860'], ['手機', '0968-***-731']])}<div class="card"><h2>緊急聯絡人</h2>${dl([['姓名', '蔡美玉'], ['手機', '0910-***-245']])}</div>`, 'zh-TW');
    expect(tw.fields.name?.value).not.toBe('蔡美玉');
    expect(tw.fields.phone).toMatchObject({ value: '0968-***-731' });
    expect(tw.fields.phone!.why).not.toContain('ambiguous:0910-***-245');
    const en = read(`${item('Name', 'Megan Walsh')}${item('Phone', '+1 (614) ***-0142')}<div class="accordion"><div class="header"><button aria-expanded="true">Authorized user</button></div><section>${item('Name', 'Derek Walsh')}${item('Phone', '+1 (614) ***-7730')}</section></div>`, 'en');
    expect(en.fields.name).toMatchObject({ value: 'Megan Walsh' });
    expect(en.fields.name!.why).not.toContain('ambiguous:Derek Walsh');
    const supp = read(`${item('戶名', '張家豪')}${item('行動電話', '0921-***-458')}<div class="groupbox"><div class="groupbox-header"><span class="caption-label">附卡持卡人</span></div>${item('戶名', '張雅琪')}${item('行動電話', '0978-***-120')}</div>`, 'zh-TW');
    expect(supp.fields.name!.why).not.toContain('ambiguous:張雅琪');
  });

  it("a kit's labels with a title class (NutUI nut-cell__title) do not end the search for the group title", () => {
    const cell = (l: string, v: string) => `<div class="cell"><div class="cell__title">${l}</div><div class="cell__value">${v}</div></div>`;
    const ctx = read(`<div class="cell-group"><div class="cell-group__title">基本信息</div><div class="cell-group__wrap">${cell('客户姓名', '王建国')}${cell('手机号码', '138****5521')}${cell('逾期金额', '¥8,800.00')}</div></div>` +
      `<div class="cell-group"><div class="cell-group__title">共同借款人</div><div class="cell-group__wrap">${cell('姓名', '冯丽')}${cell('手机号码', '136****2290')}</div></div>`);
    expect(ctx.fields.phone!.why).not.toContain('ambiguous:136****2290');
  });

  it('a lowercase tag is no name; a display-only twin of a hidden input is read; more labels', () => {
    expect(parseFieldValue('name', 'hardship', 'en')).toBeNull();
    expect(parseFieldValue('name', 'Megan Walsh', 'en')).toEqual({ value: 'Megan Walsh' });
    const twin = read('<div class="form-item"><label for="n">借款人姓名</label><div class="content"><span class="display-only"><span class="display-only__content">许文杰</span><input id="n" value="许文杰"></span></div></div>' + item('逾期金额', '¥18,964.30'));
    expect(twin.fields.name?.value).toBe('许文杰');
    const tw = read(item('客戶姓名', '張家豪') + item('延滯天數', '52 天') + item('卡片名稱', '悠遊聯名卡') + item('借款編號', 'LN-0042-****-8810'), 'zh-TW');
    expect(tw.fields.daysPastDue?.value).toBe(52);
    expect(tw.fields.product?.value).toBe('悠遊聯名卡');
    expect(tw.fields.accountId?.value).toBe('LN-0042-****-8810');
  });
});

describe("a guarantor's section (session 8)", () => {
  it("the name in a section titled for the guarantor is the guarantor, never the debtor; a contact's name is nobody's", () => {
    const line = (l: string, v: string) => `<div class="prop-line"><div class="prop-label">${l}</div><div class="prop-value">${v}</div></div>`;
    const ctx = read(line('客戶姓名', '謝宗翰') + line('逾期金額', 'NT$19,870') + '<div class="prop-line"><div class="prop-group">保證人</div></div>' + line('姓名', '謝明德') + line('手機號碼', '0912-***-678'), 'zh-TW');
    expect(ctx.fields.name?.value).toBe('謝宗翰');
    expect(ctx.fields.guarantor).toMatchObject({ value: '謝明德', why: expect.arrayContaining(['guarantor-section']) });
    expect(ctx.fields.phone).toBeUndefined();
    const contact = read(item('客户姓名', '王建国') + item('逾期金额', '¥8,800.00') + '<h4>紧急联系人</h4>' + item('姓名', '李娜'));
    expect(contact.fields.guarantor).toBeUndefined();
    expect(contact.fields.name?.value).toBe('王建国');
  });
});

describe('session 8, probe5: legacy tables, dividers, terminals', () => {
  it("a header row known by its class (Landray's tr_normal_title) heads a guarantors' table: their name is the guarantor, their phone nobody's", () => {
    const ctx = read(
      '<table><tr><td>債務人</td><td>陳怡君</td><td>行動電話</td><td>0921-***-638</td></tr><tr><td>逾期金額</td><td>NT$48,210</td><td>逾期天數</td><td>63</td></tr></table>' +
        '<table><tr class="tr_normal_title"><td>序號</td><td>保證人姓名</td><td>行動電話</td><td>關係</td></tr><tr><td>1</td><td>陳志豪</td><td>0935-***-102</td><td>兄弟</td></tr></table>',
      'zh-TW',
    );
    expect(ctx.fields.guarantor?.value).toBe('陳志豪');
    expect(ctx.fields.phone).toMatchObject({ value: '0921-***-638' });
    expect(ctx.fields.phone!.why).not.toContain('ambiguous:0935-***-102');
  });

  it('a divider with text (el-divider) titles the section after it', () => {
    const ctx = read(`${item('客户姓名', '陈晓东')}${item('联系电话', '177****6204')}<div class="el-divider el-divider--horizontal"><div class="el-divider__text">紧急联系人</div></div>${item('姓名', '陈晓梅')}${item('联系电话', '150****9137')}`);
    expect(ctx.fields.phone!.why).not.toContain('ambiguous:150****9137');
  });

  it('a terminal screen (IBM HATS) abbreviates its labels', () => {
    const row = (l: string, v: string) => `<tr><td><span class="HATSPROTTEXT">&nbsp;${l}:&nbsp;</span><span class="HATSPROTTEXT">${v}</span></td></tr>`;
    const ctx = read(`<table>${row('CUST&nbsp;NAME', 'ZHANG WEI')}${row('ORIG&nbsp;PRIN', '200,000.00')}${row('OUTST&nbsp;PRIN', '137,508.42')}${row('OVERDUE&nbsp;AMT', '21,744.90')}${row('LAST&nbsp;PMT&nbsp;DT', '2026.08.05')}</table>`, 'en');
    expect(ctx.fields.amountOverdue?.value).toBe(21744.9);
    expect(ctx.fields.principal?.value).toBe(137508.42);
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-08-05');
  });
});

describe('session 8, probe6: a dialog for another party, bullet masks', () => {
  it("an open dialog titled for editing a contact holds the contact's name, phone and address, never the debtor's; the case behind stays sure", () => {
    const ctx = read(
      '<table><tr><th>客户姓名</th><td>郭志强</td><th>手机号码</th><td>158****3470</td></tr><tr><th>逾期总额</th><td>¥12,940.38</td><th>所在地区</th><td>山东省济南市</td></tr></table>' +
        '<div class="ui-dialog" role="dialog" aria-modal="true"><div class="ui-dialog-titlebar"><span class="ui-dialog-title">编辑联系人</span></div><div class="ui-dialog-content">' +
        '<label for="n">姓名</label><input id="n" value="郭晓红"><label for="p">手机号码</label><input id="p" value="137****0952"><label for="a">联系地址</label><input id="a" value="山东省淄博市张店区"></div></div>',
    );
    expect(ctx.fields.name).toMatchObject({ value: '郭志强' });
    expect(ctx.fields.phone).toMatchObject({ value: '158****3470' });
    expect(ctx.fields.region?.value).toBe('山东省济南市');
    expect(ctx.fields.amountOverdue!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('numbers masked with bullets or crosses are read, and stay masked (never an identity alone)', () => {
    expect(parseFieldValue('phone', '(470) •••-3318', 'en')).toEqual({ value: '(470) •••-3318' });
    expect(parseFieldValue('id', '4966 •••• •••• 8812', 'en')).toEqual({ value: '4966 •••• •••• 8812' });
    expect(parseFieldValue('id', '6225 ×××× ×××× 8812', 'zh-CN')).toEqual({ value: '6225 ×××× ×××× 8812' });
  });
});

describe('session 8, probe7: a side sheet for a co-borrower, masked numbers in a title', () => {
  it("a side sheet whose header is a heading and a subtitle, titled for a co-borrower, holds their name and phone", () => {
    const ctx = read(
      `${item('Borrower', 'Olivia Nguyen')}${item('Mobile', '04** *** 592')}${item('Amount in arrears', '$1,910.00')}` +
        '<div role="dialog" aria-modal="true"><div class="sheet-header"><h2>Co-borrower</h2><p>Jointly liable on HC-77120</p></div><div class="sheet-body">' +
        '<div><label for="f1">Full name</label><input id="f1" readonly value="James Nguyen"></div><div><label for="f2">Mobile</label><input id="f2" readonly value="04** *** 118"></div></div></div>',
      'en-AU',
    );
    expect(ctx.fields.name).toMatchObject({ value: 'Olivia Nguyen' });
    expect(ctx.fields.phone).toMatchObject({ value: '04** *** 592' });
  });

  it('a masked number of several words after its label is read whole ("Account •••• 4417")', () => {
    const ctx = read(`<div class="detail-header"><div class="detail-header-title">Account •••• 4417</div></div>${item('Past due', '$2,914.37')}${item('Days past due', '61')}`, 'en');
    expect(ctx.fields.accountId?.value).toBe('•••• 4417');
  });
});
