// The case number said only by the page's frame (breadcrumb, active tab, page header, title):
// read by the detail readers when no label gives one, shown as fact only when a case word says so.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { caseFromPage } from '@/lib/extract/case-from-page';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { pageFrom, type LoadedPage } from './helpers';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const debtor = '<dl><dt>客户姓名</dt><dd>周建华</dd><dt>逾期金额</dt><dd>¥8,120.00</dd><dt>账号</dt><dd>6225 **** **** 1187</dd></dl>';
function read(head: string, body: string) {
  page = pageFrom(`<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}${debtor}</body></html>`);
  return extractDebtorContext(page.doc, { readers: DETAIL_READERS });
}

describe('the case number from the page frame', () => {
  it('reads a header naming the case with a word before it, after a "·", or as the last part of a line; a letter prefix before 8+ digits is a code', () => {
    for (const [head, value] of [
      ['<div class="card"><div class="card-header"><div class="card-header-title">委外案件 WA20261116000582</div></div></div>', 'WA20261116000582'],
      ['<div class="page-header"><h2 class="page-title"><span>案件详情 · ZD202611030215</span></h2></div>', 'ZD202611030215'],
      ['<div class="page-header"><div class="page-header__subtitle">女 · 31 岁 · 案件 AJ-XF-20261009-1182</div></div>', 'AJ-XF-20261009-1182'],
      ['<div class="el-page-header"><div class="el-page-header__title">返回</div><div class="el-page-header__content">诉讼案件 SS-2026-CD-00391</div></div>', 'SS-2026-CD-00391'],
    ] as const) {
      const ctx = read('', head);
      expect(ctx.fields.caseId, head).toMatchObject({ value });
      expect(ctx.fields.caseId!.confidence).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('takes no short or unprefixed number from a header for a case', () => {
    expect(read('', '<h2>案件详情 · 20261103</h2>').fields.caseId).toBeUndefined();
    expect(read('', '<h2>第 3 组 · AB1234</h2>').fields.caseId).toBeUndefined();
  });

  it("reads the breadcrumb's last item, sure when the crumb before names cases", () => {
    const ctx = read('', '<nav aria-label="breadcrumb"><ol><li><a>首页</a></li><li><a>我的案件</a></li><li><span>HZ-XYK-2611-0338</span></li></ol></nav>');
    expect(ctx.fields.caseId).toMatchObject({ value: 'HZ-XYK-2611-0338', why: ['page-frame'] });
    expect(ctx.fields.caseId!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('shows a code in a breadcrumb that no case word names for checking only', () => {
    const ctx = read('', '<div class="breadcrumb"><a>首页</a> / <a>信用卡M1</a> / <span>XYK-M1-2611-06652</span></div>');
    expect(ctx.fields.caseId?.value).toBe('XYK-M1-2611-06652');
    expect(ctx.fields.caseId!.confidence).toBeLessThan(0.7);
  });

  it("reads a workbench's active tab and a page header's '案件 …' line", () => {
    expect(read('', '<div class="tabs"><span class="tab">首页</span><span class="tab active">案件 CQ-XF-26-11-0448 ×</span></div>').fields.caseId?.value).toBe('CQ-XF-26-11-0448');
    void page?.close();
    expect(read('', '<div class="page-header"><span class="page-header-title">周建华</span><span class="page-header-subtitle">案件 TW-CC-2611-05217</span></div>').fields.caseId?.value).toBe('TW-CC-2611-05217');
  });

  it("reads the page's title when it names a case", () => {
    const ctx = read('<title>催收案件 TW-CC-1151127-0088</title>', '');
    expect(ctx.fields.caseId).toMatchObject({ value: 'TW-CC-1151127-0088' });
    expect(ctx.fields.caseId!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('a labelled case number wins; two frames that disagree give none; a number another field holds is not the case', () => {
    page = pageFrom(`<html><head><title>案件 AB-CD-1234-01</title></head><body>${debtor}<dl><dt>案件编号</dt><dd>XY-ZZ-9999-02</dd></dl></body></html>`);
    expect(extractDebtorContext(page.doc, { readers: DETAIL_READERS }).fields.caseId?.value).toBe('XY-ZZ-9999-02');
    void page.close();
    page = pageFrom('<html><head><title>案件 AB-CD-1234-01</title></head><body><div class="breadcrumb"><a>案件</a> / <span>AB-CD-1234-99</span></div></body></html>');
    expect(caseFromPage(page.doc, new Set())).toBeNull();
    expect(caseFromPage(page.doc, new Set(['AB-CD-1234-99', 'AB-CD-1234-01']))).toBeNull();
  });

  it('never reads a list row or a date-like text as the case', () => {
    page = pageFrom('<html><head><title>催收 2026-11-03</title></head><body><ul class="crumb"><li>首页</li><li>2026-11-03</li></ul></body></html>');
    expect(caseFromPage(page.doc, new Set())).toBeNull();
  });
});
