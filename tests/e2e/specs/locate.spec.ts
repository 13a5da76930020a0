// Doubt the agent can check: a value read with low confidence is marked 请核对 in the panel, and a
// click on the mark outlines on the CRM page the element it was read from (the page tools are
// injected for that only).
import assert from 'node:assert/strict';
import { openCrm, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

test('locate: 请核对 on a doubtful amount outlines where the CRM page shows it', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/fixtures/e2e/doubtful-amount.html`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  const mark = panel.getByTestId('check-amountOverdue');
  await mark.waitFor({ timeout: 10_000 });
  assert.equal(await panel.locator('[data-testid="context-card"] [data-field="amountOverdue"]').getAttribute('data-value'), '8640.2');
  assert.equal(await crm.locator('[data-daihou-overlay]').count(), 0, 'nothing drawn on the CRM page before the click');

  await mark.click();
  await crm.locator('[data-daihou-overlay]').waitFor({ state: 'attached', timeout: 5_000 });
  await crm.locator('[data-daihou-overlay]').waitFor({ state: 'detached', timeout: 5_000 }); // a flash, then gone
  assert.equal(await panel.getByTestId('locate-failed-amountOverdue').count(), 0);
  // (A page that no longer has the element: tests/unit/components/context-card.test.tsx.)
});
