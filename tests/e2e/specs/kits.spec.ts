// Extraction and identity in real Chromium on UI-kit pages: labels and values projected through
// slots of nested web components, values split across elements, a drawer that switches debtor over
// a case list (with a CSS-hidden drawer of another debtor), and two debtors whose cards mask alike
// keeping separate histories while a second visit to the first finds its own.
import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { openCrm, openPanel, openPanelAt, tabIdOf, type Browser } from '../../../scripts/browser/launch';
import { test } from '../fixtures';
import { card, valueIs } from '../context-card';

const MORNING = new Date('2026-11-23T10:00:00+08:00');


async function panelOn(b: Browser, url: string): Promise<{ crm: Page; panel: Page; tabId: number }> {
  const crm = await openCrm(b, url);
  const tabId = await tabIdOf(b, crm);
  return { crm, panel: await openPanel(b, tabId), tabId };
}

test('kits: label and value in slots of nested web components', async ({ ext: b, demoUrl }) => {
  const { panel } = await panelOn(b, `${demoUrl}/fixtures/kits/vendor-webcomp-nested-slots.html`);
  const want = JSON.parse(await (await fetch(`${demoUrl}/fixtures/kits/vendor-webcomp-nested-slots.expected.json`)).text()).expect;
  await valueIs(panel, 'name', want.name);
  await valueIs(panel, 'amountOverdue', String(want.amountOverdue));
  await valueIs(panel, 'daysPastDue', String(want.daysPastDue));
});

test('kits: values split across elements (¥ | 12,345 | .67, <b>47</b><span>天</span>)', async ({ ext: b, demoUrl }) => {
  const { panel } = await panelOn(b, `${demoUrl}/fixtures/kits/vendor-split-numbers.html`);
  const want = JSON.parse(await (await fetch(`${demoUrl}/fixtures/kits/vendor-split-numbers.expected.json`)).text()).expect;
  await valueIs(panel, 'amountOverdue', String(want.amountOverdue));
  await valueIs(panel, 'daysPastDue', String(want.daysPastDue));
  await valueIs(panel, 'region', want.region);
});

test('kits: a drawer that switches debtor over a case list; a CSS-hidden drawer is never read', async ({ ext: b, demoUrl }) => {
  const { crm, panel } = await panelOn(b, `${demoUrl}/fixtures/e2e/drawer-switch.html`);
  await valueIs(panel, 'name', '韩冰');
  await valueIs(panel, 'amountOverdue', '8230.5');
  await crm.locator('button[data-i="1"]').click();
  await valueIs(panel, 'name', '邓超然');
  await valueIs(panel, 'amountOverdue', '15600');
  await valueIs(panel, 'caseId', 'DQ-2026-0002');
  const shown = await panel.locator('[data-testid="context-card"]').textContent();
  assert.ok(!/周建平|99,999/.test(shown ?? ''), `the hidden drawer's debtor never shows: ${shown}`);
  assert.ok(!/韩冰/.test(shown ?? ''), 'nothing of the previous debtor');
});

/** Save a call with a note on the debtor the panel shows. */
async function saveNote(panel: Page, text: string): Promise<void> {
  await panel.getByTestId('outcome').selectOption('callback');
  await panel.getByTestId('note-input').fill(text);
  await panel.getByTestId('save-call').click();
  await panel.getByTestId('history-item').first().waitFor({ timeout: 5_000 });
}

async function historyText(panel: Page): Promise<string> {
  await panel.locator('#history-title').waitFor();
  return (await panel.locator('[data-testid="history-item"]').allTextContents()).join(' | ');
}

test('identity: two debtors whose cards mask alike keep separate histories; a second visit asks, then finds its own', async ({ ext: b, demoUrl }) => {
  const url = (who: string) => `${demoUrl}/fixtures/e2e/masked-only.html?who=${who}`;
  const crm = await openCrm(b, url('a'));
  const tabId = await tabIdOf(b, crm);
  let panel = await openPanelAt(b, tabId, MORNING);
  await valueIs(panel, 'name', '张伟');
  await saveNote(panel, '张伟：周五发工资后还款');
  const zhangKey = await panel.locator('.panel-body').getAttribute('data-debtor');

  // The same masked card, another person: a record of her own, none of his notes.
  await crm.goto(url('b'));
  await valueIs(panel, 'name', '王芳');
  assert.notEqual(await panel.locator('.panel-body').getAttribute('data-debtor'), zhangKey);
  assert.ok(!/张伟/.test(await historyText(panel)), 'no note of the other debtor');
  await saveNote(panel, '王芳：已转告，下周一回电');

  // Back to him in a new panel: only masked numbers, so the agent is asked before linking.
  await crm.goto(url('a'));
  await panel.close();
  panel = await openPanelAt(b, tabId, MORNING);
  const gate = panel.getByTestId('identity-gate');
  await gate.waitFor({ timeout: 10_000 });
  assert.match((await gate.textContent()) ?? '', /是否为同一客户/);
  await panel.getByRole('button', { name: '是同一人' }).click();
  await valueIs(panel, 'name', '张伟');
  assert.equal(await panel.locator('.panel-body').getAttribute('data-debtor'), zhangKey);
  const h = await historyText(panel);
  assert.match(h, /周五发工资后还款/);
  assert.ok(!/王芳/.test(h), `her notes are not his: ${h}`);
});
