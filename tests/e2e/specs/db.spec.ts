// The database in real Chromium: a typed note survives killing the browser process, a promise
// due today raises a notification, and backup → wipe → restore gives back the same database.
// Database steps run in an extension page with lib/db bundled in, so they use the product's code
// on the extension's own IndexedDB.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { openCrm, openPanel, ROOT, tabIdOf, type Browser } from '../../../scripts/browser/launch';
import { expect, test } from '../fixtures';

declare const DaihouDB: typeof import('../../../lib/db/index');

const CASE_ID = 'CS-2026-004817';

let bundled: string | null = null;
async function dbScript(): Promise<string> {
  bundled ??= (
    await build({
      entryPoints: [resolve(ROOT, 'lib/db/index.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'DaihouDB',
      platform: 'browser',
      target: 'chrome120',
      alias: { '@': ROOT },
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  return bundled;
}

/** An extension page (same origin as the panel and the service worker) with lib/db loaded. */
async function dbPage(b: Browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.evaluate(`globalThis.__name = (f) => f; // in case a transform keeps function names with a helper the page lacks\n${await dbScript()}\n;globalThis.DaihouDB = DaihouDB;`);
  return page;
}

/** The browser's main process (not a renderer or helper), found by its unique profile dir. */
function browserPid(userDataDir: string): number {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (m && m[2]!.includes(`--user-data-dir=${userDataDir}`) && !m[2]!.includes('--type=')) return Number(m[1]);
  }
  throw new Error(`no browser process for ${userDataDir}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function panelFor(b: Browser, demoUrl: string): Promise<Page> {
  const crm = await openCrm(b, `${demoUrl}/case.html?id=${CASE_ID}`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  await panel.locator('[data-testid="note-input"]').first().waitFor({ state: 'visible', timeout: 15_000 });
  await panel.waitForFunction(() => !(document.querySelector('[data-testid="note-input"]') as HTMLTextAreaElement | null)?.disabled, null, { timeout: 15_000 });
  return panel;
}

test('db: a typed note survives killing the browser process', async ({ ext: first, relaunch, demoUrl }) => {
  test.setTimeout(120_000);
  const text = `客户称下月10日工资发放后还款 ${Date.now()}，承诺通过手机银行转账。`;
  const panel = await panelFor(first, demoUrl);
  await panel.locator('[data-testid="note-input"]').first().fill(text);
  await panel.waitForTimeout(1_500);
  const pid = browserPid(first.userDataDir);
  process.kill(pid, 'SIGKILL'); // not a clean close: no unload, no flush
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  expect(alive(pid), 'the browser process is gone').toBe(false);
  await first.context.close().catch(() => {});

  const second = await relaunch({ userDataDir: first.userDataDir });
  const again = await panelFor(second, demoUrl);
  await again
    .waitForFunction((t) => (document.querySelector('[data-testid="note-input"]') as HTMLTextAreaElement | null)?.value === t, text, { timeout: 10_000 })
    .catch(() => {});
  expect(await again.locator('[data-testid="note-input"]').first().inputValue(), 'draft restored after the browser was killed').toBe(text);
});

test('db: a promise due today raises a notification', async ({ ext: b }) => {
  const page = await dbPage(b);
  const seeded = await page.evaluate(async () => {
    const lib = DaihouDB;
    const f = (v: string) => ({ value: v, raw: v, confidence: 1, source: { method: 'dl' as const } });
    const debtor = await lib.upsertDebtor({ url: 'http://127.0.0.1:5174/case.html?id=CS-E2E', origin: 'http://127.0.0.1:5174', extractedAt: Date.now(), fields: { name: f('张伟'), accountId: f('6225 **** **** 8812') } });
    const today = lib.todayISO();
    const id = await lib.addPromise(debtor.key, { amount: 1834.28, dueDate: today, method: '手机银行' }, lib.db, Date.now() - 86_400_000);
    return { id, today };
  });
  // The background listens for this alarm (registerReminders); fire it now instead of at 09:00.
  await page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 50 }), `daihou-reminder:${seeded.today}`);
  const want = `daihou-promise:${seeded.id}`;
  let shown: Record<string, unknown> = {};
  for (let i = 0; i < 100 && !(want in shown); i++) {
    await page.waitForTimeout(100);
    shown = await page.evaluate(() => chrome.notifications.getAll());
  }
  expect(want in shown, `notification ${want} shown (got ${JSON.stringify(Object.keys(shown))})`).toBe(true);
  const remindedOn = await page.evaluate(async (id) => (await DaihouDB.db.promises.get(id))?.remindedOn, seeded.id);
  expect(remindedOn, 'promise marked as reminded today').toBe(seeded.today);
});

test('db: backup → wipe → restore gives back an identical database', async ({ ext: b }) => {
  const page = await dbPage(b);
  const result = await page.evaluate(async () => {
    const lib = DaihouDB;
    const f = (v: string) => ({ value: v, raw: v, confidence: 1, source: { method: 'dl' as const } });
    for (let i = 0; i < 30; i++) {
      const ctx = { url: `http://127.0.0.1:5174/case.html?id=E2E-${i}`, origin: 'http://127.0.0.1:5174', extractedAt: 1, fields: { name: f(`债务人${i}`), accountId: f(`6225 **** ${1000 + i}`) } };
      const d = await lib.upsertDebtor(ctx);
      const callId = await lib.startCall(d.key);
      await lib.saveDraft(d.key, `第${i}通电话的记录：客户称"月底"还款,\n金额待定`);
      await lib.saveCallWithNote({ debtorKey: d.key, callId, result: { outcome: i % 2 ? 'ptp' : 'refused', scenarios: ['after-payday'] }, promise: i % 2 ? { amount: 100 + i, dueDate: '2026-12-31', method: '柜台' } : null });
      if (i % 3 === 0) await lib.saveDraft(d.key, `未保存的草稿 ${i}`);
    }
    await lib.purgeExpiredNotes(180);
    const strip = (x: Awaited<ReturnType<typeof lib.dumpDatabase>>) => ({ ...x, settings: x.settings.filter((s) => !s.key.startsWith('internal:')), audit: x.audit.filter((a) => !['backup', 'restore', 'wipe'].includes(a.kind)) });
    const before = strip(await lib.dumpDatabase());
    const backup = await lib.createBackup();
    await lib.wipeDatabase();
    const wiped = await lib.db.notes.count();
    await lib.restoreBackup(backup.text);
    await lib.indexPendingNotes();
    const after = strip(await lib.dumpDatabase());
    const bad = await lib.restoreBackup(backup.text.replace('债务人7', '债务人X')).then(
      () => 'accepted',
      (e: { reason?: string }) => e.reason ?? String(e),
    );
    const afterBad = strip(await lib.dumpDatabase());
    // Key order may differ (the search index is added back last); the content may not.
    const canon = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
    const same = (a: unknown, b: unknown) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));
    return { same: same(before, after), unchanged: same(after, afterBad), wiped, counts: backup.counts, bad };
  });
  expect(result.wiped, 'wipe emptied the notes').toBe(0);
  expect(result.counts, 'backup counts').toMatchObject({ calls: 30, notes: 40 });
  expect(result.same, 'restored database equals the original').toBe(true);
  expect(result.bad, 'tampered backup refused').toBe('checksum');
  expect(result.unchanged, 'a refused restore changed nothing').toBe(true);
});
