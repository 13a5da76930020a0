// Manual corrections: the agent fixes a field in the panel; the fix is kept per account by the
// caller (lib/db) and laid over every later extraction of that account, marked as corrected.
import { FIELD_RULES, parseFieldValue } from './fields';
import { bucketFromDays } from '../domain/bucket';
import { cleanText } from './normalize';
import type { DebtorContext, DebtorFields, ExtractedField, FieldName } from './types';

const KIND = new Map(FIELD_RULES.map((r) => [r.field, r.kind]));

/**
 * A corrected field from what the agent typed ("8.5万", "2026/9/18", "47天"), normalized like
 * extraction would. Returns null when the text cannot be a value of that field.
 */
export function correctField(field: FieldName, text: string, locale = ''): ExtractedField | null {
  const kind = KIND.get(field);
  const raw = cleanText(text);
  if (!kind || !raw) return null;
  const parsed = parseFieldValue(kind, raw, locale);
  if (!parsed) return null;
  return { value: parsed.value, raw, confidence: 1, source: { method: 'manual' }, corrected: true };
}

/**
 * The context with the agent's corrections laid over it. Corrections win over whatever the
 * page shows; a derived bucket follows a corrected days-past-due.
 */
export function applyCorrections(ctx: DebtorContext, corrections: DebtorFields | null | undefined): DebtorContext {
  if (!corrections || !Object.keys(corrections).length) return ctx;
  const fields: DebtorFields = { ...ctx.fields };
  for (const [name, f] of Object.entries(corrections) as [FieldName, ExtractedField | undefined][]) {
    if (!f) continue;
    fields[name] = { ...f, source: { ...f.source, method: 'manual' }, confidence: 1, corrected: true };
  }
  const dpd = corrections.daysPastDue;
  if (dpd && typeof dpd.value === 'number' && !corrections.bucket && fields.bucket?.source.method === 'derived') {
    const b = bucketFromDays(dpd.value);
    fields.bucket = { ...fields.bucket, value: b, raw: b };
  }
  return { ...ctx, fields };
}
