// Facts a page writes only in its header line, in parts split by separators: "罗志勇 | 男 | 35岁 |
// 广东深圳 | M2", "王大明 ｜ 卡號 4563-****-****-2210 ｜ 逾期 47 天 · M2", a subtitle "手机 138****6021 ·
// 案件 AJ-XF-20261009-1182". A part that starts with a label ("卡號 …", "案件 …") is read as that
// label's value; a bucket tag ("M2") and the days past due ("逾期 47 天", "DPD 47") by their shape.
// Only fields no label gave, and only from the block of the title that names the debtor (the line
// itself, or a line beside it): never a list row or another party's card, and never a search of
// the whole page (a few dozen boxes around the name). Part of the detail readers
// (lib/extract/detail-host.ts): it only adds, so the content script does without it.
import { parseBucket } from './normalize';
import { shortText } from './flat-tree';
import { daysInTag } from './days-tag';
import type { DebtorFields, ExtractedField, FieldName } from './types';

type FieldValue = ExtractedField['value'];

const SEPARATORS = /\s*[|｜·•]\s*/;
/** A label before its value in one part ("卡號 4563-…", "Case: COL-88"). */
const LABELLED = /^([^\d\s:：]{1,12}?)[\s:：]+(.+)$/;
const CASE_WORD = /^(?:案件|個案|个案|case)$/i;
/** Boxes looked at around the name: itself, its siblings and its parent's and grandparent's, each with its children. */
const MAX_BOXES = 40;

export interface HeaderFacts {
  fields: Partial<Record<FieldName, ExtractedField>>;
  el: Element | null;
}

/**
 * The header line's facts for fields still blank. `match` is the content script's label
 * dictionary, `parse` its reading of a field's value.
 */
export function headerFacts(
  fields: Readonly<DebtorFields>,
  nameEl: Element | null,
  match: (label: string) => { field: FieldName | null; score: number } | null,
  parse: (field: FieldName, raw: string) => { value: FieldValue } | null,
): HeaderFacts | null {
  if (!nameEl || nameEl.closest('td,li,[role=row]')) return null;
  const out: Partial<Record<FieldName, ExtractedField>> = {};
  let first: Element | null = null;
  for (const el of boxesAround(nameEl)) {
    const text = el.childElementCount <= 8 ? lineText(el) : null;
    const parts = text ? text.split(SEPARATORS).filter(Boolean) : [];
    if (parts.length < 3) continue;
    const put = (field: FieldName, value: FieldValue, raw: string, confidence: number) => {
      if (fields[field] || out[field]) return;
      out[field] = { value, raw, confidence, source: { method: 'title' }, why: ['header-line'] };
      first ??= el;
    };
    for (const part of parts) {
      const bucket = /^M\s?\d{1,2}\+?$/i.test(part) ? parseBucket(part) : null;
      if (bucket) put('bucket', bucket, part, 0.75);
      const days = daysInTag(part);
      if (days !== null) put('daysPastDue', days, part, 0.8);
      const labelled = LABELLED.exec(part);
      // A bare case word names the case number here ("案件 AJ-…", "Case COL-88").
      const m = !labelled ? null : CASE_WORD.test(labelled[1]!) ? { field: 'caseId' as const, score: 1 } : match(labelled[1]!);
      if (!labelled || !m?.field || m.score < 0.8) continue;
      const parsed = parse(m.field, labelled[2]!);
      if (parsed) put(m.field, parsed.value, labelled[2]!, 0.75);
    }
  }
  return first ? { fields: out, el: first } : null;
}

/** The box's text when it is a line with separators (160 characters at most), read no further than that. */
function lineText(el: Element): string | null {
  const text = shortText(el, 320)?.replace(/\s+/g, ' ');
  return text && text.length <= 160 && /[|｜·•]/.test(text) ? text : null;
}

/** The name's box, then its siblings, its parent's and its grandparent's (each with its children), in that order. */
function boxesAround(nameEl: Element): Element[] {
  const out: Element[] = [nameEl];
  let at: Element | null = nameEl;
  for (let up = 0; at && up < 3 && out.length < MAX_BOXES; up++, at = at.parentElement) {
    const parent: Element | null = at.parentElement;
    if (!parent || parent.localName === 'body') break;
    for (let sib: Element | null = parent.firstElementChild; sib && out.length < MAX_BOXES; sib = sib.nextElementSibling) {
      if (sib === at) continue;
      out.push(sib);
      for (let kid: Element | null = sib.firstElementChild; kid && out.length < MAX_BOXES; kid = kid.nextElementSibling) out.push(kid);
    }
  }
  return out;
}

