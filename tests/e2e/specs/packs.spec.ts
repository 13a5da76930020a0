// Script packs in real Chromium: import a pack in the options page and find its scripts where
// the panel gets them; a broken pack shows path-named errors and leaves the library unchanged.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { caseUrl, demoCases } from '../../../scripts/browser/demo-cases';
import { openCrm, openOptions, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

const EXAMPLE = '我家的羊驼今天生病了所以没法还款';

function customPack(scriptText = '{name}您好，羊驼的事我们理解，您看先还一部分可以吗？') {
  return {
    formatVersion: 1,
    id: 'e2e-team-pack',
    name: { 'zh-CN': 'E2E 团队话术', en: 'E2E team pack' },
    version: '1.0.0',
    locales: ['zh-CN'],
    author: 'E2E 主管',
    updatedAt: '2026-11-22',
    scenarios: [
      {
        id: 'alpaca-sick',
        title: { 'zh-CN': '羊驼生病' },
        examples: [EXAMPLE, '羊驼生病了要花钱看病', '家里养的羊驼病了'],
        scripts: [{ id: 'alpaca-1', text: scriptText, stage: 'negotiate', discloses: false }],
      },
    ],
  };
}

const storedLibrary = (page: Page) => page.evaluate(async () => JSON.stringify((await chrome.storage.local.get('packLibrary')).packLibrary ?? null));

test('packs: import a pack in options, confirm unverified, its scripts reach the panel', async ({ ext: b, demoUrl }) => {
  const dir = mkdtempSync(join(tmpdir(), 'daihou-packs-'));
  const file = join(dir, 'team.json');
  writeFileSync(file, JSON.stringify(customPack(), null, 2));
  try {
    const options = await openOptions(b, 'packs-library');
    await options.locator('[data-testid="pack-entry"][data-source="default"]').waitFor();
    await options.getByTestId('pack-import-file').setInputFiles(file);
    const confirmBox = options.getByTestId('pack-import-confirm');
    await confirmBox.waitFor({ timeout: 5_000 });
    assert.match((await confirmBox.textContent()) ?? '', /未验证|未签名/);
    assert.equal(await options.getByTestId('pack-import-confirm-button').isDisabled(), true);
    await options.getByTestId('pack-import-confirm-check').check();
    await options.getByTestId('pack-import-confirm-button').click();
    await options.getByTestId('pack-import-result').waitFor({ timeout: 5_000 });

    const entry = options.locator('[data-testid="pack-entry"][data-pack-id="e2e-team-pack"]');
    await entry.waitFor({ timeout: 5_000 });
    assert.equal(await entry.getAttribute('data-verified'), 'unverified');
    assert.match((await entry.getByTestId('pack-verified').textContent()) ?? '', /未验证/);
    // Newest pack sits on top (highest precedence).
    assert.equal(await options.locator('[data-testid="pack-entry"]').first().getAttribute('data-pack-id'), 'e2e-team-pack');

    // What loadActivePack() gives the panel: the new scenario, sourced from the imported pack.
    const summary = options.getByTestId('active-pack-summary');
    await summary.locator('[data-scenario="alpaca-sick"]').waitFor({ state: 'attached', timeout: 5_000 });
    assert.equal(await summary.locator('[data-scenario="alpaca-sick"]').getAttribute('data-sources'), 'e2e-team-pack');
    assert.equal(await summary.getAttribute('data-order'), 'daihou-default,e2e-team-pack');

    // The panel for a demo case: when its suggestion UI is present, the distinctive example
    // brings up the imported scripts.
    const [first] = demoCases();
    assert.ok(first);
    const crm = await openCrm(b, caseUrl(demoUrl, first));
    const panel = await openPanel(b, await tabIdOf(b, crm));
    const utterance = panel.locator('[data-testid="utterance-input"]');
    const hasUi = await utterance.waitFor({ timeout: 8_000 }).then(
      () => true,
      () => false,
    );
    if (hasUi) {
      await utterance.fill(EXAMPLE);
      const card = panel.locator('[data-testid="script-card"][data-scenario="alpaca-sick"]').first();
      await card.waitFor({ timeout: 5_000 });
      assert.match((await card.textContent()) ?? '', /羊驼/);
    } else {
      console.log('    (panel has no utterance box yet: checked through loadActivePack in the options page)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('packs: a broken pack shows path-named errors and leaves the library unchanged', async ({ ext: b }) => {
  const dir = mkdtempSync(join(tmpdir(), 'daihou-packs-'));
  const file = join(dir, 'broken.json');
  const hostile = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(customPack('{name}您好，您欠款 {balanse} 元')));
  writeFileSync(hostile, JSON.stringify(customPack('<img src=x onerror="document.title=\'pwned\'">')));
  try {
    const options = await openOptions(b, 'packs-library');
    await options.locator('[data-testid="pack-entry"]').first().waitFor();
    const before = await storedLibrary(options);
    const entriesBefore = await options.locator('[data-testid="pack-entry"]').count();

    await options.getByTestId('pack-import-file').setInputFiles(file);
    const errors = options.getByTestId('pack-import-errors');
    await errors.waitFor({ timeout: 5_000 });
    const item = errors.locator('li[data-path="scenarios[0].scripts[0].text"]');
    assert.equal(await item.count(), 1);
    assert.match((await item.textContent()) ?? '', /scenarios\[0\]\.scripts\[0\]\.text: 未知变量 \{balanse\}/);
    assert.equal(await options.getByTestId('pack-import-confirm').count(), 0);

    await options.getByTestId('pack-import-file').setInputFiles(hostile);
    await errors.locator('li[data-code="markup"]').waitFor({ timeout: 5_000 });
    assert.notEqual(await options.title(), 'pwned');
    assert.equal(await options.locator('img[src="x"]').count(), 0);

    assert.equal(await options.locator('[data-testid="pack-entry"]').count(), entriesBefore);
    assert.equal(await storedLibrary(options), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('packs: a supervisor generates a signing key in the options page', async ({ ext: b }) => {
  const options = await openOptions(b, 'packs-library');
  await options.getByTestId('generate-key').click();
  const id = await options.getByTestId('signing-key-id').textContent({ timeout: 5_000 });
  assert.match(id ?? '', /^[0-9a-f]{16}$/);
  const pub = await options.getByTestId('signing-public-key').inputValue();
  assert.equal(Buffer.from(pub, 'base64').length, 32);
});
