// The panel on a live call, as an agent uses it: verify identity, type what the debtor said, get
// the situation's scripts filled with this debtor's numbers, insert one into the CRM's note box,
// record a promise to pay, and find it in the history after reopening the panel.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { caseUrl, demoCases } from '../../../scripts/browser/demo-cases';
import { openCrm, openPanel, openPanelAt, ROOT, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

// A weekday morning in Shanghai: inside the call window, so no timing alert gets in the way.
const MORNING = new Date('2026-11-23T10:00:00+08:00');
const shots = join(ROOT, 'screenshots');

async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source); // Runtime.evaluate is not subject to the extension page's CSP
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

test('panel: objection → filled scripts → insert into CRM → promise to pay → history', async ({ ext: b, demoUrl }) => {
  const [debtor] = demoCases();
  assert.ok(debtor);
  const crm = await openCrm(b, caseUrl(demoUrl, debtor));
  const tabId = await tabIdOf(b, crm);
  let panel = await openPanelAt(b, tabId, MORNING);
  await panel.getByTestId('start-call').click();
  await panel.locator('[data-stage="verify"]').click();
  // Ticking identity moves the call on to 说明来意 (the verify checklist gives way to the next one).
  await panel.locator('[data-check="identity-verified"]').click();
  await panel.locator('[data-stage="purpose"][aria-current="step"]').waitFor({ timeout: 5_000 });

  await panel.getByTestId('utterance-input').fill('不是不想还，我现在手上真的一分钱都没有');
  const card = panel.locator('[data-testid="script-card"][data-scenario="no-money-now"]').first();
  await card.waitFor({ timeout: 5_000 });
  // Each card opens on its one-breath form, ending in one question; Alt+F shows every full text.
  assert.equal(await card.getAttribute('data-form'), 'short');
  assert.match((await card.locator('.script-text').textContent())!.trim(), /[？?]$/);
  await panel.keyboard.press('Alt+f');
  await panel.locator('[data-testid="script-card"][data-form="short"]').first().waitFor({ state: 'detached', timeout: 5_000 });
  const text = (await panel.locator('[data-testid="script-card"][data-scenario="no-money-now"]').allTextContents()).join('\n');
  assert.ok(text.includes(debtor.name), `a script names the debtor: ${text.slice(0, 200)}`);
  assert.ok(/12,860\.50/.test(text), `a script states the amount overdue: ${text.slice(0, 200)}`);
  assert.ok(!/undefined|\{name\}|\{amountOverdue\}/.test(text), 'no raw variables');

  // Insert the first script into the CRM's own note box.
  const scriptText = (await card.locator('.script-text').textContent())!.trim();
  await card.getByTestId('insert-script').click();
  await crm.waitForFunction((t) => (document.querySelector('#case-note') as HTMLTextAreaElement).value.includes(t), scriptText, { timeout: 5_000 });
  // The CRM's own undo takes it back out, and a second insert puts it in again.
  await crm.locator('#case-note').press('Control+z');
  assert.ok(!(await crm.locator('#case-note').inputValue()).includes(scriptText), 'Ctrl+Z in the CRM undoes the insert');
  await card.getByTestId('insert-script').click();
  await crm.waitForFunction((t) => (document.querySelector('#case-note') as HTMLTextAreaElement).value.includes(t), scriptText, { timeout: 5_000 });
  await panel.screenshot({ path: join(shots, 'panel-zh-CN.png'), fullPage: true });

  // Record a promise to pay.
  await panel.getByTestId('outcome').selectOption('ptp');
  await panel.getByTestId('save-call').click();
  await panel.locator('.ptp [role="alert"]').waitFor(); // the three elements are required
  await panel.getByTestId('ptp-amount').fill('3000');
  await panel.getByTestId('ptp-date').fill('2026-11-28');
  await panel.getByTestId('ptp-method').fill('手机银行');
  // The guard marks unlawful wording in the note as it is typed, and clears when it is fixed.
  await panel.getByTestId('note-input').fill('不还钱就去你单位找你领导');
  await panel.getByTestId('note-lint').waitFor({ timeout: 3_000 });
  await panel.getByTestId('note-input').fill('客户称本周五发工资，承诺 11 月 28 日手机银行还 3000 元');
  assert.equal(await panel.getByTestId('note-lint').count(), 0);
  await panel.getByTestId('note-input').press('Control+Enter');
  await panel.getByTestId('history-item').first().waitFor({ timeout: 5_000 });

  await panel.close();
  panel = await openPanel(b, tabId);
  const history = panel.getByTestId('history-item').first();
  await history.waitFor({ timeout: 5_000 });
  const h = (await history.textContent()) ?? '';
  assert.match(h, /承诺还款/);
  assert.match(h, /2026-11-28/);
  assert.match(h, /手机银行/);
  assert.match((await panel.locator('[data-field="lastPromise"]').getAttribute('data-value')) ?? '', /pending/);

  const violations = await axeViolations(panel);
  assert.deepEqual(violations, [], `axe: ${violations.join('; ')}`);
});

