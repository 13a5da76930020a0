// The UI-kit and vendor CRM corpus (tests/fixtures/crm/kits): every page's debtor fields are
// read right and sure, the fields it does not show stay blank, and list pages create no debtor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { certaintyOf } from '@/lib/extract/confidence';
import type { FieldName } from '@/lib/extract/types';
import { FIXTURES, loadFixture, type LoadedPage } from './helpers';

interface Expected {
  follows: string;
  kind: 'debtor' | 'list';
  scripts?: boolean;
  expect: Partial<Record<FieldName, string | number>>;
  blank: FieldName[];
  /** Fields whose value must be right but may be shown marked "请核对" (prose, near-synonyms). */
  check?: FieldName[];
}

const KITS = join(FIXTURES, 'kits');
const PAGES = readdirSync(KITS)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ page: f.replace(/\.expected\.json$/, '.html'), spec: JSON.parse(readFileSync(join(KITS, f), 'utf8')) as Expected }));

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('UI-kit and vendor CRM pages', () => {
  it('has a corpus of at least 20 pages, each naming the markup it follows', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
    for (const p of PAGES) expect(p.spec.follows, p.page).toMatch(/\S{8}/);
  });

  for (const { page: file, spec } of PAGES) {
    it(`${file}: ${spec.kind === 'list' ? 'a list, no debtor' : 'the open debtor, sure, and nothing else'}`, async () => {
      page = await loadFixture(`kits/${file}`, { scripts: spec.scripts });
      const ctx = extractDebtorContext(page.doc, { readers: DETAIL_READERS }); // as read once the detail readers are injected
      const got = Object.fromEntries(Object.entries(ctx.fields).map(([k, f]) => [k, f!.value]));
      if (spec.kind === 'list') {
        // No person is shown as fact on a page of many debtors.
        for (const f of ['name', 'amountOverdue', 'accountId', 'caseId'] as const) expect(certaintyOf(ctx.fields[f]), f).not.toBe('sure');
        expect(ctx.page?.kind, 'recognised as a list').toBe('list');
        return;
      }
      expect(got).toMatchObject(spec.expect);
      for (const f of Object.keys(spec.expect) as FieldName[])
        if (!spec.check?.includes(f)) expect(certaintyOf(ctx.fields[f]), `${f} is sure`).toBe('sure');
      for (const f of spec.blank) expect(got[f], `${f} must stay blank`).toBeUndefined();
    });
  }
});
