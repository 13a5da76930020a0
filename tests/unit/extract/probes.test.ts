// The probe corpora (tests/fixtures/crm/probe*): pages built after the reader, from kits and
// products it had not seen, kept as they were first scored. The reader never shows a wrong value
// as fact on them, and never reads fewer of them than it did (tests/fixtures/crm/probe-floors.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { scorePage, type Expected } from '@/scripts/score-page';
import { FIXTURES, loadFixture } from './helpers';

const FLOORS = JSON.parse(readFileSync(join(FIXTURES, 'probe-floors.json'), 'utf8')) as Record<string, { fields: number; pages: number }>;
const DIRS = readdirSync(FIXTURES).filter((d) => /^probe\d*$/.test(d)).sort();

describe('probe corpora', () => {
  it('every probe directory has a floor', () => {
    expect(DIRS.length).toBeGreaterThanOrEqual(7);
    for (const d of DIRS) expect(FLOORS[d], d).toBeDefined();
  });

  for (const dir of DIRS) {
    it(`${dir}: no wrong value shown as fact, and at least ${FLOORS[dir]?.fields} fields right, ${FLOORS[dir]?.pages} pages read fully`, async () => {
      let right = 0;
      let full = 0;
      const wrong: string[] = [];
      for (const file of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.expected.json')).sort()) {
        const spec = JSON.parse(readFileSync(join(FIXTURES, dir, file), 'utf8')) as Expected;
        const page = await loadFixture(`${dir}/${file.replace(/\.expected\.json$/, '.html')}`, { scripts: spec.scripts });
        try {
          const score = scorePage(spec, extractDebtorContext(page.doc, { readers: DETAIL_READERS }));
          right += score.right;
          if (!score.misses.length) full++;
          if (score.wrongSure) wrong.push(`${file}:\n${score.misses.filter((m) => m.includes('WRONG') || m.includes('must be blank')).join('\n')}`);
        } finally {
          await page.close();
        }
      }
      expect(wrong, 'wrong values shown as fact').toEqual([]);
      expect(right).toBeGreaterThanOrEqual(FLOORS[dir]!.fields);
      expect(full).toBeGreaterThanOrEqual(FLOORS[dir]!.pages);
    }, 60_000);
  }
});
