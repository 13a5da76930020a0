// The walking skeleton end to end: content script → background → panel, one panel per tab,
// notes that survive closing the panel and restarting the browser, and the empty state.
import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { caseUrl, demoCases } from '../../../scripts/browser/demo-cases';
import { openCrm, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

async function shownName(panel: Page): Promise<string | null> {
  return panel.locator('[data-testid="context-card"] [data-field="name"]').getAttribute('data-value', { timeout: 10_000 });
}

test('content script reads the demo debtor and the bound panel shows it', async ({ ext: b, demoUrl }) => {
  const [first] = demoCases();
  assert.ok(first);
  const crm = await openCrm(b, caseUrl(demoUrl, first));
  const panel = await openPanel(b, await tabIdOf(b, crm));
  assert.equal(await shownName(panel), first.name);
  const amount = await panel.locator('[data-field="amountOverdue"]').getAttribute('data-value');
  assert.equal(Number(amount), first.amountOverdue);
});

test('panel switches debtor when the CRM tab navigates to another case', async ({ ext: b, demoUrl }) => {
  const [a, c] = demoCases();
  assert.ok(a && c);
  const crm = await openCrm(b, caseUrl(demoUrl, a));
  const panel = await openPanel(b, await tabIdOf(b, crm));
  assert.equal(await shownName(panel), a.name);
  await crm.goto(caseUrl(demoUrl, c));
  await panel.waitForFunction(
    (name) => document.querySelector('[data-testid="context-card"] [data-field="name"]')?.getAttribute('data-value') === name,
    c.name,
    { timeout: 5_000 },
  );
  // The previous debtor's name is gone everywhere in the panel.
  assert.equal(await panel.getByText(a.name, { exact: false }).count(), 0);
});

test('a note survives closing the panel and restarting the browser', async ({ ext: b, relaunch, demoUrl }) => {
  const [first] = demoCases();
  assert.ok(first);
  const note = `客户称周五发工资后还款 ${Date.now()}`;
  const noteShown = (text: string) => (document.querySelector('[data-testid="note-input"]') as HTMLTextAreaElement | null)?.value === text;
  let crm = await openCrm(b, caseUrl(demoUrl, first));
  let panel = await openPanel(b, await tabIdOf(b, crm));
  await panel.getByTestId('note-input').fill(note);
  await panel.locator('[data-testid="note-save-state"][data-state="saved"]').waitFor({ timeout: 5_000 });
  await panel.close();
  panel = await openPanel(b, await tabIdOf(b, crm));
  await panel.waitForFunction(noteShown, note, { timeout: 5_000 });
  await b.close();

  // The same profile in a new browser process.
  const again = await relaunch({ userDataDir: b.userDataDir });
  crm = await openCrm(again, caseUrl(demoUrl, first));
  panel = await openPanel(again, await tabIdOf(again, crm));
  await panel.waitForFunction(noteShown, note, { timeout: 10_000 });
});

test('a page with no debtor shows the empty state, not an error', async ({ ext: b, demoUrl }) => {
  const page = await openCrm(b, `${demoUrl}/no-such-page-here`);
  const panel = await openPanel(b, await tabIdOf(b, page));
  const empty = panel.getByTestId('empty-state');
  await empty.waitFor({ timeout: 10_000 });
  assert.match((await empty.textContent()) ?? '', /未找到客户信息/);
});

test('the real side panel opens bound to its CRM tab (sidepanel.html?tabId=)', async ({ ext: b, demoUrl }) => {
  const [first] = demoCases();
  assert.ok(first);
  const crm = await openCrm(b, caseUrl(demoUrl, first));
  const tabId = await tabIdOf(b, crm);
  const probe = await b.context.newPage();
  await probe.goto(`chrome-extension://${b.extensionId}/options.html`);
  // The background binds a panel to each CRM tab once the content script reports a debtor.
  const path = await probe.evaluate(async (id) => {
    for (let i = 0; i < 50 && !(await chrome.sidePanel.getOptions({ tabId: id })).path?.includes('tabId='); i++)
      await new Promise((r) => setTimeout(r, 100));
    return (await chrome.sidePanel.getOptions({ tabId: id })).path ?? '';
  }, tabId);
  assert.equal(path, `sidepanel.html?tabId=${tabId}`);
  // A tab's own panel shows while that tab is active. sidePanel.open needs the user gesture
  // Playwright's evaluate carries, which ends at the first await: so it is the first call.
  let url = '';
  for (let attempt = 0; attempt < 3 && !url; attempt++) {
    await crm.bringToFront();
    await probe.waitForFunction(async (id) => (await chrome.tabs.get(id)).active, tabId, { timeout: 5_000 });
    await probe.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId);
    url = await probe.evaluate(async () => {
      for (let i = 0; i < 40; i++) {
        const [panel] = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] });
        if (panel) return panel.documentUrl ?? '';
        await new Promise((r) => setTimeout(r, 100));
      }
      return '';
    });
  }
  assert.match(url, new RegExp(`sidepanel\\.html\\?tabId=${tabId}$`));
  // And the real panel shows this tab's debtor (extension pages share a process: read its DOM).
  const shown = await probe.evaluate(async () => {
    for (let i = 0; i < 50; i++) {
      const view = chrome.extension.getViews().find((v) => v.location.href.includes('sidepanel.html'));
      const name = view?.document.querySelector('[data-testid="context-card"] [data-field="name"]')?.getAttribute('data-value');
      if (name) return name;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  });
  assert.equal(shown, first.name);
});
