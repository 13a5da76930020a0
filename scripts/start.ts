// `npm start`: serves the demo CRM, launches Chromium/Chrome with the built extension and the
// demo case open, and opens the side panel next to it. With --headless (or no display), it
// writes screenshots of the CRM page and the panel instead and prints their paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer, type DemoServer } from '../demo-crm/server.mjs';
import { BrowserNotFoundError } from './browser/find-chrome.mjs';
import { launchBrowser, openPanel, openPanelAt, openSidePanel, ROOT, tabIdOf, type Browser } from './browser/launch';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = flag('headless') || !hasDisplay;
const outDir = option('out') ?? join(ROOT, 'screenshots');
const DEMO_CASE = 'case.html?id=CS-2026-004817';

async function serve(): Promise<DemoServer> {
  const wanted = Number(option('port') ?? process.env.PORT ?? 5174);
  try {
    return await startDemoServer({ port: wanted });
  } catch {
    console.log(`端口 ${wanted} 已被占用，改用随机端口 / port ${wanted} busy, using a free one`);
    return startDemoServer({ port: 0 });
  }
}

async function screenshots(b: Browser, crmUrl: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const crm = b.context.pages()[0] ?? (await b.context.newPage());
  await crm.goto(crmUrl);
  await crm.waitForLoadState('networkidle');
  const tabId = await tabIdOf(b, crm);
  const at = option('at'); // e.g. --at 2026-11-23T10:30:00+08:00: the panel's clock, for repeatable screenshots
  const panel = at ? await openPanelAt(b, tabId, new Date(at)) : await openPanel(b, tabId);
  await panel.locator('[data-testid="context-card"], [data-testid="empty-state"]').first().waitFor({ timeout: 10_000 });
  if (await panel.getByTestId('context-card').count()) {
    // Show the panel mid-call, as an agent sees it: identity verified, the debtor's words typed in.
    // Outside the call window the compliance guard disables "start call": show that state as it is.
    if (await panel.getByTestId('start-call').isEnabled()) await panel.getByTestId('start-call').click();
    await panel.locator('[data-stage="verify"]').click();
    await panel.locator('[data-check="identity-verified"]').click(); // ticking it moves the stepper on to 说明来意
    await panel.getByTestId('utterance-input').fill(option('say') ?? '最近手头实在太紧了，等发了工资再说吧');
  }
  await panel.waitForTimeout(300);
  const crmPng = join(outDir, 'crm.png');
  const panelPng = join(outDir, 'panel.png');
  await crm.screenshot({ path: crmPng });
  await panel.screenshot({ path: panelPng, fullPage: true });
  // Side by side, as an agent sees it: the CRM on the left, the panel docked on the right.
  const combo = await b.context.newPage();
  await combo.setViewportSize({ width: 1280 + 400, height: 860 });
  const html = `<body style="margin:0;display:flex;background:#888"><img src="data:image/png;base64,${(
    await crm.screenshot()
  ).toString('base64')}" style="width:1280px;height:860px"><img src="data:image/png;base64,${(
    await panel.screenshot()
  ).toString('base64')}" style="width:400px;height:860px;border-left:1px solid #999"></body>`;
  await combo.setContent(html);
  const comboPng = join(outDir, 'crm-with-panel.png');
  await combo.screenshot({ path: comboPng });
  return [crmPng, panelPng, comboPng];
}

async function main() {
  const server = await serve();
  const crmUrl = `${server.url}/${DEMO_CASE}`;
  let browser: Browser;
  try {
    browser = await launchBrowser({
      headless,
      userDataDir: headless ? undefined : join(ROOT, '.output/profile'),
    });
  } catch (e) {
    await server.close();
    if (e instanceof BrowserNotFoundError) {
      console.error(`未找到浏览器 / ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  console.log(`演示 CRM / demo CRM: ${server.url}/`);
  if (headless) {
    if (!flag('headless')) console.log('没有图形显示，改为无头模式并截图 / no display: running headless and writing screenshots');
    const files = await screenshots(browser, crmUrl);
    for (const f of files) console.log(f);
    writeFileSync(join(outDir, 'README.txt'), `Screenshots from npm start -- --headless at ${new Date().toISOString()}\n`);
    await browser.close();
    await server.close();
    return;
  }
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(crmUrl);
  const tabId = await tabIdOf(browser, page);
  const opened = await openSidePanel(browser, tabId);
  if (!opened) console.log('点击工具栏中的“贷后助手”图标打开侧边栏 / click the toolbar icon to open the side panel');
  console.log('关闭浏览器即可退出 / close the browser to exit');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close());
}

void main();
