import { afterEach, describe, expect, it } from 'vitest';
import { checkAdapter, exportAdapters, importAdapters, matchAdapters, mergeAdapters, siteRules, urlMatches, urlPatternProblem, type SiteAdapter } from '@/lib/extract/adapters';
import { extractDebtorContext } from '@/lib/extract';
import { loadFixture, pageFrom, type LoadedPage } from './helpers';

const A: SiteAdapter = {
  id: 'bank-a',
  urlPattern: 'http://127.0.0.1:8080/fixtures/*',
  fields: { amountOverdue: { selector: 'table:nth-of-type(2) tr:nth-of-type(3) td:nth-of-type(6)' }, name: { label: '委案机构' } },
};

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('URL patterns', () => {
  it.each([
    ['https://crm.bank.com/case/*', 'https://crm.bank.com/case/123?id=9', true],
    ['https://crm.bank.com/case/*', 'https://crm.bank.com/list', false],
    ['*://*.bank.com/*', 'http://bank.com/x', true],
    ['*://*.bank.com/*', 'https://a.b.bank.com/x', true],
    ['*://*.bank.com/*', 'https://evilbank.com/x', false],
    ['crm.bank.com', 'https://crm.bank.com/anything', true],
    ['*://x/case.html?id=*', 'http://x/case.html?id=42', true],
    ['*://x/case.html?id=*', 'http://x/case.htm?id=42', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:5174/case', true],
    ['http://127.0.0.1:5174/*', 'http://127.0.0.1:8080/case', false],
    ['https://CRM.bank.com/Case/*', 'https://crm.bank.com/case/1', true],
    ['https://crm*.bank.com/*', 'https://crm2.bank.com/a', true],
    ['https://crm.bank.com/*/detail', 'https://crm.bank.com/case/7/detail', true],
    ['https://crm.bank.com/*/detail', 'https://crm.bank.com/case/7/details', false],
  ])('%s vs %s → %s', (p, u, ok) => expect(urlMatches(p, u)).toBe(ok));

  it('never runs a regular expression: /…/ patterns are refused and match nothing', () => {
    // The review's ReDoS: this took 38 s against a 31-character URL on the CRM page's thread.
    const evil = '/^(.+)+\u0000$/';
    expect(urlPatternProblem(evil)).toBe('regex');
    const t0 = performance.now();
    expect(urlMatches(evil, `https://crm.bank.cn/${'a'.repeat(30)}`)).toBe(false);
    expect(urlMatches('/case\\.html\\?id=\\d+$/', 'http://x/case.html?id=42')).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(checkAdapter({ ...A, urlPattern: evil })).toEqual([expect.objectContaining({ path: 'urlPattern', code: 'url-pattern-regex' })]);
    expect(importAdapters([{ ...A, urlPattern: '/crm\\.bank\\.cn/' }])).toMatchObject({ ok: false, issues: [{ path: 'adapters[0].urlPattern' }] });
  });

  it.each([
    ['https://crm.bank.cn/(a+)+$', 'regex'],
    ['https://crm.bank.cn/[ab]*', 'regex'],
    ['https://crm.bank.cn/a|b', 'regex'],
    ['https://crm.bank.cn/\\d+', 'regex'],
    ['https://crm.bank.cn/ case', 'chars'],
    ['https://crm.bank.cn/\u200bcase', 'chars'],
    ['https://crm.bank.cn/客户', 'chars'],
    ['ht tp://x/*', 'chars'],
    ['1http://x/*', 'scheme'],
    ['https://user@crm.bank.cn/*', 'host'],
    ['https:///*', 'host'],
    ['x'.repeat(501), 'length'],
  ])('refuses %s (%s)', (p, problem) => expect(urlPatternProblem(p)).toBe(problem));

  it('stays linear on wildcard-heavy patterns and long URLs', () => {
    const many = `https://crm.bank.cn/${'*a'.repeat(200)}b`;
    expect(urlPatternProblem(many)).toBeNull();
    const t0 = performance.now();
    expect(urlMatches(many, `https://crm.bank.cn/${'a'.repeat(8000)}`)).toBe(false);
    expect(urlMatches('https://crm.bank.cn/*', `https://crm.bank.cn/${'a'.repeat(9000)}`)).toBe(false); // over 8192: no adapter
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('orders the most specific adapter first', () => {
    const list = [
      { ...A, id: 'wide', urlPattern: '*://127.0.0.1/*' },
      { ...A, id: 'narrow', urlPattern: 'http://127.0.0.1:8080/fixtures/legacy*' },
    ];
    expect(matchAdapters(list, 'http://127.0.0.1:8080/fixtures/legacy-table.html').map((a) => a.id)).toEqual(['narrow', 'wide']);
  });
});

describe('applying adapters', () => {
  it('wins over the heuristics (selector and label)', async () => {
    page = await loadFixture('legacy-table.html');
    const plain = extractDebtorContext(page.doc);
    expect(plain.fields.amountOverdue!.value).toBe(12680.5);
    // Deliberately point amountOverdue at "合同金额" and name at another label: the adapter wins.
    const ctx = extractDebtorContext(page.doc, { site: siteRules([A]) });
    expect(ctx.fields.amountOverdue).toMatchObject({ value: 60000, source: { method: 'adapter' } });
    expect(ctx.fields.name!.source.method).toBe('adapter');
    expect(ctx.fields.name).toMatchObject({ value: '华南分中心', source: { label: '委案机构' } });
  });

  it('is ignored on other sites', async () => {
    page = await loadFixture('legacy-table.html', { url: 'http://other.example/fixtures/legacy-table.html' });
    expect(extractDebtorContext(page.doc, { site: siteRules([A]) }).fields.amountOverdue!.value).toBe(12680.5);
  });

  it('teaches a label the dictionary does not know', () => {
    page = pageFrom('<dl><dt>应收未收</dt><dd>¥1,500</dd><dt>客户</dt><dd>张三</dd></dl>');
    expect(extractDebtorContext(page.doc).fields.amountOverdue).toBeUndefined();
    const ctx = extractDebtorContext(page.doc, {
      site: siteRules([{ id: 'x', urlPattern: '127.0.0.1:8080/*', fields: { amountOverdue: { label: '应收未收' } } }]),
    });
    expect(ctx.fields.amountOverdue).toMatchObject({ value: 1500, source: { method: 'adapter' } });
  });
});

describe('placeholders', () => {
  it('reads "无" / "-" / "N/A" as no value', () => {
    page = pageFrom('<dl><dt>客户姓名</dt><dd>张三</dd><dt>担保人</dt><dd>无</dd><dt>地区</dt><dd>-</dd><dt>产品</dt><dd>N/A</dd></dl>');
    const f = extractDebtorContext(page.doc).fields;
    expect(f.name!.value).toBe('张三');
    expect(f.guarantor).toBeUndefined();
    expect(f.region).toBeUndefined();
    expect(f.product).toBeUndefined();
  });
});

describe('import / export', () => {
  it('round-trips', () => {
    const res = importAdapters(exportAdapters([A]));
    expect(res).toEqual({ ok: true, adapters: [A] });
  });
  it('accepts a bare array or a single adapter', () => {
    expect(importAdapters(JSON.stringify([A])).ok).toBe(true);
    expect(importAdapters(A).ok).toBe(true);
  });
  it('explains bad input in Chinese and English', () => {
    const bad = importAdapters('{not json');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues[0]!.zh).toMatch(/JSON/);
    expect(bad.issues[0]!.en).toMatch(/Not valid JSON/);

    const wrong = importAdapters({ format: 'daihou-adapters', version: 1, adapters: [{ id: 'a', urlPattern: 'x', fields: { nope: { selector: 'p' } } }] });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues.map((i) => i.en).join(' ')).toMatch(/Unknown field|invalid/i);

    const sel = importAdapters([{ id: 'a', urlPattern: 'x.com', fields: { name: { selector: 'div[[[' } } }]);
    expect(sel.ok).toBe(false);
    if (!sel.ok) {
      expect(sel.issues[0]!.zh).toContain('选择器');
      expect(sel.issues[0]!.en).toContain('selector');
    }
    const dup = importAdapters([A, A]);
    expect(dup.ok).toBe(false);
    const empty = importAdapters({ hello: 1 });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.issues[0]!.zh).toContain('适配器');
  });
  it('merges by id', () => {
    const b = { ...A, urlPattern: 'b.com' };
    expect(mergeAdapters([A], [b])).toEqual([b]);
  });
});
