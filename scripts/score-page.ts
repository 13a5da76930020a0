// How one fixture page's reading is scored against its `.expected.json`: fields right and sure
// (or right and marked 请核对 where the page allows it), fields the page does not show but were
// filled, and wrong values shown as fact (sure, but not what the page shows: worse than a blank).
// One home for the scorer (scripts/extract-score.ts) and the probe corpora's test.
import { certaintyOf } from '../lib/extract/confidence';
import type { DebtorContext, ExtractedField, FieldName } from '../lib/extract/types';

export interface Expected {
  kind: 'debtor' | 'list';
  scripts?: boolean;
  expect: Partial<Record<FieldName, string | number>>;
  blank: FieldName[];
  check?: FieldName[];
  /** The same fact as the page also writes it ("DELGADO, MARCUS" in the work list for "Marcus T. Delgado"): right too. */
  also?: Partial<Record<FieldName, (string | number)[]>>;
}

export interface PageScore {
  right: number;
  total: number;
  wrongFilled: number;
  /** Values shown as fact that are not the page's (a list page's person counts too). */
  wrongSure: number;
  misses: string[];
}

export const showField = (f: ExtractedField | undefined) =>
  f ? `${JSON.stringify(f.value)} (${f.confidence.toFixed(2)} ${certaintyOf(f)}; ${f.source.label ?? ''}; ${(f.why ?? []).join(',')})` : '—';

export function scorePage(spec: Expected, ctx: DebtorContext): PageScore {
  const s: PageScore = { right: 0, total: 0, wrongFilled: 0, wrongSure: 0, misses: [] };
  if (spec.kind === 'list') {
    // A list page names no debtor: anything on it shown as fact (a queue's total as the amount overdue) is wrong.
    for (const [f, got] of Object.entries(ctx.fields))
      if (certaintyOf(got) === 'sure') s.wrongSure++, s.misses.push(`  ${f}: list page, but shown as fact ${showField(got)}  ← WRONG, shown as fact`);
    if (ctx.page?.kind !== 'list') s.misses.push(`  page: a list page read as ${ctx.page?.kind ?? 'a debtor'}`);
  }
  for (const [f, want] of Object.entries(spec.expect) as [FieldName, string | number][]) {
    s.total++;
    const got = ctx.fields[f];
    const same = got !== undefined && (got.value === want || (spec.also?.[f]?.includes(got.value) ?? false));
    if (got && same && (certaintyOf(got) === 'sure' || spec.check?.includes(f))) s.right++;
    else {
      const wrong = got !== undefined && !same && certaintyOf(got) === 'sure';
      if (wrong) s.wrongSure++;
      s.misses.push(`  ${f}: want ${JSON.stringify(want)}, got ${showField(got)}${wrong ? '  ← WRONG, shown as fact' : ''}`);
    }
  }
  for (const f of spec.blank) {
    if (ctx.fields[f]) {
      s.wrongFilled++;
      if (certaintyOf(ctx.fields[f]) === 'sure') s.wrongSure++;
      s.misses.push(`  ${f}: must be blank, got ${showField(ctx.fields[f])}`);
    }
  }
  return s;
}
