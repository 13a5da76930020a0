import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { watchDebtorContext } from '@/lib/extract/watch';
import { startPicker } from '@/lib/extract/picker';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import type { DebtorContext } from '@/lib/extract/types';
import { pageFrom, type LoadedPage } from './helpers';

const debtor = (name: string, amount: string, account: string) =>
  `<dl id="card"><dt>客户姓名</dt><dd>${name}</dd><dt>账号</dt><dd>${account}</dd><dt>逾期金额</dt><dd>${amount}</dd></dl>`;

let page: LoadedPage | undefined;
let ctl: AbortController | undefined;
afterEach(async () => {
  ctl?.abort();
  await page?.close();
  page = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function watch(doc: Document, opts: { debounceMs?: number; readers?: typeof DETAIL_READERS } = {}) {
  ctl = new AbortController();
  const seen: DebtorContext[] = [];
  let scans = 0;
  const handle = watchDebtorContext(doc, {
    onChange: (c) => seen.push(c),
    signal: ctl.signal,
    debounceMs: opts.debounceMs ?? 40,
    maxWaitMs: 200,
    urlPollMs: 30,
    extract: (d) => {
      scans++;
      return extractDebtorContext(d, { readers: opts.readers });
    },
  });
  return { seen, scans: () => scans, handle };
}

describe('watchDebtorContext', () => {
  it('reports a new row of the CRM contact log even when no field changed', async () => {
    const row = (d: string, r: string) => `<tr><td>${d}</td><td>${r}</td></tr>`;
    page = pageFrom(`<main>${debtor('张三', '¥1,000', '6222****0001')}<h3>催收记录</h3><table><thead><tr><th>时间</th><th>结果</th></tr></thead><tbody>${row('2026-08-01 09:00', '无人接听')}</tbody></table></main>`);
    const w = watch(page.doc, { readers: DETAIL_READERS });
    expect(w.seen.at(-1)?.crmHistory?.lastContact?.result).toBe('无人接听');
    const body = page.doc.querySelector('tbody')!;
    body.innerHTML = row('2026-08-03 10:30', '承诺还款') + body.innerHTML;
    await sleep(120);
    expect(w.seen.length).toBe(2);
    expect(w.seen[1]!.crmHistory?.lastContact).toMatchObject({ date: '2026-08-03', result: '承诺还款' });
    expect(w.seen[1]!.fields.name?.value).toBe('张三');
  });

  it('reports at once, then the new debtor whole after a switch', async () => {
    page = pageFrom(`<main>${debtor('张三', '¥1,000', '6222****0001')}</main>`);
    const w = watch(page.doc);
    expect(w.seen.map((c) => c.fields.name?.value)).toEqual(['张三']);
    page.doc.querySelector('main')!.innerHTML = debtor('李四', '¥2,000', '6222****0002');
    await sleep(120);
    expect(w.seen.length).toBe(2);
    const now = w.seen[1]!;
    expect(now.fields.name?.value).toBe('李四');
    expect(now.fields.amountOverdue?.value).toBe(2000);
    expect(JSON.stringify(now)).not.toContain('张三');
  });

  it('scans once for a burst of mutations inside one window', async () => {
    page = pageFrom(`<main>${debtor('张三', '¥1,000', '6222****0001')}<ul id="log"></ul></main>`);
    const w = watch(page.doc, { debounceMs: 60 });
    const before = w.scans();
    const log = page.doc.getElementById('log')!;
    for (let i = 0; i < 50; i++) log.appendChild(page.doc.createElement('li')).textContent = `tick ${i}`;
    await sleep(150);
    expect(w.scans() - before).toBe(1);
    expect(w.seen.length).toBe(1); // nothing that matters changed
  });

  it('notices pushState-only URL changes by polling the URL', async () => {
    page = pageFrom(`<main>${debtor('张三', '¥1,000', '6222****0001')}</main>`);
    const w = watch(page.doc);
    page.window.history.pushState({}, '', '/crm/case#/debtor/2');
    await sleep(150);
    expect(w.seen.at(-1)!.url).toContain('#/debtor/2');
  });

  it('ignores the mutations of its own overlay', async () => {
    page = pageFrom(`<main>${debtor('张三', '¥1,000', '6222****0001')}</main>`);
    const w = watch(page.doc);
    const before = w.scans();
    const stop = startPicker(page.doc, { onPick: () => {} });
    await sleep(20);
    stop();
    await sleep(120);
    expect(w.scans()).toBe(before);
  });

  it('reports nobody when the debtor disappears, and stops on abort', async () => {
    page = pageFrom(`<main>${debtor('张三', '¥1,000', '6222****0001')}</main>`);
    const w = watch(page.doc);
    page.doc.querySelector('main')!.innerHTML = '<p>加载中…</p>';
    await sleep(120);
    expect(w.seen.at(-1)!.fields.name).toBeUndefined();
    ctl!.abort();
    const n = w.scans();
    page.doc.querySelector('main')!.innerHTML = debtor('王五', '¥3,000', '6222****0003');
    await sleep(120);
    expect(w.scans()).toBe(n);
  });

  it('never throws into the page', () => {
    page = pageFrom('<p>x</p>');
    const spy = vi.fn(() => {
      throw new Error('boom');
    });
    ctl = new AbortController();
    expect(() => watchDebtorContext(page!.doc, { onChange: () => {}, signal: ctl!.signal, extract: spy })).not.toThrow();
  });
});
