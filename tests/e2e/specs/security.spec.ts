// Inserting into a CRM page in real Chromium: only into the field the agent clicked (or the note
// box), never a field the stylesheet hides, never once the page shows another debtor; and the
// content script never announces the extension's id to the page.
import assert from 'node:assert/strict';
import { openCrm, openPanelAt, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';

const MORNING = new Date('2026-11-23T10:00:00+08:00');

test('insert: the field the agent clicked, else the note box; never a CSS-hidden field; never another debtor', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/fixtures/e2e/insert-guard.html`);
  const tabId = await tabIdOf(b, crm);
  const panel = await openPanelAt(b, tabId, MORNING);
  await panel.waitForFunction(() => document.querySelector('[data-testid="context-card"] [data-field="name"]')?.getAttribute('data-value') === '韩冰', null, { timeout: 10_000 });
  const debtor = await panel.locator('.panel-body').getAttribute('data-debtor');
  assert.ok(debtor?.endsWith('|6225 8800 1234 1101'), `a strong identity: ${debtor}`);

  await panel.getByTestId('utterance-input').fill('我现在手上真的一分钱都没有');
  await panel.getByTestId('verify-identity').click();
  const card = panel.locator('[data-testid="script-card"]').first();
  await card.waitFor({ timeout: 5_000 });
  // The card shows a missing value as 待填, the inserted text as a blank line: compare the opening words.
  const text = (await card.locator('.script-text').textContent())!.trim().slice(0, 8);
  const value = (sel: string) => crm.locator(sel).inputValue();

  // The agent clicks into the reason field: the script goes there, nowhere else.
  await crm.click('#reason');
  await card.getByTestId('insert-script').click();
  await crm.waitForFunction((t) => (document.querySelector('#reason') as HTMLInputElement).value.includes(t), text, { timeout: 5_000 });
  assert.equal(await value('#case-note'), '');
  assert.equal(await value('#template'), '', 'the hidden template textarea is never written');

  // The agent clicks into the drawer's memo, then the page closes the drawer (CSS only): the note box.
  await crm.click('#memo');
  await crm.evaluate(() => document.getElementById('drawer')!.classList.remove('is-open'));
  await card.getByTestId('insert-script').click();
  await crm.waitForFunction((t) => (document.querySelector('#case-note') as HTMLTextAreaElement).value.includes(t), text, { timeout: 5_000 });
  assert.equal(await value('#memo'), '', 'a field hidden by the stylesheet is never written');
  assert.equal(await value('#template'), '');
  await panel.locator('.script-actions [role="status"]').filter({ hasText: '已插入' }).first().waitFor();

  // The page moves on to another debtor: an insert still filled for 韩冰 is refused by the page itself.
  await crm.click('#next');
  const before = await value('#case-note');
  const reply = await panel.evaluate(
    ([tab, key, t]) => chrome.tabs.sendMessage(tab as number, { daihou: 1, type: 'crm:insert-text', data: { text: t, target: 'focused', debtor: key } }, { frameId: 0 }),
    [tabId, debtor, text] as const,
  );
  assert.deepEqual(reply, { ok: true, value: { ok: false, error: 'other-debtor' } });
  assert.equal(await value('#case-note'), before, 'nothing written for the wrong debtor');

  // Nothing the page heard names the extension.
  const heard = (await crm.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).join('\n');
  assert.ok(!heard.includes(b.extensionId), `the page heard the extension id: ${heard.slice(0, 300)}`);
  assert.ok(!/content-script-started/.test(heard), `the page heard the content script start: ${heard.slice(0, 300)}`);
});

test('update: a CRM tab opened before the extension reloads still answers the panel, without a reload of the tab', async ({ ext: b, demoUrl }) => {
  const crm = await openCrm(b, `${demoUrl}/fixtures/e2e/insert-guard.html`);
  const tabId = await tabIdOf(b, crm);
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  const worker = b.context.waitForEvent('serviceworker', { timeout: 15_000 });
  await page.evaluate(() => chrome.runtime.reload()).catch(() => {}); // closes the extension's pages
  await worker;
  // Ask the CRM tab from an extension page until the new version's content script answers. Polled
  // from here: a reload may still close a page opened too early, which is then opened again.
  const ask = async (): Promise<unknown> => {
    const probe = await b.context.newPage();
    try {
      await probe.goto(`chrome-extension://${b.extensionId}/options.html`);
      return await probe.evaluate(async (tab) => {
        try {
          const r = await chrome.tabs.sendMessage(tab, { daihou: 1, type: 'crm:extract-now', data: {} }, { frameId: 0 });
          return r?.ok ? (r.value?.fields?.name?.value ?? null) : null;
        } catch {
          return null; // "Receiving end does not exist": no content script of the new version yet
        }
      }, tabId);
    } catch {
      return null;
    } finally {
      await probe.close().catch(() => {});
    }
  };
  let name: unknown = null;
  for (const until = Date.now() + 15_000; name !== '韩冰' && Date.now() < until; ) {
    name = await ask();
    if (name !== '韩冰') await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(name, '韩冰');
  assert.equal(crm.url(), `${demoUrl}/fixtures/e2e/insert-guard.html`, 'the CRM tab was not reloaded');
});
