// Foundation budgets: panel open to first render (median of cold starts, each in a fresh browser, and of warm opens), content-script cost on the demo page,
// and the gzipped size of the panel's initial JS and of the content script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, openCrm, openPanel, removeProfile, tabIdOf } from '../../scripts/browser/launch';
import { caseUrl, demoCases } from '../../scripts/browser/demo-cases';
import { median, type BenchEnv, type Metric } from '../types';
import { CONTENT_SCRIPT_FILE } from '../../lib/crm/content-script-file';

const gzipKB = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file))).length / 1024;

/** Scripts the panel HTML loads before first render: its entry and the chunks it preloads. */
export function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

const COLD_STARTS = 7;

/** First render of a panel opened first thing in a freshly launched browser (no code cache, nothing warm), in ms. */
async function coldFirstRender(env: BenchEnv): Promise<number> {
  const b = await env.launchBrowser();
  try {
    const [first] = demoCases();
    const crm = await openCrm(b, caseUrl(env.demoUrl, first!));
    const panel = await openPanel(b, await tabIdOf(b, crm));
    await panel.waitForFunction(() => performance.getEntriesByName('daihou:first-render').length > 0, null, { timeout: 10_000 });
    return await panel.evaluate(() => performance.getEntriesByName('daihou:first-render')[0]!.startTime);
  } finally {
    await b.close();
    removeProfile(b.userDataDir);
  }
}

export default async function foundationBench(env: BenchEnv): Promise<Metric[]> {
  const panelHtml = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  const panelKB = initialScripts(panelHtml).reduce((sum, f) => sum + gzipKB(f), 0);
  const contentKB = gzipKB(CONTENT_SCRIPT_FILE);

  // Each cold start launches its own browser: one sample is too noisy to hold a budget to.
  const cold: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) cold.push(await coldFirstRender(env));
  console.error(`foundation.bench: cold first renders ${cold.map((ms) => Math.round(ms)).join(', ')} ms`);

  const b = await env.launchBrowser();
  try {
    const [first] = demoCases();
    if (!first) throw new Error('demo CRM has no cases');
    const crm = await openCrm(b, caseUrl(env.demoUrl, first));
    const tabId = await tabIdOf(b, crm);

    const firstRender: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 9; i++) {
      const panel = await openPanel(b, tabId);
      await panel.waitForFunction(() => performance.getEntriesByName('daihou:panel-ready').length > 0, null, {
        timeout: 10_000,
      });
      const marks = await panel.evaluate(() => ({
        first: performance.getEntriesByName('daihou:first-render')[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName('daihou:panel-ready')[0]?.startTime ?? NaN,
      }));
      firstRender.push(marks.first);
      ready.push(marks.ready);
      await panel.close();
    }

    // The content script's own start-up cost on the demo case page (first extraction included).
    const probe = await b.context.newPage();
    await probe.goto(`chrome-extension://${b.extensionId}/options.html`);
    const initMs: number[] = [];
    for (let i = 0; i < 7; i++) {
      await crm.reload();
      await crm.waitForLoadState('load');
      await crm.waitForTimeout(300);
      const stats = await probe.evaluate(
        async (id) => chrome.tabs.sendMessage(id, { daihou: 1, type: 'crm:stats', data: {} }, { frameId: 0 }),
        tabId,
      );
      initMs.push((stats as { value: { initMs: number } }).value.initMs);
    }

    return [
      { metric: 'panel.first-render.cold.median', value: median(cold), unit: 'ms', budget: 150 },
      { metric: 'panel.first-render.warm.median', value: median(firstRender), unit: 'ms', budget: 150 },
      { metric: 'panel.ready.median', value: median(ready), unit: 'ms', budget: 300 },
      { metric: 'content-script.init.median', value: median(initMs), unit: 'ms', budget: 20 },
      { metric: 'size.panel-initial-js.gzip', value: panelKB, unit: 'KB', budget: 250 },
      { metric: 'size.content-script.gzip', value: contentKB, unit: 'KB', budget: 30 },
    ];
  } finally {
    await b.close();
    removeProfile(b.userDataDir);
  }
}
