// Extraction cost in real Chromium on synthetic 20,000-element CRM pages (bench/pages.ts): full
// extraction vs one bare TreeWalker pass over the same page (same run, interleaved), on a page
// dominated by long lists and on one with no long list; that both still yield every field; and
// how many full scans a burst of 50 small DOM mutations inside one debounce window triggers.
import { chromium, type Page } from 'playwright-core';
import { findChrome } from '../../scripts/browser/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/browser/launch';
import { buildPage, EXPECTED } from '../pages';
import { median, type BenchEnv, type Metric } from '../types';

const ELEMENTS = 20_000;
const RUNS = 41;

type Api = { extractDebtorContext: (d: Document) => { fields: Record<string, { value: unknown }> } };

async function openPage(page: Page, shape: 'lists' | 'cards', extractJs: string): Promise<number> {
  await page.goto('about:blank');
  await page.setContent('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
  // tsx keeps function names through an `__name` helper the page does not have.
  await page.evaluate('window.__name = (f) => f');
  const count = await page.evaluate(buildPage, { total: ELEMENTS, shape });
  await page.addScriptTag({ content: extractJs });
  return count;
}

/** Median extraction and bare-walk times (interleaved batches), and the fields that differ from EXPECTED. */
async function timeExtraction(page: Page): Promise<{ full: number; walk: number; wrong: string[] }> {
  const r = await page.evaluate(
    ({ runs, expected }) => {
      const api = (window as unknown as { DaihouExtract: Api }).DaihouExtract;
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
      // performance.now() is coarse (0.1 ms) in a plain page: each sample times a batch.
      const BATCH = 5;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        for (let k = 0; k < BATCH; k++) api.extractDebtorContext(document);
        full.push((performance.now() - t) / BATCH);
        t = performance.now();
        for (let k = 0; k < BATCH; k++) bareWalk();
        walk.push((performance.now() - t) / BATCH);
      }
      const fields = api.extractDebtorContext(document).fields;
      const wrong = Object.entries(expected).filter(([f, v]) => fields[f]?.value !== v).map(([f]) => f);
      return { full, walk, wrong };
    },
    { runs: RUNS, expected: EXPECTED },
  );
  return { full: median(r.full), walk: median(r.walk), wrong: r.wrong };
}

async function rescansPerWindow(page: Page, watchJs: string): Promise<number> {
  await page.addScriptTag({ content: watchJs });
  return page.evaluate(async () => {
    const w = window as unknown as {
      DaihouExtract: Api;
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
}

export default async function bench(env: BenchEnv): Promise<Metric[]> {
  const extractJs = await env.bundle('scripts/browser/extract-entry.ts', 'DaihouExtract');
  const watchJs = await env.bundle('lib/extract/watch.ts', 'DaihouWatch');
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS, '--headless=new'],
  });
  try {
    const page = await browser.newPage();
    const cardCount = await openPage(page, 'cards', extractJs);
    const cards = await timeExtraction(page);
    const listCount = await openPage(page, 'lists', extractJs);
    const lists = await timeExtraction(page);
    const rescans = await rescansPerWindow(page, watchJs);
    for (const [name, count, t] of [['lists', listCount, lists], ['cards', cardCount, cards]] as const) {
      console.error(
        `extract bench (${name}): ${count} elements; extraction median ${t.full.toFixed(2)} ms, bare TreeWalker ` +
          `median ${t.walk.toFixed(2)} ms${t.wrong.length ? `; WRONG FIELDS: ${t.wrong.join(', ')}` : ''}`,
      );
    }
    return [
      { metric: 'extract.full.median', value: lists.full, unit: 'ms', budget: 10 },
      { metric: 'extract.ratio-to-treewalker', value: lists.full / lists.walk, unit: 'ratio', budget: 3 },
      { metric: 'extract.no-long-lists.full.median', value: cards.full, unit: 'ms', budget: 10 },
      { metric: 'extract.no-long-lists.ratio-to-treewalker', value: cards.full / cards.walk, unit: 'ratio', budget: 3 },
      { metric: 'extract.wrong-fields', value: lists.wrong.length + cards.wrong.length, unit: 'count', budget: 0 },
      { metric: 'extract.rescan-per-window', value: rescans, unit: 'count', budget: 1 },
    ];
  } finally {
    await browser.close();
  }
}
