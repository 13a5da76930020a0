// Extraction cost in real Chromium on a synthetic 20,000-element CRM page: full extraction vs
// one bare TreeWalker pass over the same page (same run, interleaved), and how many full scans
// a burst of 50 small DOM mutations inside one debounce window triggers.
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../tests/e2e/harness';
import { median, type BenchEnv, type Metric } from '../types';

const ELEMENTS = 20_000;
const RUNS = 41;

/** Builds the page inside the browser: a debtor detail area, a long case list, a call log, padding. */
export function buildPage(total: number): number {
  const doc = document;
  const el = (tag: string, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const body = doc.body;
  const header = body.appendChild(el('header', undefined, 'top'));
  header.append(el('span', '当前坐席：员工甲'), el('span', '客服热线：95588'), el('a', '退出'));
  const detail = body.appendChild(el('section', undefined, 'detail'));
  const table = detail.appendChild(el('table'));
  const pairs: [string, string][] = [
    ['客户姓名', '王建国'], ['卡号', '6225 **** **** 8812'], ['手机号码', '138****5521'], ['信用额度', '50,000.00'],
    ['账单金额', '15,432.10'], ['最低还款额', '1,268.05'], ['逾期金额', '12,680.50'], ['逾期天数', '47'], ['合同金额', '60,000.00'],
  ];
  for (let i = 0; i < pairs.length; i += 3) {
    const tr = table.appendChild(el('tr'));
    for (const [k, v] of pairs.slice(i, i + 3)) tr.append(el('td', `${k}：`, 'lbl'), el('td', v));
  }
  const dl = detail.appendChild(el('dl'));
  for (const [k, v] of [['产品类型', '白金信用卡'], ['所在地区', '广东省深圳市'], ['上次还款日期', '2026-08-03'], ['上次还款金额', '500.00']])
    dl.append(el('dt', k), el('dd', v));
  detail.append(el('p', '案件编号：AJ-2026-0918-001　　委案日期：2026-08-01'));
  // A long case list (other debtors) and a call log: the bulk of a real CRM page.
  const list = body.appendChild(el('table', undefined, 'case-list'));
  const head = list.appendChild(el('thead')).appendChild(el('tr'));
  for (const h of ['案件编号', '客户姓名', '账号', '逾期金额', '逾期天数', '账龄', '状态', '操作']) head.append(el('th', h));
  const tbody = list.appendChild(el('tbody'));
  const names = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴霞'];
  const log = body.appendChild(el('div', undefined, 'log'));
  let i = 0;
  while (doc.getElementsByTagName('*').length < total - 40) {
    if (i % 3 !== 2) {
      const tr = tbody.appendChild(el('tr'));
      tr.append(
        el('td', `CS${100000 + i}`), el('td', names[i % names.length]!), el('td', `6222 **** **** ${String(1000 + (i % 9000))}`),
        el('td', `¥${(i * 37.5).toFixed(2)}`), el('td', String(i % 200)), el('td', `M${1 + (i % 6)}`), el('td', i % 2 ? '跟进中' : '已承诺'),
      );
      tr.appendChild(el('td')).appendChild(el('a', '查看'));
    } else {
      const item = log.appendChild(el('div', undefined, 'log-item'));
      item.append(el('span', `2026-08-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}`, 'time'));
      item.append(el('span', '电话联系，客户表示月底前还款，已告知逾期后果。', 'text'));
      item.append(el('span', `坐席 ${1000 + (i % 50)}`, 'agent'));
    }
    i++;
  }
  while (doc.getElementsByTagName('*').length < total) body.appendChild(el('div', '', 'pad'));
  return doc.getElementsByTagName('*').length;
}

export default async function bench(env: BenchEnv): Promise<Metric[]> {
  const extractJs = await env.bundle('lib/extract/index.ts', 'DaihouExtract');
  const watchJs = await env.bundle('lib/extract/watch.ts', 'DaihouWatch');
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS, '--headless=new'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.setContent('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
    // tsx keeps function names through an `__name` helper the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const count = await page.evaluate(buildPage, ELEMENTS);
    await page.addScriptTag({ content: extractJs });
    await page.addScriptTag({ content: watchJs });

    const timings = await page.evaluate((runs) => {
      const api = (window as unknown as { DaihouExtract: { extractDebtorContext: (d: Document) => { fields: Record<string, unknown> } } }).DaihouExtract;
      const bareWalk = () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        let n = 0;
        while (w.nextNode()) n++;
        return n;
      };
      for (let i = 0; i < 5; i++) {
        api.extractDebtorContext(document);
        bareWalk();
      }
      const full: number[] = [];
      const walk: number[] = [];
      let fields = 0;
      // performance.now() is coarse (0.1 ms) in a plain page: each sample times a batch.
      const BATCH = 5;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        for (let k = 0; k < BATCH; k++) fields = Object.keys(api.extractDebtorContext(document).fields).length;
        full.push((performance.now() - t) / BATCH);
        t = performance.now();
        for (let k = 0; k < BATCH; k++) bareWalk();
        walk.push((performance.now() - t) / BATCH);
      }
      return { full, walk, fields };
    }, RUNS);

    const rescans = await page.evaluate(async () => {
      const w = window as unknown as {
        DaihouExtract: { extractDebtorContext: (d: Document) => unknown };
        DaihouWatch: { watchDebtorContext: (d: Document, o: unknown) => unknown };
      };
      let scans = 0;
      const ctl = new AbortController();
      w.DaihouWatch.watchDebtorContext(document, {
        onChange: () => {},
        signal: ctl.signal,
        debounceMs: 120,
        maxWaitMs: 300,
        extract: (d: Document) => {
          scans++;
          return w.DaihouExtract.extractDebtorContext(d);
        },
      });
      const initial = scans;
      const cells = document.querySelectorAll('.case-list td:nth-child(7)');
      // 50 small changes spread over 50 ms: one debounce window.
      for (let i = 0; i < 50; i++) {
        (cells[i] as HTMLElement).textContent = i % 2 ? '已联系' : '未接通';
        await new Promise((r) => setTimeout(r, 1));
      }
      await new Promise((r) => setTimeout(r, 600));
      ctl.abort();
      return scans - initial;
    });

    const full = median(timings.full);
    const walk = median(timings.walk);
    console.error(
      `extract bench: ${count} elements, ${timings.fields} fields; extraction median ${full.toFixed(2)} ms, ` +
        `bare TreeWalker median ${walk.toFixed(2)} ms`,
    );
    return [
      { metric: 'extract.full.median', value: full, unit: 'ms', budget: 10 },
      { metric: 'extract.ratio-to-treewalker', value: full / walk, unit: 'ratio', budget: 3 },
      { metric: 'extract.rescan-per-window', value: rescans, unit: 'count', budget: 1 },
    ];
  } finally {
    await browser.close();
  }
}
