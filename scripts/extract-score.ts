// `npm run -s extract:score [-- dir…] [--verbose]`: reads every fixture page that has an
// `.expected.json` beside it and scores the extraction: fields right and sure, fields wrongly
// filled, pages read fully. Prints each miss with the value's "why", so a supervisor or a
// developer sees why a page misreads. Exits non-zero when any page is not read fully.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDebtorContext } from '../lib/extract/index';
import { certaintyOf } from '../lib/extract/confidence';
import type { ExtractedField, FieldName } from '../lib/extract/types';
import { loadFile } from './load-page';

interface Expected {
  kind: 'debtor' | 'list';
  scripts?: boolean;
  expect: Partial<Record<FieldName, string | number>>;
  blank: FieldName[];
  check?: FieldName[];
}

const show = (f: ExtractedField | undefined) =>
  f ? `${JSON.stringify(f.value)} (${f.confidence.toFixed(2)} ${certaintyOf(f)}; ${f.source.label ?? ''}; ${(f.why ?? []).join(',')})` : '—';

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (!dirs.length) dirs.push('tests/fixtures/crm/kits');
  let right = 0;
  let total = 0;
  let wrongFilled = 0;
  let fullPages = 0;
  let pages = 0;
  for (const dir of dirs.map((d) => resolve(d))) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
      const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      const html = join(dir, file.replace(/\.expected\.json$/, '.html'));
      const page = await loadFile(html, { scripts: spec.scripts });
      const ctx = extractDebtorContext(page.doc);
      await page.close();
      pages++;
      const misses: string[] = [];
      if (spec.kind === 'list') {
        for (const f of ['name', 'amountOverdue', 'accountId', 'caseId'] as const)
          if (certaintyOf(ctx.fields[f]) === 'sure') misses.push(`  ${f}: list page, but shown as fact ${show(ctx.fields[f])}`);
      }
      for (const [f, want] of Object.entries(spec.expect) as [FieldName, string | number][]) {
        total++;
        const got = ctx.fields[f];
        if (got && got.value === want && (certaintyOf(got) === 'sure' || spec.check?.includes(f))) right++;
        else misses.push(`  ${f}: want ${JSON.stringify(want)}, got ${show(got)}`);
      }
      for (const f of spec.blank) {
        if (ctx.fields[f]) {
          wrongFilled++;
          misses.push(`  ${f}: must be blank, got ${show(ctx.fields[f])}`);
        }
      }
      if (!misses.length) fullPages++;
      console.log(`${misses.length ? '✗' : '✓'} ${file.replace(/\.expected\.json$/, '')}`);
      if (misses.length || verbose) for (const m of misses) console.log(m);
    }
  }
  console.log(`\nfields right: ${right}/${total} · blanks filled wrongly: ${wrongFilled} · pages read fully: ${fullPages}/${pages}`);
  return fullPages === pages ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`评分失败 / Scoring failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
