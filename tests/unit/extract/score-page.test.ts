// The fixture scorer's verdict on one page (scripts/score-page.ts): right, blank, wrong as fact,
// and the same fact written another way on the page (`also`).
import { describe, expect, it } from 'vitest';
import { scorePage, type Expected } from '@/scripts/score-page';
import type { DebtorContext } from '@/lib/extract/types';

const ctx = (name: string, confidence: number): DebtorContext => ({
  url: '',
  origin: '',
  extractedAt: 0,
  fields: { name: { value: name, raw: name, confidence, source: { method: 'table' } } },
});
const spec: Expected = { kind: 'debtor', expect: { name: 'Marcus T. Delgado' }, blank: ['guarantor'] };

describe('scorePage', () => {
  it('counts a sure right value, and a sure other value as wrong shown as fact', () => {
    expect(scorePage(spec, ctx('Marcus T. Delgado', 0.9))).toMatchObject({ right: 1, total: 1, wrongSure: 0 });
    expect(scorePage(spec, ctx('Lisa Fong', 0.9))).toMatchObject({ right: 0, wrongSure: 1 });
    expect(scorePage(spec, ctx('Lisa Fong', 0.5))).toMatchObject({ right: 0, wrongSure: 0 });
  });

  it("accepts the same fact as the page also writes it ('also')", () => {
    const also: Expected = { ...spec, also: { name: ['DELGADO, MARCUS'] } };
    expect(scorePage(also, ctx('DELGADO, MARCUS', 0.9))).toMatchObject({ right: 1, wrongSure: 0 });
    expect(scorePage(spec, ctx('DELGADO, MARCUS', 0.9))).toMatchObject({ right: 0, wrongSure: 1 });
  });
});
