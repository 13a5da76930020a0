// Neither the live-transcript reader nor its detector is part of the CRM content script: once a
// panel has shown the tab, the background injects the detector (panel-tab.js), which
// notices the demo softphone's transcript pane, and then the reader (live-reader.js). This
// checks, in real Chromium, that the demo call's scripted lines still reach the panel bound to the
// tab, in order and with the right speakers, and that they end final.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCrm, openPanel, ROOT, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

const CALL = JSON.parse(readFileSync(join(ROOT, 'demo-crm/data/calls/quick.json'), 'utf8')) as {
  lines: { speaker: 'agent' | 'debtor'; text: string }[];
};

test('live reader: the demo softphone call streams into the panel live feed', async ({ ext: b, demoUrl }) => {
  const url = `${demoUrl}/case.html?id=CS-2026-004817&call=quick&speed=10&autoplay=1`;
  const crm = await openCrm(b, url);
  const tabId = await tabIdOf(b, crm);
  // The call is relayed to an open panel only: open it, then play the call again from the start.
  const panel = await openPanel(b, tabId);
  await panel.waitForFunction(() => performance.getEntriesByName('daihou:panel-ready').length > 0, null, { timeout: 10_000 });
  await crm.reload();

  const feed = panel.getByTestId('live-feed');
  await feed.waitFor({ timeout: 15_000 });
  // Every scripted line arrives (the call is about 2 s at speed 10), each final in the end.
  const unfold = feed.locator('button[aria-expanded]');
  await unfold.waitFor({ timeout: 15_000 });
  await panel.waitForFunction(
    (n) => {
      const b = document.querySelector('[data-testid="live-feed"] button[aria-expanded]');
      return !!b && new RegExp(`\\b${n}\\b`).test(b.textContent ?? '');
    },
    CALL.lines.length,
    { timeout: 15_000 },
  );
  await unfold.click();
  const turns = feed.locator('.live-turns li');
  await panel.waitForFunction(() => [...document.querySelectorAll('[data-testid="live-feed"] .live-turns li')].every((li) => li.getAttribute('data-final') === 'true'), null, { timeout: 10_000 });
  assert.equal(await turns.count(), CALL.lines.length);
  assert.deepEqual(await turns.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-speaker'))), CALL.lines.map((l) => l.speaker));
  const texts = await turns.allTextContents();
  CALL.lines.forEach((l, i) => {
    // The scripted words without the case's variables ({name}, {honorific}) are in the turn as heard.
    for (const part of l.text.split(/\{[a-z]+\}/).filter((p) => p.length >= 4)) assert.ok(texts[i]!.includes(part), `turn ${i}: ${texts[i]} lacks ${part}`);
  });
});
