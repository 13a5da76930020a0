// Launching the system Chromium with the built extension, shared by the E2E fixtures
// (tests/e2e/fixtures.ts), the benches (bench/) and `npm start` (scripts/start.ts): find the
// browser, launch it on a profile with the extension loaded, learn the extension id, and open
// the side panel page bound to a CRM tab (sidepanel.html?tabId=). Never downloads a browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const EXTENSION_ID = 'mfabdeapnofdmndmgbmbgjhdiopdpolf';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Close the browser cleanly. */
  close(): Promise<void>;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter',
];

/** `args`: extra Chromium flags for one caller (e.g. the fake media device of tests/e2e/specs/live-audio.spec.ts);
 *  `audible`: keep tabs' sound (Playwright mutes it by default; a muted tab is captured as silence). */
export async function launchBrowser(opts: { userDataDir?: string; headless?: boolean; locale?: string; args?: string[]; audible?: boolean } = {}): Promise<Browser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` (wxt build) first.`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'daihou-profile-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless,
    locale: opts.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions', ...(opts.audible ? ['--mute-audio'] : [])],
    args: [
      ...CHROME_ARGS,
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${opts.locale ?? 'zh-CN'}`,
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    close: () => context.close(),
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The Chrome tab id of a page, asked of the extension (pages know no tab id themselves). */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  const probe = await b.context.newPage();
  try {
    await probe.goto(`chrome-extension://${b.extensionId}/options.html`);
    const url = page.url();
    const id = await probe.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** Open the side panel page bound to a CRM tab, as the product does for one panel per tab. */
export async function openPanel(b: Browser, tabId: number, query = ''): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}${query}`);
  return panel;
}

/** The panel with its clock fixed (compliance depends on the debtor's local time). */
export async function openPanelAt(b: Browser, tabId: number, at: Date): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.clock.setFixedTime(at);
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** The options page, once the section with test id `section` shows. */
export async function openOptions(b: Browser, section = 'adapters-section'): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByTestId(section).waitFor({ timeout: 10_000 });
  return page;
}

export async function openCrm(b: Browser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Open the browser's real side panel for a tab. sidePanel.open needs a user gesture or an
 * extension page; an extension page works. False when the browser refuses.
 */
export async function openSidePanel(b: Browser, tabId: number): Promise<boolean> {
  const helper = await b.context.newPage();
  try {
    await helper.goto(`chrome-extension://${b.extensionId}/options.html`);
    return await helper.evaluate(async (id) => {
      try {
        await chrome.sidePanel.open({ tabId: id });
        return true;
      } catch {
        return false;
      }
    }, tabId);
  } finally {
    await helper.close();
  }
}
