import { describe, expect, it } from 'vitest';
import { normalizeLabel, parseAmount, parseBucket, parseDate, parseDays } from '@/lib/extract/normalize';

describe('parseAmount', () => {
  it.each([
    ['¥8,500.00', 8500, 'CNY'],
    ['￥ 8,500', 8500, 'CNY'],
    ['RMB 1,234.5', 1234.5, 'CNY'],
    ['CNY8500', 8500, 'CNY'],
    ['HK$12,345.60', 12345.6, 'HKD'],
    ['NT$ 45,000', 45000, 'TWD'],
    ['ＮＴ＄４５，０００', 45000, 'TWD'],
    ['US$1,234.56', 1234.56, 'USD'],
    ['8.5万元', 85000, 'CNY'],
    ['8.5萬', 85000, undefined],
    ['８，５００元', 8500, 'CNY'],
    ['-200.00', -200, undefined],
  ])('%s → %s %s', (raw, value, currency) => {
    const a = parseAmount(raw);
    expect(a?.value).toBe(value);
    expect(a?.currency).toBe(currency);
  });
  it('resolves a bare $ by locale', () => {
    expect(parseAmount('$1,000', 'en-US')?.currency).toBe('USD');
    expect(parseAmount('$1,000', 'zh-TW')?.currency).toBe('TWD');
    expect(parseAmount('$1,000', 'en')?.currency).toBeUndefined();
  });
  it('uses a label unit hint', () => {
    expect(parseAmount('30', '', { multiplier: 10000 })?.value).toBe(300000);
  });
  it('refuses dates, percentages and prose', () => {
    expect(parseAmount('2026-09-18')).toBeNull();
    expect(parseAmount('15%')).toBeNull();
    expect(parseAmount('请联系客户经理确认金额')).toBeNull();
  });
});

describe('parseDays', () => {
  it.each([
    ['47天', 47],
    ['逾期 47 日', 47],
    ['47 days', 47],
    ['47', 47],
    ['DPD 47', 47],
  ])('%s → %s', (raw, n) => expect(parseDays(raw)).toBe(n));
  it('refuses amounts and dates', () => {
    expect(parseDays('¥47')).toBeNull();
    expect(parseDays('2026-09-18')).toBeNull();
    expect(parseDays('4.7')).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-09-18', '', '2026-09-18'],
    ['2026/9/18', '', '2026-09-18'],
    ['2026年9月18日', '', '2026-09-18'],
    ['2026.09.18 14:30', '', '2026-09-18'],
    ['18/09/2026', '', '2026-09-18'],
    ['09/18/2026', '', '2026-09-18'],
    ['03/08/2026', 'en-US', '2026-03-08'],
    ['03/08/2026', 'zh-HK', '2026-08-03'],
    ['03/08/2026', 'en-GB', '2026-08-03'],
    ['民國115年8月3日', 'zh-TW', '2026-08-03'],
    ['115/08/03', 'zh-TW', '2026-08-03'],
    ['Sep 18, 2026', 'en-US', '2026-09-18'],
    ['18 September 2026', 'en', '2026-09-18'],
  ])('%s (%s) → %s', (raw, locale, iso) => expect(parseDate(raw, locale)).toBe(iso));
  it('gives null when the order is ambiguous and the locale does not decide', () => {
    expect(parseDate('03/08/2026', 'zh-CN')).toBeNull();
    expect(parseDate('2026-02-30')).toBeNull();
  });
});

describe('buckets', () => {
  it('reads what the page shows', () => {
    expect(parseBucket('M2')).toBe('M2');
    expect(parseBucket('m3（61-90天）')).toBe('M3');
    expect(parseBucket('M6+')).toBe('M6+');
    expect(parseBucket('M7')).toBe('M6+');
    expect(parseBucket('正常')).toBeNull();
  });
});

describe('normalizeLabel', () => {
  it('folds scripts, width, case, colons, brackets and padding', () => {
    expect(normalizeLabel('姓　　名：')).toBe('姓名');
    expect(normalizeLabel('*逾期金額（元）')).toBe('逾期金额');
    expect(normalizeLabel('Past-Due Amount:')).toBe('past due amount');
    expect(normalizeLabel('ＤＰＤ')).toBe('dpd');
    expect(normalizeLabel('帳號')).toBe('账号');
  });
});

describe('the Traditional folding table of labels', () => {
  it('is generated from OpenCC for the label vocabulary and up to date (npm run gen:label-fold)', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { labelFoldSource, OUTPUT } = await import('../../../scripts/gen-label-fold');
    expect(readFileSync(resolve(import.meta.dirname, '../../..', OUTPUT), 'utf8')).toBe(await labelFoldSource());
  });
});
