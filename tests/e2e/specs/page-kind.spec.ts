// A case queue is not a debtor: the panel says so, offers no call and writes no record. Opening a
// case from the queue shows that debtor, with what the CRM already knows (its last promise).
import type { Page } from '@playwright/test';
import { openCrm, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { expect, test } from '../fixtures';

const CASE_ID = 'CS-2026-004817';

/** Debtor records in the extension's database (0 when it was never created). */
const debtorCount = (panel: Page) =>
  panel.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        void indexedDB.databases().then((dbs) => {
          if (!dbs.some((d) => d.name === 'daihou-assist')) return resolve(0);
          const open = indexedDB.open('daihou-assist');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('debtors')) return (db.close(), resolve(0));
            const req = db.transaction('debtors').objectStore('debtors').count();
            req.onsuccess = () => (db.close(), resolve(req.result));
            req.onerror = () => reject(req.error);
          };
        });
      }),
  );

test('page-kind: the case queue is a list — no call button, no debtor record', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/`);
  await crm.locator('#case-queue tbody tr[data-case-id]').first().waitFor();
  const panel = await openPanel(b, await tabIdOf(b, crm));
  const list = panel.getByTestId('list-page');
  await list.waitFor({ timeout: 10_000 });
  expect((await list.textContent()) ?? '', 'the panel says this is a case list').toMatch(/案件列表|case list/);
  await panel.waitForTimeout(1000); // give a wrongly shown debtor time to appear and be stored
  expect(await panel.getByTestId('start-call').count(), 'start-call buttons').toBe(0);
  expect(await panel.getByTestId('context-card').count(), 'context cards').toBe(0);
  expect(await debtorCount(panel), 'debtor records').toBe(0);
});

test('page-kind: a case opened from the queue shows the CRM’s last promise, broken', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/`);
  const tabId = await tabIdOf(b, crm);
  await crm.locator(`#case-queue tr[data-case-id="${CASE_ID}"] a`).first().click();
  await crm.waitForURL(/case\.html/);
  const panel = await openPanel(b, tabId);
  const card = panel.getByTestId('context-card');
  await card.waitFor({ timeout: 10_000 });
  expect(await card.locator('[data-field="name"]').getAttribute('data-value'), 'debtor name').toBe('张伟');
  const promise = card.locator('[data-field="crmLastPromise"]');
  await promise.waitFor({ timeout: 5_000 });
  expect(await promise.getAttribute('data-value'), 'CRM last promise status').toBe('broken');
  const line = (await card.getByTestId('crm-history').textContent()) ?? '';
  expect(/2026-11-10/.test(line) && /1,834\.28/.test(line), `the CRM's last promise date and amount: ${line}`).toBe(true);
  expect(line, 'marked as from the CRM').toMatch(/来自 CRM|來自 CRM|From CRM/);
  expect(line, "the CRM's last contact").toMatch(/最近联系 2026-11-19|Last contact 2026-11-19|最近聯絡 2026-11-19/);
  expect(await panel.getByTestId('start-call').count(), 'a call can be started on a debtor').toBe(1);
  console.log(`    card line: ${line}`);
});

test('page-kind: the SPA workbench (case list beside an open case) shows the open case', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/app.html#/case/CS-2026-005102`);
  await crm.locator('#case-detail [data-case-id="CS-2026-005102"]').waitFor();
  const panel = await openPanel(b, await tabIdOf(b, crm));
  const card = panel.getByTestId('context-card');
  await card.waitFor({ timeout: 10_000 });
  expect(await card.locator('[data-field="name"]').getAttribute('data-value'), 'the open case, not the first card of the list').toBe('李秀英');
  expect(await panel.getByTestId('list-page').count(), 'no list message').toBe(0);
});
