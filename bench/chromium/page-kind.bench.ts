// Cost of telling a list from a debtor (page-kind) and of reading the CRM's own history
// (crm-history) on the 20,000-element bench pages, in real Chromium: both run on every re-scan,
// so together they must stay well under 1 ms. "queue" is the list page with its detail removed:
// the worst case, where page-kind also walks beside the list looking for an open debtor.
import { chromium, type Page } from 'playwright-core';
import { findChrome } from '../../scripts/browser/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/browser/launch';
import { buildPage } from '../pages';
import { median, type BenchEnv, type Metric } from '../types';

const ELEMENTS = 20_000;
const RUNS = 31;
const BATCH = 20;

type Shape = 'lists' | 'cards' | 'queue';

async function measure(page: Page, shape: Shape, js: string): Promise<{ count: number; kind: string; ms: number; dirtyMs: number; kindMs: number; historyMs: number }> {
  await page.goto('about:blank');
  await page.setContent('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
  await page.evaluate('window.__name = (f) => f');
  const built: 'cards' | 'lists' = shape === 'cards' ? 'cards' : 'lists';
  const count = await page.evaluate(buildPage, { total: ELEMENTS, shape: built });
  if (shape === 'queue') await page.evaluate(() => document.querySelector('section.detail')?.remove());
  await page.addScriptTag({ content: js });
  return page.evaluate(
    ({ runs, batch }) => {
      const api = (
        window as unknown as {
          DaihouPageKind: {
            detectPageKind: (d: Document, roots: Node[]) => { kind: string };
            readCrmHistory: (r: Node[], l: string) => unknown;
            extractDebtorContext: (d: Document) => { page?: { kind: string } };
          };
        }
      ).DaihouPageKind;
      const time = (fn: () => unknown) => {
        for (let i = 0; i < 5; i++) fn();
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          for (let k = 0; k < batch; k++) fn();
          samples.push((performance.now() - t) / batch);
        }
        return samples.sort((a, b) => a - b)[samples.length >> 1]!;
      };
      const kindMs = time(() => api.detectPageKind(document, [document]));
      const historyMs = time(() => api.readCrmHistory([document], 'zh-CN'));
      const ms = time(() => (api.detectPageKind(document, [document]), api.readCrmHistory([document], 'zh-CN')));
      // After a DOM change (a re-scan follows one) the browser's cached element collections are stale.
      const touch = () => document.body.appendChild(document.createElement('i')).remove();
      const dirtyMs = time(() => (touch(), api.detectPageKind(document, [document]), api.readCrmHistory([document], 'zh-CN'))) - time(touch);
      // The kind as the product decides it: the list search plus what the extraction read beside it.
      const kind = api.extractDebtorContext(document).page?.kind ?? 'debtor';
      return { count: document.getElementsByTagName('*').length, kind, ms, dirtyMs, kindMs, historyMs };
    },
    { runs: RUNS, batch: BATCH },
  );
}

export default async function bench(env: BenchEnv): Promise<Metric[]> {
  const js = await env.bundle('bench/page-kind-entry.ts', 'DaihouPageKind');
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, '--headless=new'] });
  try {
    const page = await browser.newPage();
    const metrics: Metric[] = [];
    const want: Record<Shape, string> = { lists: 'debtor', cards: 'debtor', queue: 'list' };
    for (const shape of ['lists', 'cards', 'queue'] as const) {
      const r = await measure(page, shape, js);
      console.error(
        `page-kind bench (${shape}): ${r.count} elements, kind ${r.kind}; page-kind ${r.kindMs.toFixed(3)} ms, ` +
          `crm-history ${r.historyMs.toFixed(3)} ms, both ${r.ms.toFixed(3)} ms, both after a DOM change ${r.dirtyMs.toFixed(3)} ms (medians)`,
      );
      metrics.push({ metric: `page-kind.${shape}.median`, value: r.ms, unit: 'ms', budget: 1 });
      metrics.push({ metric: `page-kind.${shape}.after-change.median`, value: r.dirtyMs, unit: 'ms', budget: 1 });
      metrics.push({ metric: `page-kind.${shape}.wrong-kind`, value: r.kind === want[shape] ? 0 : 1, unit: 'count', budget: 0 });
    }
    return metrics;
  } finally {
    await browser.close();
  }
}
