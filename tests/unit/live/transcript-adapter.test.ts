// The transcript part of a site adapter: stored, imported and packed like field rules, validated
// as hostile input (bad selectors refused in zh-CN / zh-TW / en), matched by URL; and the page
// watcher's tap, through which the reader notices a late transcript without a second observer.
import { afterEach, describe, expect, it } from 'vitest';
import { checkAdapter, importAdapters, isSiteAdapter, transcriptRuleFor, type SiteAdapter } from '@/lib/extract/adapters';
import { extractDebtorContext } from '@/lib/extract';
import { watchDebtorContext } from '@/lib/extract/watch';
import { validatePack } from '@/lib/packs/validate';
import { minimalPack } from '../packs/fixtures';

const base = (transcript: unknown, fields: object = {}): unknown => ({ id: 'a1', urlPattern: 'https://crm.bank.cn/*', fields, transcript });

describe('transcript adapters', () => {
  it('accepts an adapter with only a transcript area, and keeps it through import', () => {
    const r = importAdapters([base({ container: '#asr-panel', line: '.row', debtorSelector: '.from-customer', agentLabel: '坐席' })]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.adapters[0]!.transcript).toEqual({ container: '#asr-panel', line: '.row', debtorSelector: '.from-customer', agentLabel: '坐席' });
    expect(isSiteAdapter(base({ container: 'iframe#phone >>> .log' }))).toBe(true);
  });

  it('refuses bad selectors with a clear message in zh-CN, zh-TW and en', () => {
    const r = importAdapters([base({ container: 'div[[' , agentSelector: '.a:::b' })]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const c = r.issues.find((i) => i.path === 'adapters[0].transcript.container')!;
    expect(c.zh).toContain('通话转写区域的 CSS 选择器无效');
    expect(c.zhTW).toContain('通話轉寫區域的 CSS 選擇器無效');
    expect(c.en).toContain('Invalid CSS selector for the transcript area');
    expect(r.issues.some((i) => i.path === 'adapters[0].transcript.agentSelector')).toBe(true);
  });

  it('refuses frame chains outside the container, control characters in labels, and wrong shapes', () => {
    const a = { id: 'a', urlPattern: 'https://crm.bank.cn/*', fields: {}, transcript: { container: '.t', line: 'iframe >>> li', debtorLabel: '客户\u0000' } } as SiteAdapter;
    const issues = checkAdapter(a);
    expect(issues.map((i) => i.path)).toEqual(['transcript.line', 'transcript.debtorLabel']);
    expect(issues[0]!.en).toMatch(/may not contain >>>/);
    for (const bad of [{ container: '' }, { container: 5 }, { container: '.t', line: 'x'.repeat(501) }, { container: '.t', agentLabel: 'x'.repeat(41) }, 'div'])
      expect(isSiteAdapter(base(bad)), JSON.stringify(bad)).toBe(false);
    expect(importAdapters([base({ line: '.row' })]).ok).toBe(false);
    // An adapter with neither fields nor a transcript still maps nothing.
    expect(importAdapters([{ id: 'b', urlPattern: 'https://crm.bank.cn/*', fields: {} }]).ok).toBe(false);
  });

  it('a pack carrying a hostile transcript adapter is refused, worded in the pack locale', () => {
    const pack = { ...minimalPack(), siteAdapters: [base({ container: 'ul >>>', debtorSelector: '}{' }, { name: { label: '客户姓名' } })] };
    for (const [locale, word] of [['zh-CN', '客户发言的 CSS 选择器无效'], ['zh-TW', '客戶發言的 CSS 選擇器無效'], ['en', 'Invalid CSS selector for the debtor lines']] as const) {
      const r = validatePack(pack, locale);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors.map((e) => e.path)).toEqual(['siteAdapters[0].transcript.container', 'siteAdapters[0].transcript.debtorSelector']);
      expect(r.errors[1]!.message).toContain(word);
    }
  });

  it('picks the transcript rule of the most specific matching adapter', () => {
    const adapters: SiteAdapter[] = [
      { id: 'x', urlPattern: '*://crm.bank.cn/*', fields: { name: { label: '户名' } }, transcript: { container: '.all' } },
      { id: 'y', urlPattern: 'https://crm.bank.cn/call/*', fields: {}, transcript: { container: '.call' } },
      { id: 'z', urlPattern: 'https://crm.bank.cn/call/detail/*', fields: { name: { label: '姓名' } } },
    ];
    expect(transcriptRuleFor(adapters, 'https://crm.bank.cn/call/detail/1')?.container).toBe('.call');
    expect(transcriptRuleFor(adapters, 'https://crm.bank.cn/case/1')?.container).toBe('.all');
    expect(transcriptRuleFor(adapters, 'https://other.cn/')).toBeNull();
  });
});

describe('the page watcher tap', () => {
  let ctl: AbortController | undefined;
  afterEach(() => ctl?.abort());
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('lets the transcript reader see changes, and skips the debtor re-read for changes it owns', async () => {
    document.body.innerHTML = '<dl><dt>客户姓名</dt><dd>张伟</dd><dt>逾期金额</dt><dd>¥1,000</dd></dl><ul id="t"></ul>';
    const t = document.getElementById('t')!;
    let scans = 0;
    let tapped = 0;
    ctl = new AbortController();
    watchDebtorContext(document, {
      onChange: () => {},
      signal: ctl.signal,
      debounceMs: 20,
      maxWaitMs: 50,
      extract: (d) => (scans++, extractDebtorContext(d)),
      tap: (records) => (tapped++, records.every((r) => t.contains(r.target))),
    });
    const before = scans;
    t.appendChild(document.createElement('li')).textContent = '坐席：您好';
    await sleep(80);
    expect(tapped).toBeGreaterThan(0);
    expect(scans).toBe(before);
    document.body.appendChild(document.createElement('p')).textContent = '别处变化';
    await sleep(80);
    expect(scans).toBe(before + 1);
  });

  it('a tap that throws changes nothing for the page', async () => {
    document.body.innerHTML = '<p>x</p>';
    let scans = 0;
    ctl = new AbortController();
    watchDebtorContext(document, {
      onChange: () => {},
      signal: ctl.signal,
      debounceMs: 10,
      maxWaitMs: 30,
      extract: (d) => (scans++, extractDebtorContext(d)),
      tap: () => {
        throw new Error('bug');
      },
    });
    const before = scans;
    document.body.appendChild(document.createElement('p')).textContent = 'y';
    await sleep(60);
    expect(scans).toBe(before + 1);
  });
});
