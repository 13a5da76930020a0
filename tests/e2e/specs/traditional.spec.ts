// Pages written in Traditional Chinese in real Chromium: the content script carries no
// Traditional → Simplified label fold (its size budget); a Traditional page loads it
// (entrypoints/label-fold.ts, lib/extract/fold-host.ts) and is read again with it: a page whose
// language says so, and a legacy page that does not say its language at all.
import assert from 'node:assert/strict';
import { openCrm, openPanel, tabIdOf } from '../../../scripts/browser/launch';
import { test } from '../fixtures';
import { card, valueIs } from '../context-card';



async function expected(demoUrl: string, page: string): Promise<Record<string, string | number>> {
  return JSON.parse(await (await fetch(`${demoUrl}/fixtures/${page}.expected.json`)).text()).expect;
}

test('traditional: a zh-TW page (its language says so) is read through the fold', async ({ ext: b, demoUrl }) => {
  const page = 'probe34/kendo-tabstrip-grid-fangdai-qiangzhi-zhtw';
  const want = await expected(demoUrl, page);
  const crm = await openCrm(b, `${demoUrl}/fixtures/${page}.html`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  // 放款帳號 and the case number: labels read only through the fold.
  await valueIs(panel, 'caseId', String(want.caseId));
  await valueIs(panel, 'accountId', String(want.accountId));
  assert.equal(await panel.locator(card('amountOverdue')).getAttribute('data-value'), String(want.amountOverdue));
});

test('traditional: a legacy page that does not say its language is read through the fold too', async ({ ext: b, demoUrl }) => {
  const page = 'probe34/jsp-struts-fullwidth-xindai-zhuanxiao-zhtw';
  const want = await expected(demoUrl, page);
  const crm = await openCrm(b, `${demoUrl}/fixtures/${page}.html`);
  const panel = await openPanel(b, await tabIdOf(b, crm));
  await valueIs(panel, 'daysPastDue', String(want.daysPastDue));
  assert.equal(await panel.locator(card('name')).getAttribute('data-value'), want.name);
});