test.describe('en-US browser', () => {
  test.use({ browserLocale: 'en-US' });

  test('panel: English UI, keyboard quick-pick and the help overlay', async ({ ext: b, demoUrl }) => {
    const [, debtor] = demoCases();
    assert.ok(debtor);
    const crm = await openCrm(b, caseUrl(demoUrl, debtor));
    const panel = await openPanelAt(b, await tabIdOf(b, crm), MORNING);
    await panel.getByText('What did the debtor say?').waitFor({ timeout: 5_000 });
    await panel.keyboard.press('Alt+1');
    assert.equal(await panel.locator('[data-testid="quick-pick"][aria-pressed="true"]').count(), 1);
    // Alt+I inserts the top script into the CRM's note box and logs it as used.
    await panel.getByTestId('verify-identity').click();
    await panel.getByTestId('script-card').first().waitFor();
    await panel.keyboard.press('Alt+I');
    await panel.locator('[data-testid="script-card"][data-used="true"]').first().waitFor({ timeout: 5_000 });
    assert.ok((await crm.locator('#case-note').inputValue()).length > 10, 'the script reached the CRM note box');
    await panel.keyboard.press('?');
    await panel.getByTestId('help-overlay').waitFor();
    await panel.keyboard.press('Escape');
    assert.equal(await panel.getByTestId('help-overlay').count(), 0);
    await panel.screenshot({ path: join(shots, 'panel-en.png'), fullPage: true });
    const violations = await axeViolations(panel);
    assert.deepEqual(violations, [], `axe: ${violations.join('; ')}`);
  });
});

test('panel: words of despair bring the safety card first and hide every payment script until the agent dismisses it', async ({ ext: b, demoUrl }) => {
  const [debtor] = demoCases();
  assert.ok(debtor);
  const crm = await openCrm(b, caseUrl(demoUrl, debtor));
  const panel = await openPanelAt(b, await tabIdOf(b, crm), MORNING);
  await panel.getByTestId('start-call').click();
  await panel.getByTestId('utterance-input').fill('我现在手上真的一分钱都没有');
  await panel.getByTestId('verify-identity').click();
  await panel.locator('[data-testid="script-card"][data-scenario="no-money-now"]').first().waitFor({ timeout: 5_000 });

  // Run-on, as a recognizer would write it: the protocol still comes first.
  await panel.getByTestId('utterance-input').fill('嗯那个就是说我也不知道怎么办了活着也没什么意思你们别再说钱的事了');
  const card = panel.getByTestId('crisis-protocol');
  await card.waitFor({ timeout: 5_000 });
  assert.match((await card.textContent()) ?? '', /12356/);
  const scenarios = await panel.locator('[data-testid="script-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario')));
  assert.ok(scenarios.length > 0 && scenarios.every((s) => s === 'crisis'), `only the safety scripts: ${scenarios.join(', ')}`);
  await panel.screenshot({ path: join(shots, 'panel-crisis.png'), fullPage: true });

  // It stays for the rest of the call: the next line about money brings no payment script back…
  await panel.getByTestId('utterance-input').fill('我现在手上真的一分钱都没有');
  await panel.waitForTimeout(300);
  assert.equal(await card.isVisible(), true);
  assert.equal(await panel.locator('[data-testid="script-card"][data-scenario="no-money-now"]').count(), 0);
  // … until the agent dismisses it and confirms.
  await panel.getByTestId('crisis-dismiss').click();
  await panel.getByTestId('crisis-confirm-dismiss').click();
  await panel.locator('[data-testid="script-card"][data-scenario="no-money-now"]').first().waitFor({ timeout: 5_000 });
  assert.equal(await panel.getByTestId('crisis-protocol').count(), 0);
});

