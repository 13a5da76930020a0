// A case queue is not a debtor: the panel says so, offers no call and writes no record. Opening a
// case from the queue shows that debtor, with what the CRM already knows (its last promise).
import type { Page } from 'playwright-core';
import { openCrm, openPanel, tabIdOf, withBrowser } from '../../../scripts/browser/launch';
import { expectEqual, expectTrue, test } from '../registry';

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

test('page-kind: the case queue is a list — no call button, no debtor record', async ({ demoUrl }) => {
  await withBrowser(async (b) => {
    const crm = await openCrm(b, `${demoUrl}/`);
    await crm.locator('#case-queue tbody tr[data-case-id]').first().waitFor();
    const panel = await openPanel(b, await tabIdOf(b, crm));
    const list = panel.getByTestId('list-page');
    await list.waitFor({ timeout: 10_000 });
    expectTrue(/案件列表|case list/.test((await list.textContent()) ?? ''), 'the panel says this is a case list');
    await panel.waitForTimeout(1000); // give a wrongly shown debtor time to appear and be stored
    expectEqual(await panel.getByTestId('start-call').count(), 0, 'start-call buttons');
    expectEqual(await panel.getByTestId('context-card').count(), 0, 'context cards');
    expectEqual(await debtorCount(panel), 0, 'debtor records');
  });
});

test('page-kind: a case opened from the queue shows the CRM’s last promise, broken', async ({ demoUrl }) => {
  await withBrowser(async (b) => {
    const crm = await openCrm(b, `${demoUrl}/`);
    const tabId = await tabIdOf(b, crm);
    await crm.locator(`#case-queue tr[data-case-id="${CASE_ID}"] a`).first().click();
    await crm.waitForURL(/case\.html/);
    const panel = await openPanel(b, tabId);
    const card = panel.getByTestId('context-card');
    await card.waitFor({ timeout: 10_000 });
    expectEqual(await card.locator('[data-field="name"]').getAttribute('data-value'), '张伟', 'debtor name');
    const promise = card.locator('[data-field="crmLastPromise"]');
    await promise.waitFor({ timeout: 5_000 });
    expectEqual(await promise.getAttribute('data-value'), 'broken', 'CRM last promise status');
    const line = (await card.getByTestId('crm-history').textContent()) ?? '';
    expectTrue(/2026-11-10/.test(line) && /1,834\.28/.test(line), `the CRM's last promise date and amount: ${line}`);
    expectTrue(/来自 CRM|來自 CRM|From CRM/.test(line), `marked as from the CRM: ${line}`);
    expectTrue(/最近联系 2026-11-19|Last contact 2026-11-19|最近聯絡 2026-11-19/.test(line), `the CRM's last contact: ${line}`);
    expectEqual(await panel.getByTestId('start-call').count(), 1, 'a call can be started on a debtor');
    console.log(`    card line: ${line}`);
  });
});

test('page-kind: the SPA workbench (case list beside an open case) shows the open case', async ({ demoUrl }) => {
  await withBrowser(async (b) => {
    const crm = await openCrm(b, `${demoUrl}/app.html#/case/CS-2026-005102`);
    await crm.locator('#case-detail [data-case-id="CS-2026-005102"]').waitFor();
    const panel = await openPanel(b, await tabIdOf(b, crm));
    const card = panel.getByTestId('context-card');
    await card.waitFor({ timeout: 10_000 });
    expectEqual(await card.locator('[data-field="name"]').getAttribute('data-value'), '李秀英', 'the open case, not the first card of the list');
    expectEqual(await panel.getByTestId('list-page').count(), 0, 'no list message');
  });
});
