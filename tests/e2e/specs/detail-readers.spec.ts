// CRM pages that show a debtor load the detail readers (entrypoints/detail-reader.ts, injected by
// the background into that tab only): the name from the title of the case block when no label
// names the debtor; the case number from the breadcrumb, the last payment's two halves from one
// label's row, and the CRM's own contact log when labels do not say them.
import assert from 'node:assert/strict';
import { openCrm, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';
import { card } from '../context-card';


test('title name: a debtor named only by the title of the case block is shown by name', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/fixtures/e2e/title-name.html`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  await panel.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-value') === '吴志远', card('name'), { timeout: 10_000 });
  assert.equal(await panel.getByTestId('check-name').count(), 0, 'a common surname in the title is shown as fact');
  assert.equal(await panel.locator(card('amountOverdue')).getAttribute('data-value'), '24780.36');
});

test('detail readers: the case number from the breadcrumb, the last payment from one row, the CRM contact log', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/fixtures/e2e/detail-readers.html`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  await panel.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-value') === 'HZ-XYK-2611-0338', card('caseId'), { timeout: 10_000 });
  assert.equal(await panel.locator(card('name')).getAttribute('data-value'), '方建国');
  assert.equal(await panel.getByTestId('check-caseId').count(), 0, 'a breadcrumb under 我的案件 names the case: shown as fact');
  assert.equal(await panel.locator(card('lastPaymentDate')).getAttribute('data-value'), '2026-09-12');
  assert.equal(await panel.locator(card('lastPaymentAmount')).getAttribute('data-value'), '2100');
  await panel.waitForFunction(() => /承诺还款/.test(document.querySelector('[data-testid="context-card"]')?.textContent ?? ''), null, { timeout: 10_000 });
});