test('compliance: with a fixed clock at 21:30 in Shanghai the call-window banner blocks', async ({ ext: b, demoUrl }) => {
  const [debtor] = demoCases();
  assert.ok(debtor);
  const crm = await openCrm(b, caseUrl(demoUrl, debtor));
  const tabId = await tabIdOf(b, crm);
  const late = await openPanelAt(b, tabId, new Date('2026-11-23T21:30:00+08:00'));
  const alert = late.locator('[data-testid="compliance-alert"][data-rule="call-window"]');
  await alert.waitFor({ timeout: 5_000 });
  assert.equal(await alert.getAttribute('data-severity'), 'block');
  // Under cn-bank the call hours cannot be overridden by an agent (overridePolicy): no reason is
  // asked for, the panel says why, and the call stays blocked.
  assert.equal(await late.getByTestId('start-call').isDisabled(), true);
  assert.equal(await late.getByTestId('override-refused').getAttribute('data-why'), 'policy');
  assert.equal(await late.getByTestId('override-reason').count(), 0);

  const morning = await openPanelAt(b, tabId, MORNING);
  await morning.getByTestId('context-card').waitFor();
  assert.equal(await morning.locator('[data-rule="call-window"]').count(), 0);

  // National Day 2026 is a statutory holiday: no calls.
  const holiday = await openPanelAt(b, tabId, new Date('2026-10-02T10:00:00+08:00'));
  await holiday.locator('[data-testid="compliance-alert"][data-rule="holiday"]').waitFor({ timeout: 5_000 });
});

test('panel: trainee mode explains each script, coaches skipped steps and explains prohibited tactics', async ({ ext: b, demoUrl }) => {
  const [debtor] = demoCases();
  assert.ok(debtor);
  const crm = await openCrm(b, caseUrl(demoUrl, debtor));
  const tabId = await tabIdOf(b, crm);
  const panel = await openPanelAt(b, tabId, MORNING);
  await panel.evaluate(() => chrome.storage.local.set({ settings: { traineeMode: true } }));
  await panel.getByTestId('trainee-badge').waitFor({ timeout: 5_000 });
  await panel.getByTestId('start-call').click();
  await panel.locator('[data-stage="purpose"]').click();
  // Jumping to "state purpose" without verifying identity: the stepper says what was skipped.
  const coach = panel.getByTestId('coach');
  await coach.locator('[data-check="identity-verified"]').waitFor();
  await panel.getByTestId('utterance-input').fill('我最近生病住院了，一直没法上班');
  await panel.getByTestId('verify-identity').click();
  assert.equal(await coach.locator('[data-check="identity-verified"]').count(), 0);
  const why = panel.locator('[data-testid="script-card"][data-scenario="illness"] [data-testid="script-why"]').first();
  await why.waitFor({ timeout: 5_000 });
  assert.match((await why.textContent()) ?? '', /场景/);
  await panel.getByTestId('script-search').fill('公布黑名单');
  const tactic = panel.getByTestId('prohibited-tactic').first();
  await tactic.waitFor({ timeout: 5_000 });
  assert.match((await tactic.textContent()) ?? '', /合法替代/);
  await panel.screenshot({ path: join(shots, 'panel-trainee.png'), fullPage: true });
});

test.describe('zh-TW browser', () => {
  test.use({ browserLocale: 'zh-TW' });

  test('panel: a zh-TW agent gets the UI and the scripts in Traditional Chinese', async ({ ext: b, demoUrl }) => {
    const [debtor] = demoCases();
    assert.ok(debtor);
    const crm = await openCrm(b, caseUrl(demoUrl, debtor));
    const panel = await openPanelAt(b, await tabIdOf(b, crm), MORNING);
    await panel.getByText('客戶說了什麼？').waitFor({ timeout: 5_000 });
    await panel.getByTestId('utterance-input').fill('我現在真的沒錢，等發薪水再說');
    await panel.getByTestId('verify-identity').click();
    const card = panel.getByTestId('script-card').first();
    await card.waitFor({ timeout: 5_000 });
    await panel.waitForFunction(() => /[還們說這]/.test(document.querySelector('[data-testid="script-card"] .script-text')?.textContent ?? ''));
    const short = (await card.locator('.script-text').textContent()) ?? '';
    assert.ok(!/[还们说这]/.test(short), `the short form is in Traditional too: ${short}`);
    await panel.keyboard.press('Alt+f');
    await card.locator('[data-testid="full-toggle"][aria-expanded="true"]').waitFor({ timeout: 5_000 });
    const text = (await card.locator('.script-text').textContent()) ?? '';
    assert.ok(!/[还们说这]/.test(text), `no Simplified-only characters left: ${text.slice(0, 80)}`);
    assert.ok(text.includes(debtor.name), 'the debtor’s name stays as the CRM shows it');
  });
});

