// Facts written only in the page's header line, in parts split by separators: read by the detail
// readers for fields no label gave, only from the debtor's own header (lib/extract/header-line.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { snippetPages } from './helpers';

const pages = snippetPages();
afterEach(pages.close);
const read = pages.read;

const stat = (label: string, value: string) => `<div class="stat"><div class="stat__label">${label}</div><div class="stat__value">${value}</div></div>`;

describe('the header line', () => {
  it('reads a bucket tag, the days past due and labelled parts (手机, 案件) beside the name', () => {
    const ctx = read(`<div class="card"><div class="card-header"><div class="card-header__main" role="heading">罗志勇 | 男 | 35岁 | 广东深圳 | M2</div></div>
      <div class="card__content"><div class="sub-line">手机 188****6617 · 身份证 4403**********2871 · 案件 SZ-CS-2611-04482</div>${stat('逾期总额', '¥7,935.26')}${stat('剩余本金', '¥19,402.11')}</div></div>`);
    expect(ctx.fields).toMatchObject({ name: { value: '罗志勇' }, bucket: { value: 'M2', why: ['header-line'] }, phone: { value: '188****6617' }, caseId: { value: 'SZ-CS-2611-04482' } });
    expect(ctx.fields.bucket!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('days in a subtitle give the bucket too; a value a label gave is kept', () => {
    const ctx = read(`<div class="page-header"><span class="page-header-title">個案 HKC-26-118244</span><span class="page-header-sub-title">張家俊 ｜ 私人分期貸款 ｜ 貸款號碼 PIL-7702-****-318 · 逾期 47 日 · 九龍城</span></div>${stat('逾期金額', 'HK$12,480.00')}${stat('貸款號碼', 'PIL-7702-****-999')}`, 'zh-HK');
    expect(ctx.fields.daysPastDue).toMatchObject({ value: 47, why: ['header-line'] });
    expect(ctx.fields.bucket?.value).toBe('M2');
    expect(ctx.fields.bucket!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(ctx.fields.accountId?.value).toBe('PIL-7702-****-999');
  });

  it("never reads a list row's line, nor a line far from the debtor's name", () => {
    const queue = `<ul><li><h4>王芳 | 逾期 12 天 | M1</h4></li><li><h4>李娜 | 逾期 95 天 | M4</h4></li></ul>`;
    const debtor = `<section><h2>张伟</h2>${stat('逾期金额', '¥3,200.00')}${stat('账号', '6225 **** **** 1187')}</section>`;
    const ctx = read(queue + debtor);
    // (The rows' day tags are other debtors': at most offered for checking, never from the header line.)
    expect(ctx.fields.daysPastDue?.why ?? []).not.toContain('header-line');
    expect(ctx.fields.daysPastDue?.confidence ?? 0).toBeLessThan(0.7);
    const far = read(`<footer><div class="title">统计 | 逾期 30 天 | M1 | 全部</div></footer><main><section><h2 class="title">张伟</h2>${stat('逾期金额', '¥3,200.00')}${stat('账号', '6225 **** **** 1187')}</section></main>`);
    expect(far.fields.daysPastDue?.why ?? []).not.toContain('header-line');
    expect(far.fields.bucket?.why ?? []).not.toContain('header-line');
  });
});

describe('days in a tag', () => {
  it('a range or a threshold ("逾期30天以上", "超过逾期 90 天", "90 days past due or more") is a filter, not the debtor’s days', () => {
    for (const tag of ['逾期30天以上', '逾期 90 天+', '超过逾期 90 天', '90 days past due or more']) {
      const ctx = read(`<div class="filters"><span class="chip">${tag}</span></div><section><div class="stat"><div class="stat__label">客户姓名</div><div class="stat__value">张伟</div></div><div class="stat"><div class="stat__label">逾期金额</div><div class="stat__value">¥3,200.00</div></div></section>`);
      expect(ctx.fields.daysPastDue, tag).toBeUndefined();
    }
    expect(read('<span class="tag">逾期 47 天</span><dl><dt>客户姓名</dt><dd>张伟</dd></dl>').fields.daysPastDue?.value).toBe(47);
  });
});
