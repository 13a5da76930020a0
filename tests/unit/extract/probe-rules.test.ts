// General DOM rules found on the probe8 and later pages (tests/fixtures/crm/probe8…), each on a
// small generic snippet: a dialog's "-hd" header titling another party, a guarantor's dialog that
// does not push the debtor's page behind it into doubt, a gender badge after a name, a note after a
// phone number, a click-to-call button, and second-choice labels (户籍地, a home phone).
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { parseFieldValue } from '@/lib/extract/fields';
import { snippetPages } from './helpers';

// As the content script reads once the detail readers are injected (entrypoints/detail-reader.ts).
const pages = snippetPages();
afterEach(pages.close);
const read = pages.read;

const row = (label: string, value: string) => `<div class="form-group"><label class="form-label">${label}</label><div class="col"><input type="text" readonly value="${value}"></div></div>`;

describe('another party in an open dialog', () => {
  const debtor = row('姓名', '林雅婷') + row('行動電話', '0912-***-378') + row('逾期金額', 'NT$86,420') + row('案件編號', 'TC-115-0912');
  const modal = (title: string) =>
    `<div class="modal modal-active" style="display:block"><div class="modal-dialog"><div class="modal-hd">${title}<a class="close">×</a></div>` +
    `<div class="modal-bd">${row('姓名', '陳建宏')}${row('行動電話', '0933-***-105')}${row('通訊地區', '彰化縣員林市')}</div></div></div>`;

  it("a dialog whose header box is a kit's '-hd' titles it: a guarantor's name, phone and region are not the debtor's", () => {
    const ctx = read(`<form>${debtor}</form>${modal('保證人資料')}`, 'zh-TW');
    expect(ctx.fields.name?.value).toBe('林雅婷');
    expect(ctx.fields.phone?.value).toBe('0912-***-378');
    expect(ctx.fields.region).toBeUndefined();
    expect(ctx.fields.guarantor?.value).toBe('陳建宏');
  });

  it("the guarantor's open dialog leaves the debtor's page sure (it is no other debtor in front)", () => {
    const ctx = read(`<form>${debtor}</form>${modal('保證人資料')}`, 'zh-TW');
    for (const f of ['name', 'amountOverdue', 'caseId'] as const) expect(ctx.fields[f]!.confidence, f).toBeGreaterThanOrEqual(0.7);
  });
});

describe('what a value cell adds to the value', () => {
  it('a gender badge after a Chinese name is no part of it ("黄志远 男")', () => {
    expect(parseFieldValue('name', '黄志远 男', 'zh-CN')).toEqual({ value: '黄志远' });
    expect(parseFieldValue('name', '李娜 女', 'zh-CN')).toEqual({ value: '李娜' });
    const ctx = read('<table><tr><th>客户姓名</th><td>黄志远 <span class="label">男</span></td></tr><tr><th>逾期金额</th><td>¥12,486.30</td></tr></table>');
    expect(ctx.fields.name?.value).toBe('黄志远');
  });

  it('a note in brackets after a phone number is no part of it', () => {
    expect(parseFieldValue('phone', '138****1234（本人）', 'zh-CN')).toEqual({ value: '138****1234' });
    expect(parseFieldValue('phone', '(555) 014-2290 (home)', 'en')).toEqual({ value: '(555) 014-2290' });
    // The area code in brackets stays.
    expect(parseFieldValue('phone', '(470) •••-3318', 'en')).toEqual({ value: '(470) •••-3318' });
  });

  it('a click-to-call button showing the number is the value; an action button is not', () => {
    const ctx = read(
      '<table><tr><th>客户姓名</th><td>黄志远</td></tr><tr><th>手机号码</th><td><a class="btn-call">138****1234</a> <span class="muted">（本人）</span></td></tr>' +
        '<tr><th>账号</th><td>6225 **** **** 8812 <a class="btn btn-xs">复制</a></td></tr></table>',
    );
    expect(ctx.fields.phone?.value).toBe('138****1234');
    expect(ctx.fields.accountId?.value).toBe('6225 **** **** 8812');
  });
});

