// The live call without typing (issue #18, source 1): the demo CRM's softphone plays a scripted call in
// its live transcript pane; the panel hears it through the content script — the feed fills with both
// speakers, the cards follow the debtor's objections, the checklist ticks as the agent says the
// required things, the agent's one threatening line raises the live warning, and the promise repeated
// back pre-fills the wrap-up for the agent to confirm.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { caseUrl, demoCases } from '../../../scripts/browser/demo-cases';
import { openCrm, ROOT, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

// A weekday morning in Shanghai (inside the call window); the clock runs from there.
const MORNING = new Date('2026-11-23T10:00:00+08:00');

test('live call: the demo transcript drives cards, checklist, live lint and the wrap-up', async ({ ext: b, demoUrl }) => {
  test.setTimeout(120_000);
  const debtor = demoCases().find((c) => c.caseId === 'CS-2026-004817');
  assert.ok(debtor, 'the default demo call is written for CS-2026-004817');
  const crm = await openCrm(b, `${caseUrl(demoUrl, debtor)}&call=default&speed=3`);
  const tabId = await tabIdOf(b, crm);
  const panel = await b.context.newPage();
  await panel.clock.install({ time: MORNING });
  await panel.clock.resume();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('start-call').click();

  // The agent picks up on the softphone; nothing is typed into the panel from here on.
  await crm.getByTestId('softphone-call').click();
  const feed = panel.getByTestId('live-feed');
  await feed.locator('[data-speaker="agent"]').first().waitFor({ timeout: 15_000 });

  // The recording notice, said in the agent's own words, ticks the opening's checklist item.
  await panel.locator('[data-testid="checklist-item"][data-item="recording-notice"][data-checked="true"]').waitFor({ timeout: 15_000 });

  // The debtor's objections reach the cards (straight away, or held in the 新建议 tray while the
  // agent reads): the hardship plea is heard as a hardship situation.
  await feed.locator('[data-speaker="debtor"]').first().waitFor({ timeout: 15_000 });
  const heard = async () => {
    const cards = await panel.locator('[data-testid="script-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario')));
    const tray = await panel.getByTestId('new-tray').getAttribute('data-scenario').catch(() => null);
    return new Set([...cards, tray].filter((s): s is string => !!s));
  };
  const seen = new Set<string>();
  // The agent's threat (58 s into the call, ≈ 20 s at speed 3) raises the discreet live warning.
  const lint = panel.getByTestId('live-lint');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(await lint.isVisible())) {
    for (const s of await heard()) seen.add(s);
    await panel.waitForTimeout(250);
  }
  await lint.waitFor({ timeout: 5_000 });
  assert.match((await lint.getAttribute('data-severity')) ?? '', /^(block|warn)$/);
  assert.ok((await lint.getByTestId('live-lint-suggestion').textContent())?.trim(), 'the warning offers lawful phrasing');
  for (const s of await heard()) seen.add(s);
  const objections = ['no-money-now', 'hardship', 'unemployed', 'income-cut', 'scam-suspicion', 'dispute-amount', 'bank-at-fault', 'fees'];
  assert.ok([...seen].some((s) => objections.includes(s)), `cards followed the debtor's objections: ${[...seen].join(', ')}`);

  // The call ends with the promise repeated back: the wrap-up is pre-filled, the agent confirms.
  await crm.locator('[data-testid="softphone"][data-state="ended"]').waitFor({ timeout: 60_000 });
  await panel.waitForTimeout(500);
  const turns = await feed.locator('[data-speaker]').count();
  assert.ok(turns >= 3, `the feed shows the call's turns (${turns})`);
  await panel.getByTestId('outcome').selectOption('ptp');
  await panel.getByTestId('ptp-prefilled').waitFor({ timeout: 5_000 });
  assert.equal(await panel.getByTestId('ptp-date').inputValue(), '2026-12-05');
  assert.equal(Number(await panel.getByTestId('ptp-amount').inputValue()), 2000);
  assert.match(await panel.getByTestId('ptp-method').inputValue(), /手机银行/);
  await panel.screenshot({ path: join(ROOT, 'screenshots', 'live-call.png'), fullPage: true });
});
