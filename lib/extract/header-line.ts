// Facts a page writes only in its header line, in parts split by separators: "罗志勇 | 男 | 35岁 |
// 广东深圳 | M2", "王大明 ｜ 卡號 4563-****-****-2210 ｜ 逾期 47 天 · M2", a subtitle "手机 138****6021 ·
// 案件 AJ-XF-20261009-1182". A part that starts with a label ("卡號 …", "案件 …") is read as that
// label's value; a bucket tag ("M2") and the days past due ("逾期 47 天", "DPD 47") by their shape.
// Only fields no label gave, and only from a line that names the debtor or sits beside the title
// that does (the page's header, never a list row or another party's card). Part of the detail
// readers (lib/extract/detail-host.ts): it only adds, so the content script does without it.
import { parseFieldValue, FIELD_RULES } from './fields';
import { parseBucket } from './normalize';
import type { DebtorFields, ExtractedField, FieldName } from './types';

const LINE_SEL = 'h1,h2,h3,h4,[role=heading],[class*=title],[class*=sub-line],[class*=subline],[class*=header] *,[class*=desc],[class*=meta]';
const SEPARATORS = /\s*[|｜·•]\s*/;
const DAYS_RE = /^(?:逾期|已逾期|dpd)\s*(\d{1,4})\s*(?:天|日|days?)?$|^(\d{1,4})\s*days?\s+(?:past due|overdue|in arrears)$/i;
/** A label before its value in one part ("卡號 4563-…", "Case: COL-88"). */
const LABELLED = /^([^\d\s:：]{1,12}?)[\s:：]+(.+)$/;
const CASE_WORD = /^(?:案件|個案|个案|case)$/i;
const KINDS = new Map(FIELD_RULES.map((r) => [r.field, r.kind]));

export interface HeaderFacts {
  fields: Partial<Record<FieldName, ExtractedField>>;
  el: Element | null;
}

/** The header line's facts for fields still blank; `match` is the content script's label dictionary. */
export function headerFacts(
  doc: Document,
  fields: Readonly<DebtorFields>,
  nameEl: Element | null,
  match: (label: string) => { field: FieldName | null; score: number } | null,
  locale: string,
): HeaderFacts | null {
  const name = typeof fields.name?.value === 'string' ? fields.name.value : null;
  const lines = Array.from(doc.querySelectorAll(LINE_SEL)).slice(0, 120);
  const out: Partial<Record<FieldName, ExtractedField>> = {};
  let first: Element | null = null;
  for (const el of lines) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parts = text.length <= 160 ? text.split(SEPARATORS).filter(Boolean) : [];
    if (parts.length < 3 || el.closest('td,li,[role=row]')) continue;
    // The debtor's own line: it names them, or sits in the block of the title that does.
    if (!(name && parts.includes(name)) && !(nameEl && near(el, nameEl))) continue;
    const put = (field: FieldName, value: string | number, raw: string, confidence: number) => {
      if (fields[field] || out[field]) return;
      out[field] = { value, raw, confidence, source: { method: 'title' }, why: ['header-line'] };
      first ??= el;
    };
    for (const part of parts) {
      const bucket = /^M\s?\d{1,2}\+?$/i.test(part) ? parseBucket(part) : null;
      if (bucket) put('bucket', bucket, part, 0.75);
      const days = DAYS_RE.exec(part);
      if (days) put('daysPastDue', Number(days[1] ?? days[2]), part, 0.8);
      const labelled = LABELLED.exec(part);
      // A bare case word names the case number here ("案件 AJ-…", "Case COL-88").
      const m = !labelled ? null : CASE_WORD.test(labelled[1]!) ? { field: 'caseId' as const, score: 1 } : match(labelled[1]!);
      if (!labelled || !m?.field || m.score < 0.8) continue;
      const parsed = parseFieldValue(KINDS.get(m.field)!, labelled[2]!, locale);
      if (parsed) put(m.field, parsed.value, labelled[2]!, 0.75);
    }
  }
  return first ? { fields: out, el: first } : null;
}

/** Within three levels of each other: one header block. */
function near(a: Element, b: Element): boolean {
  let up: Element | null = b;
  for (let i = 0; up && i < 3; i++) up = up.parentElement;
  return up !== null && up.contains(a);
}

export type ReadHeaderFacts = typeof headerFacts;
