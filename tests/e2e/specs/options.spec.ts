// The options page in real Chromium: a supervisor builds a site adapter by picking the debtor's
// name on the demo CRM page, and a backup restores the database after later changes (while a
// foreign file changes nothing).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoCases } from '../../../scripts/browser/demo-cases';
import { openCrm, openOptions } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

const CASE_ID = 'CS-2026-004817';

/** Add a compliance-override audit line straight into the extension's IndexedDB (as the panel would log it). */
const logOverride = (page: Page, reason: string) =>
  page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('daihou-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('audit', 'readwrite');
          tx.objectStore('audit').add({ at: Date.now(), kind: 'override', detail: { callId: null, debtorKey: 'http://127.0.0.1|6225 **** 0001', reason: r, rules: ['call-window'] } });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    reason,
  );

test('options: add a site adapter with "pick on page" on the demo CRM', async ({ ext: b, demoUrl }) => {
  const debtor = demoCases().find((c) => c.caseId === CASE_ID);
  assert.ok(debtor, `demo case ${CASE_ID}`);
  const crm = await openCrm(b, `${demoUrl}/case.html?id=${CASE_ID}`);
  const nameCell = crm.locator('th:text-is("客户姓名") + td');
  await nameCell.waitFor();
  const options = await openOptions(b);
  await options.getByTestId('adapter-add').click();
  await options.getByTestId('adapter-url-pattern').fill(`${new URL(demoUrl).origin}/case.html*`);
  // The CRM tab is the default choice (the most recently used web page).
  const tabSelect = options.getByTestId('adapter-crm-tab');
  await tabSelect.waitFor();
  assert.match(await tabSelect.locator('option:checked').textContent() ?? '', /case\.html/);

  await options.getByTestId('adapter-pick-name').click();
  await options.getByText(/请切换到 CRM 页面/).waitFor({ timeout: 5_000 });
  await crm.bringToFront();
  await nameCell.hover();
  await nameCell.click();

  const selector = options.getByTestId('adapter-selector-name');
  await options.waitForFunction(() => (document.querySelector('[data-testid="adapter-selector-name"]') as HTMLInputElement | null)?.value !== '', null, { timeout: 10_000 });
  const chain = await selector.inputValue();
  assert.match((await options.getByTestId('adapter-picked-text').textContent()) ?? '', new RegExp(debtor.name));
  // The captured selector finds exactly the clicked cell on the CRM page.
  if (!chain.includes('>>>')) assert.equal(await crm.evaluate((s) => document.querySelector(s)?.textContent?.trim(), chain), debtor.name);

  await options.bringToFront();
  await options.getByTestId('adapter-save').click();
  await options.getByTestId('adapters-list').waitFor({ timeout: 5_000 });
  const stored = await options.evaluate(async () => (await chrome.storage.local.get('siteAdapters')).siteAdapters as { urlPattern: string; fields: Record<string, { selector?: string }> }[]);
  assert.equal(stored.length, 1);
  assert.equal(stored[0]!.fields.name?.selector, chain);
  assert.equal(await options.getByTestId('adapter-entry').count(), 1);
});

test('options: backup → restore round trip; a foreign file changes nothing', async ({ ext: b }) => {
  const dir = mkdtempSync(join(tmpdir(), 'daihou-options-'));
  try {
    const options = await openOptions(b);
    await logOverride(options, 'E2E 备份前：客户要求晚间回电');
    await options.reload();
    const rows = options.getByTestId('override-row');
    await rows.first().waitFor({ timeout: 5_000 });

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup-button').click()]);
    const backupFile = join(dir, download.suggestedFilename());
    await download.saveAs(backupFile);
    assert.match(download.suggestedFilename(), /^daihou-backup-.*\.json$/);
    assert.equal(JSON.parse(readFileSync(backupFile, 'utf8')).format, 'daihou-assist-backup');

    await logOverride(options, 'E2E 备份后：这一条恢复后应消失');
    await options.reload();
    await options.getByTestId('overrides-list').getByText('E2E 备份后：这一条恢复后应消失').waitFor({ timeout: 5_000 });

    // A foreign file: refused with the reason, nothing changed.
    const foreign = join(dir, 'adapters.json');
    writeFileSync(foreign, JSON.stringify({ format: 'daihou-adapters', version: 1, adapters: [] }));
    await options.getByTestId('restore-file').setInputFiles(foreign);
    const refused = options.getByTestId('backup-message');
    await refused.waitFor({ timeout: 5_000 });
    assert.match((await refused.textContent()) ?? '', /恢复失败，数据库未作任何更改：这不是贷后助手的备份文件/);
    assert.equal(await options.getByTestId('restore-confirm').count(), 0);
    assert.equal(await rows.count(), 2);

    // The real backup: confirm, then everything is as it was at backup time.
    await options.getByTestId('restore-file').setInputFiles(backupFile);
    await options.getByTestId('restore-confirm').waitFor({ timeout: 5_000 });
    await options.getByTestId('restore-confirm-button').click();
    await options.getByText(/^已恢复备份/).waitFor({ timeout: 10_000 });
    await options.getByTestId('overrides-list').getByText('E2E 备份后：这一条恢复后应消失').waitFor({ state: 'detached', timeout: 5_000 });
    assert.equal(await rows.count(), 1);
    assert.match((await rows.first().textContent()) ?? '', /E2E 备份前/);
    await options.locator('[data-testid="audit-row"][data-kind="restore"]').first().waitFor({ timeout: 5_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