describe('second-choice labels', () => {
  it('户籍地 yields to where the debtor lives; alone, it is read', () => {
    const both = read(`${row('客户姓名', '王磊')}${row('户籍地', '河南省周口市')}${row('现居住地', '河南省郑州市')}`);
    expect(both.fields.region).toMatchObject({ value: '河南省郑州市' });
    expect(both.fields.region!.why?.join()).not.toContain('ambiguous');
    const alone = read(`${row('客户姓名', '王磊')}${row('户籍地址', '河南省周口市')}${row('逾期金额', '¥3,000.00')}`);
    expect(alone.fields.region).toMatchObject({ value: '河南省周口市' });
    expect(alone.fields.region!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('a home phone yields to a mobile, whichever comes first; alone, it is read', () => {
    const both = read(`${row('Borrower', 'Dana Keller')}${row('Home Phone', '(937) ***-6104')}${row('Mobile', '(937) ***-2290')}`, 'en-US');
    expect(both.fields.phone).toMatchObject({ value: '(937) ***-2290' });
    const alone = read(`${row('Borrower', 'Dana Keller')}${row('Home Phone', '(937) ***-6104')}${row('Past due', '$389.00')}`, 'en-US');
    expect(alone.fields.phone).toMatchObject({ value: '(937) ***-6104' });
  });
});

describe("a row's note after the label's box", () => {
  const cell = (label: string, desc: string, note: string) =>
    `<div class="x-cell"><div class="x-cell__left"></div><div class="x-cell__title"><div class="x-cell__title-text">${label}</div>${desc ? `<div class="x-cell__description">${desc}</div>` : ''}</div><div class="x-cell__note">${note}</div></div>`;

  it('is the value when the row has nothing else on the right (TDesign Mobile cells)', () => {
    const ctx = read(`<div class="x-group">${cell('客户姓名', '', '韩立')}${cell('卡号', '商务卡', '6222 **** **** 7305')}${cell('案件号', '', 'XA-XYK-2609-1182')}${cell('信用额度', '', '¥80,000.00')}</div>`);
    expect(ctx.fields.accountId?.value).toBe('6222 **** **** 7305');
    expect(ctx.fields.caseId?.value).toBe('XA-XYK-2609-1182');
    expect(ctx.fields.creditLimit?.value).toBe(80000);
  });

  it('is a subtitle when the row shows its value in an "extra" on the right (uni-ui, Taro)', () => {
    const item = (label: string, note: string, extra: string) =>
      `<div class="li"><div class="li__container"><div class="li__content"><span class="li__content-title">${label}</span><span class="li__content-note">${note}</span></div><div class="li__extra"><span class="li__extra-text">${extra}</span></div></div></div>`;
    const ctx = read(item('客户姓名', '', '韩立') + item('贷款产品', '等额本息 · 36期', '薪享贷') + item('逾期金额', '含本金 ¥3,800.00 利息 ¥386.25', '¥4,306.25'));
    expect(ctx.fields.product?.value).toBe('薪享贷');
    expect(ctx.fields.amountOverdue?.value).toBe(4306.25);
  });
});

describe('probe10/11: bilingual labels, romanized values, hand-made tabs, guarantor legends', () => {
  it('a Chinese label with its English under it in the same cell is one label; the romanization after a name or place is dropped', () => {
    const th = (zh: string, en: string) => `<th scope="row">${zh}<br><span class="en">${en}</span></th>`;
    const ctx = read(
      `<table><tr>${th('客戶姓名', 'Customer Name')}<td>陳嘉欣 CHAN Ka Yan</td></tr><tr>${th('住宅地區', 'Residential District')}<td>觀塘 Kwun Tong</td></tr>` +
        `<tr>${th('逾期金額', 'Overdue Amount')}<td>9,386.10 HKD</td></tr></table>`,
      'zh-HK',
    );
    expect(ctx.fields.name).toMatchObject({ value: '陳嘉欣' });
    expect(ctx.fields.region).toMatchObject({ value: '觀塘' });
    expect(ctx.fields.amountOverdue?.value).toBe(9386.1);
    expect(parseFieldValue('name', 'Megan Walsh', 'en')).toEqual({ value: 'Megan Walsh' });
  });

  it('a tab pane marked shown by "on" or "current" is shown; its siblings are not', () => {
    const ctx = read(
      `<div class="tab-pane on">${row('客户姓名', '張雅琪')}${row('逾期金額', '12,345')}</div><div class="tab-pane">${row('客户姓名', '張文雄')}</div>`,
      'zh-TW',
    );
    expect(ctx.fields.name).toMatchObject({ value: '張雅琪' });
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('a legend naming the guarantor titles its fieldset even though 保證人 is a label too', () => {
    const ctx = read(
      `<fieldset><legend>借款人</legend>${row('姓名', '張雅琪')}${row('行動電話', '0958-***-217')}</fieldset>` +
        `<fieldset><legend>保證人</legend>${row('姓名', '張文雄')}${row('行動電話', '0910-***-552')}</fieldset>`,
      'zh-TW',
    );
    expect(ctx.fields.name).toMatchObject({ value: '張雅琪' });
    expect(ctx.fields.name!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(ctx.fields.phone).toMatchObject({ value: '0958-***-217' });
    expect(ctx.fields.guarantor).toMatchObject({ value: '張文雄' });
  });

  it("a word beside a label in a card's header is no value shown as fact ('担保人 连带责任保证')", () => {
    const ctx = read(`${row('客户姓名', '王磊')}<div class="card"><div class="card-header"><strong>担保人</strong> <small>连带责任保证</small></div><div class="card-body">${row('手机', '139****0001')}</div></div>`);
    const g = ctx.fields.guarantor;
    expect(g === undefined || g.confidence < 0.7).toBe(true);
  });

  it('a street address under an address label gives its city; a system code before a description is dropped', () => {
    expect(parseFieldValue('region', '广东省深圳市龙岗区坂田街道****', 'zh-CN')).toEqual({ value: '广东省深圳市' });
    expect(parseFieldValue('region', '江苏省南京市秦淮区', 'zh-CN')).toEqual({ value: '江苏省南京市秦淮区' });
    expect(parseFieldValue('region', '某某路****', 'zh-CN')).toBeNull();
    expect(parseFieldValue('text', 'PERSONAL.INSTALMENT.LOAN Personal Instalment Loan', 'en')).toEqual({ value: 'Personal Instalment Loan' });
    expect(parseFieldValue('text', 'Platinum Rewards Visa', 'en')).toEqual({ value: 'Platinum Rewards Visa' });
  });
});

describe('days said in a status tag, full-width numbers', () => {
  it('reads "逾期 47 天" or "Past due 63 days" in a tag as the days past due, and the bucket from them', () => {
    const zh = read(`<div class="head"><span class="title">案件详情</span><span class="badge">逾期 47 天</span></div>${row('客户姓名', '方建国')}${row('逾期金额', '¥6,300.00')}`);
    expect(zh.fields.daysPastDue).toMatchObject({ value: 47 });
    expect(zh.fields.bucket?.value).toBe('M2');
    const en = read(`<span class="label label-error">Past due 63 days</span>${row('Customer', 'Daniel Whitmore')}${row('Arrears', '£1,204.00')}`, 'en-GB');
    expect(en.fields.daysPastDue?.value).toBe(63);
  });

  it('a labelled days field wins over a tag', () => {
    const ctx = read(`<span class="badge">逾期 47 天</span>${row('客户姓名', '方建国')}${row('逾期天数', '52')}`);
    expect(ctx.fields.daysPastDue?.value).toBe(52);
    expect(ctx.fields.daysPastDue?.why).not.toContain('days-tag');
  });

  it('"逾期" in running text with no number of days is no label', () => {
    const ctx = read(`<p>已逾期</p><span class="tag">逾期未还</span>${row('客户姓名', '方建国')}${row('逾期金额', '¥6,300.00')}`);
    expect(ctx.fields.daysPastDue).toBeUndefined();
    expect(ctx.fields.amountOverdue?.value).toBe(6300);
  });

  it('reads a phone written in full-width digits', () => {
    expect(parseFieldValue('phone', '１５８****３３０２', 'zh-CN')).toEqual({ value: '158****3302' });
  });
});

describe('a heading as the label of a list item', () => {
  it('"<li><h3>卡號</h3><p>…</p></li>" is a label and its value, read as fact; a heading over a section is still doubted', () => {
    const li = (label: string, value: string) => `<li><h3>${label}</h3><p>${value}</p></li>`;
    const ctx = read(`<ul>${li('客戶姓名', '吳宗翰')}${li('卡號', '4563-18**-****-2907')}${li('逾期金額', 'NT$38,204')}</ul>`, 'zh-TW');
    expect(ctx.fields.accountId).toMatchObject({ value: '4563-18**-****-2907' });
    expect(ctx.fields.accountId!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(ctx.fields.amountOverdue!.confidence).toBeGreaterThanOrEqual(0.7);
    const section = read(`<section><h3>卡號</h3><div><p>4563-18**-****-2907</p></div></section>`, 'zh-TW');
    expect(section.fields.accountId === undefined || section.fields.accountId.confidence < 0.7).toBe(true);
  });
});

describe('a caption by its words', () => {
  it('"含本金、利息、罚息" under a label says what the amount counts; the amount beside the label box is the value', () => {
    const ctx = read(
      `${row('客户姓名', '刘建军')}<ul><li class="item"><div class="me"><div class="fw-bold x-label">逾期金额</div><div class="small">含本金、利息、罚息</div></div>` +
        '<span class="amount"><span class="big">23,560</span><span class="small">.80</span> 元</span></li></ul>',
    );
    expect(ctx.fields.amountOverdue).toMatchObject({ value: 23560.8 });
    expect(ctx.fields.amountOverdue!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('a tag after a Chinese name', () => {
  it('a bucket or status tag after the name is no part of it; a Latin name keeps its words', () => {
    expect(parseFieldValue('name', '張家豪 M2', 'zh-TW')).toEqual({ value: '張家豪' });
    expect(parseFieldValue('name', '王磊 VIP', 'zh-CN')).toEqual({ value: '王磊' });
    expect(parseFieldValue('name', 'Mary Ann Lee', 'en')).toEqual({ value: 'Mary Ann Lee' });
  });
});

describe('form field web components, money codes after the number', () => {
  it("a field component's label text projected into a slot beside its own control is that control's label", () => {
    const page = pages.from('<!DOCTYPE html><html lang="zh-HK"><body><div id="f"></div></body></html>');
    const box = page.doc.getElementById('f')!;
    const field = (label: string, value: string) => {
      const host = page.doc.createElement('x-text-field');
      host.textContent = label;
      host.attachShadow({ mode: 'open' }).innerHTML = `<label part="label"><slot></slot></label><div part="root"><input readonly value="${value}"></div>`;
      box.append(host);
    };
    field('客戶姓名 Customer Name', '區綺雯');
    field('身份證號碼 HKID', 'Y12****(7)');
    field('逾期金額 Overdue', 'HK$9,412.60');
    const ctx = extractDebtorContext(page.doc, { readers: DETAIL_READERS });
    expect(ctx.fields.name).toMatchObject({ value: '區綺雯' });
    expect(ctx.fields.amountOverdue?.value).toBe(9412.6);
  });

  it('a currency code after the number marks the money beside a date ("3,000 TWD" over "115/09/18")', () => {
    const ctx = read(`${row('客戶姓名', '蔡宜蓁')}<div><p class="t">最近繳款</p><p>3,000 TWD</p><p class="t">115/09/18</p></div>`, 'zh-TW');
    expect(ctx.fields.lastPaymentDate?.value).toBe('2026-09-18');
    expect(ctx.fields.lastPaymentAmount?.value).toBe(3000);
  });
});

describe("a group's title naming the guarantor; a role tag before a name", () => {
  it("a contact card under a group titled 担保人 is the guarantor's, even though 担保人 is a label word", () => {
    const ctx = read(
      `<div class="group">${row('借款人', '雷振宇')}${row('手机', '138****5096')}</div><div class="x-cell-group__title">担保人</div>` +
        '<div class="x-cell x-contact-card"><div class="x-cell__title"><div>姓名：雷淑芬</div><div>电话：135****6620</div></div></div>',
    );
    expect(ctx.fields.name).toMatchObject({ value: '雷振宇' });
    expect(ctx.fields.phone).toMatchObject({ value: '138****5096' });
    expect(ctx.fields.phone!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('a role tag before a Chinese name is no part of it ("主借人 宋佳豪")', () => {
    expect(parseFieldValue('name', '主借人 宋佳豪', 'zh-CN')).toEqual({ value: '宋佳豪' });
  });
});

describe("a caption that is the only value", () => {
  it("a list item's title and description are a label and its value when the row has nothing else (Ant's list item meta)", () => {
    const li = (label: string, value: string) =>
      `<li class="x-list-item"><div class="x-list-item-meta"><div class="x-list-item-meta-content"><h4 class="x-list-item-meta-title">${label}</h4><div class="x-list-item-meta-description">${value}</div></div></div><ul class="x-list-item-action"><li><a>拨打</a></li></ul></li>`;
    const ctx = read(`<ul>${li('客户姓名', '邓雨桐')}${li('手机', '177****6630')}${li('剩余本金', '14.35万元')}${li('居住地', '四川省成都市')}</ul>`);
    expect(ctx.fields.phone).toMatchObject({ value: '177****6630' });
    expect(ctx.fields.principal?.value).toBe(143500);
    expect(ctx.fields.region?.value).toBe('四川省成都市');
    expect(ctx.fields.phone!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('probe13: values edited in place, notes in brackets, more currencies and labels', () => {
  it('a button showing a number beside its label is the value; an action button is not', () => {
    const attr = (label: string, value: string) => `<div class="attr-row"><span class="attr-name">${label}</span><button class="attr-value">${value}</button></div>`;
    const ctx = read(`${attr('Customer', 'Aroha Ngata')}${attr('Overdue amount', '$528.66')}${attr('Days past due', '72')}${attr('Mobile', 'Call now')}`, 'en-AU');
    expect(ctx.fields.amountOverdue).toMatchObject({ value: 528.66 });
    expect(ctx.fields.currency?.value).toBe('AUD');
    expect(ctx.fields.daysPastDue?.value).toBe(72);
    expect(ctx.fields.phone).toBeUndefined();
  });

  it('a note in brackets after an amount or a place is no part of it', () => {
    expect(parseFieldValue('amount', '£964.50 (3 payments)', 'en-GB')).toMatchObject({ value: 964.5 });
    expect(parseFieldValue('amount', '¥1,234.00（含罚息）', 'zh-CN')).toMatchObject({ value: 1234 });
    expect(parseFieldValue('region', 'Leeds (LS6)', 'en-GB')).toEqual({ value: 'Leeds' });
  });

  it('reads S$, A$ and RM as their currencies', () => {
    expect(parseFieldValue('currency', 'S$1,481.13', 'en-SG')).toEqual({ value: 'SGD' });
    expect(parseFieldValue('currency', 'A$528.66', 'en')).toEqual({ value: 'AUD' });
    expect(parseFieldValue('currency', 'RM 3,258.00', 'en-MY')).toEqual({ value: 'MYR' });
    expect(parseFieldValue('currency', 'US$120', 'en')).toEqual({ value: 'USD' });
  });

  it("a loan's outstanding balance is its principal unless a principal label is on the page", () => {
    const alone = read(`${row('Customer', 'Muhammad Hafiz')}${row('Agreement no.', 'PL-0093817264')}${row('Outstanding Balance', 'RM 41,206.35')}`, 'en-MY');
    expect(alone.fields.principal?.value).toBe(41206.35);
    expect(alone.fields.accountId?.value).toBe('PL-0093817264');
    const both = read(`${row('Customer', 'Muhammad Hafiz')}${row('Outstanding Balance', 'RM 41,206.35')}${row('Principal balance', 'RM 39,000.00')}`, 'en-MY');
    expect(both.fields.principal?.value).toBe(39000);
  });
});

describe('probe14/15: drawers with a close button, queues of cells, kit tab items, notes after names', () => {
  it("a drawer titled for the guarantor (its header also holds a × close button) holds the guarantor's fields, not the debtor's", () => {
    const ctx = read(
      `${row('客户姓名', '赵永刚')}${row('手机号', '135****7710')}${row('逾期金额', '¥12,400.00')}` +
        '<div class="drawer drawer-open"><div class="drawer-header"><div class="drawer-header-title"><button class="drawer-close">×</button><div class="drawer-title">担保人信息</div></div></div>' +
        `<div class="drawer-body"><table><tr><th>姓名</th><td>刘德明</td></tr><tr><th>手机号</th><td>138****2256</td></tr></table></div></div>`,
    );
    expect(ctx.fields.name).toMatchObject({ value: '赵永刚' });
    expect(ctx.fields.phone).toMatchObject({ value: '135****7710' });
  });

  it('a note in brackets after a name is no part of it ("黃淑芬（配偶）")', () => {
    expect(parseFieldValue('name', '黃淑芬（配偶）', 'zh-TW')).toEqual({ value: '黃淑芬' });
  });

  it("a kit's tab item beside the one marked shown is hidden (layui-tab-item / layui-show)", () => {
    const ctx = read(
      `<div class="x-tab-content"><div class="x-tab-item x-show">${row('客户姓名', '周建华')}${row('逾期金额', '¥8,120.00')}</div>` +
        `<div class="x-tab-item">${row('剩余本金', '68,450.00')}</div></div>`,
    );
    expect(ctx.fields.name?.value).toBe('周建华');
    expect(ctx.fields.principal === undefined || ctx.fields.principal.confidence < 0.7).toBe(true);
  });

  it('the title reader passes over a queue drawn as short same-classed cells', () => {
    const cell = (n: string, sel = '') => `<div class="q-cell${sel}"><div class="q-cell-main"><div class="q-cell-title">${n}</div><div class="q-cell-label">KH-CC-2611-03 · 0928-***-614</div></div></div>`;
    const ctx = read(
      `<div class="queue">${cell('林家豪', ' q-cell-selected')}${cell('許淑惠')}${cell('陳美玲')}</div>` +
        '<div class="card"><div class="card-body"><dl><dt>逾期金額</dt><dd>NT$18,940</dd><dt>逾期天數</dt><dd>66</dd></dl></div></div>',
      'zh-TW',
    );
    // The last cell before the fields is another debtor of the queue: no name rather than that one.
    expect(ctx.fields.name).toBeUndefined();
    const headed = read(
      `<div class="queue">${cell('林家豪', ' q-cell-selected')}${cell('許淑惠')}${cell('陳美玲')}</div>` +
        '<div class="card"><div class="card-head"><p><span>林家豪</span></p></div><div class="card-body"><dl><dt>逾期金額</dt><dd>NT$18,940</dd><dt>逾期天數</dt><dd>66</dd></dl></div></div>',
      'zh-TW',
    );
    expect(headed.fields.name?.value).toBe('林家豪');
  });
});

describe('probe16/17: joint guarantors, words as numbers, municipalities', () => {
  it('a panel titled 連帶保證人 holds the guarantor, even with the debtor named only in a heading', () => {
    const ctx = read(
      '<div class="tile"><h1 class="tile__title">黃柏翰</h1><div class="f"><span class="l">逾期金額</span><span class="v">TWD 48,210</span></div><div class="f"><span class="l">逾期天數</span><span class="v">75</span></div></div>' +
        '<section class="panel"><h2 class="panel__title">連帶保證人</h2><div class="f"><span class="l">姓名</span><span class="v">黃志明（父）</span></div><div class="f"><span class="l">手機</span><span class="v">0935-***-220</span></div></section>',
      'zh-TW',
    );
    expect(ctx.fields.name?.value).toBe('黃柏翰');
    expect(ctx.fields.guarantor?.value).toBe('黃志明');
    expect(ctx.fields.phone).toBeUndefined();
  });

  it('words are no account number ("Next account: Lisa M. Fong (NZ$ 212.90 due)"); codes with letters are', () => {
    expect(parseFieldValue('id', 'Lisa M. Fong (NZ$ 212.90 due)', 'en-NZ')).toBeNull();
    expect(parseFieldValue('id', 'CS-WZ-2611-0386', 'zh-CN')).toEqual({ value: 'CS-WZ-2611-0386' });
    expect(parseFieldValue('id', '4988 **** **** 6120', 'en')).toEqual({ value: '4988 **** **** 6120' });
  });

  it('a masked street address of a city with no province keeps its district', () => {
    expect(parseFieldValue('region', '新北市板橋區文化路一段***號', 'zh-TW')).toEqual({ value: '新北市板橋區' });
    expect(parseFieldValue('region', '广东省深圳市龙岗区坂田街道****', 'zh-CN')).toEqual({ value: '广东省深圳市' });
  });
});

describe('probe18/19: lakh grouping, rupees and pesos, related people', () => {
  it('reads Indian lakh grouping and ₹ / ₱ as INR / PHP', () => {
    expect(parseFieldValue('amount', '₹1,23,456.00', 'en-IN')).toMatchObject({ value: 123456 });
    expect(parseFieldValue('amount', '₹14,82,300.50', 'en-IN')).toMatchObject({ value: 1482300.5 });
    expect(parseFieldValue('amount', '12,345.67', 'zh-CN')).toMatchObject({ value: 12345.67 });
    expect(parseFieldValue('currency', '₹1,23,456.00', 'en-IN')).toEqual({ value: 'INR' });
    expect(parseFieldValue('currency', '₱8,420.00', 'en-PH')).toEqual({ value: 'PHP' });
  });

  it('a panel titled 相關人士 / Related People holds other people, not the debtor', () => {
    const ctx = read(
      `<h1 class="ih-name">李志強</h1>${row('逾期金額 Overdue', 'HK$9,412.60')}${row('逾期日數 DPD', '64')}` +
        `<aside><div class="utility"><h3>相關人士 Related People</h3>${row('姓名 Name', '李陳美華 LEE CHAN Mei Wah')}${row('流動電話 Mobile', '9*** 7731')}</div></aside>`,
      'zh-HK',
    );
    expect(ctx.fields.name?.value).toBe('李志強');
    expect(ctx.fields.phone).toBeUndefined();
  });
});

describe('probe21: third parties, badges after names, space-grouped amounts', () => {
  it('a panel titled "Third parties" holds other people', () => {
    const ctx = read(
      `<h2 class="user-name">Liam Nguyen</h2>${row('Past due', '$1,240.00')}${row('Days past due', '38')}<h3 class="sub">Third parties</h3>${row('Name', 'Mai Tran (partner)')}${row('Phone', '04** *** 207')}`,
      'en-AU',
    );
    expect(ctx.fields.name?.value).not.toBe('Mai Tran');
    expect(ctx.fields.phone).toBeUndefined();
  });

  it('a status badge drawn after a name is no part of it', () => {
    const ctx = read(
      '<div class="col"><div class="row"><span class="text-2xl">宋佳琪</span><span class="rounded-full bg-amber">承诺还款中</span></div><span class="caption">客户姓名</span></div>' +
        `${row('逾期金额', '¥8,000.00')}`,
    );
    expect(ctx.fields.name?.value).toBe('宋佳琪');
  });

  it('reads amounts grouped by spaces with a comma before the cents, and R as the rand', () => {
    expect(parseFieldValue('amount', 'R 6 418,20', 'en-ZA')).toMatchObject({ value: 6418.2 });
    expect(parseFieldValue('currency', 'R 6 418,20', 'en-ZA')).toEqual({ value: 'ZAR' });
    expect(parseFieldValue('amount', '1 234 567', 'fr')).toMatchObject({ value: 1234567 });
    expect(parseFieldValue('amount', '¥12,345.67', 'zh-CN')).toMatchObject({ value: 12345.67 });
  });
});

describe('probe22/23: titles in parts, rows of another party, totals over their parts', () => {
  it('a section titled "Director / Guarantor" is another party\'s, even after long rows', () => {
    const r = (l: string, v: string) => `<div class="zc-row"><span class="zc-lbl">${l}</span><span class="zc-val">${v}</span></div>`;
    const ctx = read(
      `<div class="zc-section">${r('Borrower', 'Lim Hardware Trading Pte. Ltd.')}${r('Mobile', '+65 6*** 4412')}${r('Overdue Instalments', 'S$17,910.36')}</div>` +
        `<div class="zc-section"><div class="zc-sec-title">Director / Guarantor</div>${r('Name', 'Lim Boon Keng')}${r('Role', 'Managing Director, Personal Guarantor')}${r('Mobile', '+65 9*** 2076')}</div>`,
      'en-SG',
    );
    expect(ctx.fields.phone).toMatchObject({ value: '+65 6*** 4412' });
  });

  it("a form table's row that starts with the guarantor's label is the guarantor's", () => {
    const ctx = read(
      '<table><tr><td>借款人名称：</td><td>王建军</td><td>手机号码：</td><td>139****5521</td></tr>' +
        '<tr><td>保证人名称：</td><td>苏州瑞丰融资担保有限公司</td><td>联系电话：</td><td>0512-6****300</td></tr></table>',
    );
    expect(ctx.fields.phone).toMatchObject({ value: '139****5521' });
    // A row that starts with one of their fields may go on with the debtor's.
    const mixed = read('<table><tr><td>客户姓名：</td><td>王建国</td></tr><tr><td>紧急联系人电话：</td><td>139****7788</td><td>所在地区：</td><td>广东省深圳市</td></tr></table>');
    expect(mixed.fields.region?.value).toBe('广东省深圳市');
  });

  it('逾期本息 yields to the total overdue on the same page; alone it is read', () => {
    const both = read(`${row('客户姓名', '陈立')}${row('逾期本息', '¥8,264.70')}${row('逾期总金额', '¥8,877.05')}`);
    expect(both.fields.amountOverdue?.value).toBe(8877.05);
    const alone = read(`${row('客户姓名', '陈立')}${row('逾期本息', '¥8,264.70')}`);
    expect(alone.fields.amountOverdue?.value).toBe(8264.7);
  });

  it("a customer's total limit yields to a card's own limit; Principal Outstanding beats the original", () => {
    const ctx = read(`${row('客戶姓名', '蔡承翰')}${row('總額度', 'NT$250,000')}${row('信用額度', 'NT$120,000')}`, 'zh-TW');
    expect(ctx.fields.creditLimit?.value).toBe(120000);
    const loan = read(`${row('Borrower', 'Dana Keller')}${row('Original Principal', 'CA$512,000.00')}${row('Principal Outstanding', 'CA$448,306.75')}`, 'en-CA');
    expect(loan.fields.principal?.value).toBe(448306.75);
  });
});
