// `npm run -s extract:score [-- dir…] [--verbose] [--chromium]`: reads every fixture page that has
// an `.expected.json` beside it and scores the extraction: fields right and sure, fields wrongly
// filled, wrong values shown as fact (sure, but not what the page shows the debtor's to be: worse
// than a blank), pages read fully. Prints each miss with the value's "why", so a supervisor or a
// developer sees why a page misreads. `--chromium` reads the pages in the real browser (styles
// applied, scripts run) instead of happy-dom. Exits non-zero when any page is not read fully.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { startDemoServer } from '../demo-crm/server.mjs';
import { extractDebtorContext } from '../lib/extract/index';
import { DETAIL_READERS } from '../lib/extract/detail-readers';
import type { DebtorContext } from '../lib/extract/types';
import { scorePage, type Expected } from './score-page';
import { findChrome } from './browser/find-chrome.mjs';
import { loadFile } from './load-page';

type Reader = (file: string, scripts: boolean) => Promise<DebtorContext>;

const happyDom: Reader = async (file, scripts) => {
  const page = await loadFile(file, { scripts });
  try {
    return extractDebtorContext(page.doc, { readers: DETAIL_READERS });
  } finally {
    await page.close();
  }
};

/** The same extraction bundled into the real browser, over the demo server's /fixtures/. */
async function inChromium(): Promise<{ read: Reader; close: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '..');
  const bundle = await build({
    entryPoints: [join(root, 'scripts/browser/extract-entry.ts')], bundle: true, write: false, format: 'iife', globalName: 'DaihouExtract',
    platform: 'browser', target: 'chrome120', alias: { '@': root }, logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]!.text;
  const fixtures = join(root, 'tests/fixtures/crm');
  const server = await startDemoServer({ port: 0, fixturesDir: fixtures });
  const browser: Browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--headless=new'] });
  const read: Reader = async (file) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/fixtures/${relative(fixtures, file).split('\\').join('/')}`);
      await page.addScriptTag({ content: js });
      return (await page.evaluate('DaihouExtract.extractDebtorContext(document)')) as DebtorContext;
    } finally {
      await page.close();
    }
  };
  return { read, close: async () => (await browser.close(), await server.close()) };
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const browser = argv.includes('--chromium') ? await inChromium() : null;
  const read = browser?.read ?? happyDom;
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (!dirs.length) dirs.push('tests/fixtures/crm/kits');
  let right = 0;
  let total = 0;
  let wrongFilled = 0;
  /** A value other than the page's shown as fact: worse than a blank. */
  let wrongSure = 0;
  let fullPages = 0;
  let pages = 0;
  for (const dir of dirs.map((d) => resolve(d))) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
      const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      const html = join(dir, file.replace(/\.expected\.json$/, '.html'));
      const ctx = await read(html, spec.scripts === true);
      pages++;
      const score = scorePage(spec, ctx);
      const { misses } = score;
      right += score.right;
      total += score.total;
      wrongFilled += score.wrongFilled;
      wrongSure += score.wrongSure;
      if (!misses.length) fullPages++;
      console.log(`${misses.length ? '✗' : '✓'} ${file.replace(/\.expected\.json$/, '')}`);
      if (misses.length || verbose) for (const m of misses) console.log(m);
    }
  }
  await browser?.close();
  console.log(`\n${browser ? 'Chromium' : 'happy-dom'} · fields right: ${right}/${total} · blanks filled wrongly: ${wrongFilled} · wrong values shown as fact: ${wrongSure} · pages read fully: ${fullPages}/${pages}`);
  return fullPages === pages ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`评分失败 / Scoring failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
