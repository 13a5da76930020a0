// A CRM page whose labels name no debtor, only the title of the case block: the content script
// asks for the title reader, the background injects it into that tab only, and the panel shows
// the name read from the title (a Chinese name with a common surname: as fact).
import assert from 'node:assert/strict';
import { openCrm, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

test('title name: a debtor named only by the title of the case block is shown by name', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/fixtures/e2e/title-name.html`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  const name = panel.locator('[data-testid="context-card"] [data-field="name"]');
  await panel.waitForFunction(() => document.querySelector('[data-testid="context-card"] [data-field="name"]')?.getAttribute('data-value') === '吴志远', null, { timeout: 10_000 });
  assert.equal(await name.getAttribute('data-value'), '吴志远');
  assert.equal(await panel.getByTestId('check-name').count(), 0, 'a common surname in the title is shown as fact');
  assert.equal(await panel.locator('[data-testid="context-card"] [data-field="amountOverdue"]').getAttribute('data-value'), '24780.36');
});
