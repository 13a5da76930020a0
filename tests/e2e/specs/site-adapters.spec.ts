// Site adapters in real Chromium: their rules are not part of the content script; a CRM tab loads
// them (entrypoints/site-rules.ts, injected by the background) only when adapters are stored.
import assert from 'node:assert/strict';
import { openCrm, openOptions, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';
import { card } from '../context-card';


test('site adapters: a stored adapter teaches a label and names an element; the panel shows both', async ({ ext: b, demoUrl }) => {
  const url = `${demoUrl}/fixtures/e2e/site-adapter.html`;
  const options = await openOptions(b);
  await options.evaluate(async (pattern) => {
    await chrome.storage.local.set({
      siteAdapters: [{ id: 'demo', urlPattern: pattern, fields: { amountOverdue: { label: '应收未收' }, name: { selector: '#party-main' } } }],
    });
  }, `${new URL(demoUrl).origin}/fixtures/e2e/*`);
  const crm = await openCrm(b, url);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  await panel.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-value') === '3250.8', card('amountOverdue'), { timeout: 10_000 });
  assert.equal(await panel.locator(card('name')).getAttribute('data-value'), '钱秀英');
  // Removed: the page is read by the heuristics alone, which know neither.
  await options.evaluate(() => chrome.storage.local.set({ siteAdapters: [] }));
  await panel.waitForFunction((sel) => !document.querySelector(sel)?.getAttribute('data-value'), card('amountOverdue'), { timeout: 10_000 });
  assert.equal(await panel.locator(card('name')).getAttribute('data-value') ?? '', '');
  assert.equal(await panel.locator(card('daysPastDue')).getAttribute('data-value'), '33');
});
