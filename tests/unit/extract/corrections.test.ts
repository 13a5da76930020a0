import { describe, expect, it } from 'vitest';
import { applyCorrections, correctField } from '@/lib/extract/corrections';
import type { DebtorContext } from '@/lib/extract/types';

const ctx: DebtorContext = {
  url: 'http://crm/x',
  origin: 'http://crm',
  extractedAt: 1,
  fields: {
    name: { value: '张三', raw: '张三', confidence: 0.9, source: { method: 'dl' } },
    daysPastDue: { value: 20, raw: '20天', confidence: 0.9, source: { method: 'dl' } },
    bucket: { value: 'M1', raw: 'M1', confidence: 0.8, source: { method: 'derived' } },
  },
};

describe('manual corrections', () => {
  it('normalizes what the agent typed', () => {
    expect(correctField('amountOverdue', '8.5万')).toMatchObject({ value: 85000, corrected: true, source: { method: 'manual' } });
    expect(correctField('lastPaymentDate', '2026年9月18日')!.value).toBe('2026-09-18');
    expect(correctField('daysPastDue', 'abc')).toBeNull();
  });
  it('lays corrections over the page and marks them', () => {
    const out = applyCorrections(ctx, { name: correctField('name', '张叁')!, daysPastDue: correctField('daysPastDue', '47天')! });
    expect(out.fields.name).toMatchObject({ value: '张叁', corrected: true, confidence: 1 });
    expect(out.fields.daysPastDue!.value).toBe(47);
    expect(out.fields.bucket!.value).toBe('M2'); // derived bucket follows
    expect(ctx.fields.name!.value).toBe('张三'); // input untouched
  });
  it('passes the context through without corrections', () => {
    expect(applyCorrections(ctx, undefined)).toBe(ctx);
  });
});