/** The calls in the extension's database (read in the panel, which owns it), oldest first. */
async function storedCalls(panel: Page): Promise<{ debtorKey: string; outcome?: string; endedAt?: number; discardedAt?: number }[]> {
  return panel.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('daihou-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('calls').objectStore('calls').getAll();
          get.onsuccess = () => (resolve(get.result), open.result.close());
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

test('panel: a call belongs to its debtor — the CRM switching case mid-call keeps it; saved under it; a discarded call is no attempt', async ({ ext: b, demoUrl }) => {
  const [first, second] = demoCases();
  assert.ok(first && second);
  const appUrl = (id: string) => `${demoUrl}/app.html#/case/${encodeURIComponent(id)}`;
  const crm = await openCrm(b, appUrl(first.caseId));
  const tabId = await tabIdOf(b, crm);
  const panel = await openPanelAt(b, tabId, MORNING);
  const name = panel.locator('[data-testid="context-card"] [data-field="name"]');
  const nameIs = (n: string) => panel.waitForFunction((want) => document.querySelector('[data-testid="context-card"] [data-field="name"]')?.getAttribute('data-value') === want, n, { timeout: 5_000 });
  await nameIs(first.name);
  const firstKey = (await panel.locator('.panel-body').getAttribute('data-debtor'))!;

  await panel.getByTestId('start-call').click();
  await panel.getByTestId('note-input').fill('客户称周五发工资后回电');
  // The agent clicks another case in the CRM's list: the SPA switches debtor in place.
  await crm.locator(`.case-item[data-case-id="${second.caseId}"]`).click();
  const banner = panel.getByTestId('call-binding');
  await banner.waitFor({ timeout: 5_000 });
  const text = (await banner.textContent()) ?? '';
  assert.ok(text.startsWith(`本通话属于 ${first.name}（${first.caseId}）。CRM 已切换到 ${second.name}`), text);
  assert.equal(await name.getAttribute('data-value'), first.name, 'the panel still shows the call’s debtor');
  assert.equal(await panel.getByTestId('start-call').getAttribute('data-state'), 'active');
  assert.equal(await panel.getByTestId('note-input').inputValue(), '客户称周五发工资后回电');
  await panel.screenshot({ path: join(shots, 'panel-call-bound.png'), fullPage: true });

  // Wrap up: the call is logged under the first debtor, then the panel follows the CRM.
  await panel.getByTestId('start-call').click();
  await panel.getByTestId('outcome').selectOption('callback');
  await panel.getByTestId('save-call').click();
  await nameIs(second.name);
  assert.equal(await banner.count(), 0);
  const secondKey = (await panel.locator('.panel-body').getAttribute('data-debtor'))!;
  assert.notEqual(secondKey, firstKey);
  let calls = await storedCalls(panel);
  assert.deepEqual(
    calls.map((c) => [c.debtorKey, c.outcome]),
    [[firstKey, 'callback']],
  );

  // A call started by mistake on the second debtor, discarded after the confirm step.
  await panel.getByTestId('start-call').click();
  await panel.getByTestId('discard-call').click();
  await panel.getByTestId('discard-confirm').waitFor();
  await panel.getByTestId('discard-yes').click();
  await panel.waitForFunction(() => document.querySelector('[data-testid="start-call"]')?.getAttribute('data-state') === 'idle');
  await panel.waitForFunction(() => document.querySelector('[data-testid="call-timer"]')?.textContent === '00:00');
  for (let i = 0; i < 50 && !(calls = await storedCalls(panel)).some((c) => c.discardedAt !== undefined); i++) await panel.waitForTimeout(100);
  const onSecond = calls.filter((c) => c.debtorKey === secondKey);
  assert.equal(onSecond.length, 1, 'the discarded call is kept for audit');
  assert.ok(onSecond[0]!.discardedAt !== undefined && onSecond[0]!.outcome === undefined, 'marked discarded, no outcome');
  // No attempt: the second debtor's history stays empty after a reload of the panel.
  await panel.reload();
  await nameIs(second.name);
  await panel.locator('#history-title').waitFor();
  await panel.waitForFunction(() => document.querySelectorAll('[data-testid="history-item"]').length === 0 && !!document.querySelector('#history-title + .hint'));
});
