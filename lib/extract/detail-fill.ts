// What the detail readers add to a debtor page's fields once the content script has read its
// labels (lib/extract/detail-host.ts says why they are apart): a name from First name / Last name
// fields, else from the title of the block showing the debtor; a case number from the page's
// frame; facts written only in the header line beside the name. Each only fills a field no label
// gave. The content script hands over its dictionary and value parser, so nothing of those is
// loaded twice.
import type { DebtorFields, ExtractedField, FieldName, FieldSource } from './types';
import { nameFromParts, type NamePart } from './name-parts';
import { nameFromTitle } from './title-name';
import { caseFromPage } from './case-from-page';
import { headerFacts } from './header-line';

export interface FillInput {
  doc: Document;
  fields: DebtorFields;
  /** The element each field was read from (updated with what is filled). */
  elements: Partial<Record<FieldName, Element>>;
  /** Values read under decoy labels, best first (the halves of a name are decoys). */
  decoys: () => NamePart[];
  /** A value in another party's section. */
  theirs: (el: Element) => boolean;
  /** The content script's label dictionary. */
  match: (label: string) => { field: FieldName | null; score: number } | null;
  /** The content script's reading of a field's value. */
  parse: (field: FieldName, raw: string) => { value: string | number } | null;
  /** The logged-in agent's name: never the debtor's. */
  agent?: string;
}

/** A field a detail reader found: read from the page's frame or titles unless `method` says otherwise. */
function readerField(value: string, confidence: number, why: string, method: FieldSource['method'] = 'title'): ExtractedField {
  return { value, raw: value, confidence, source: { method }, why: [why] };
}

export function fillFromPage({ doc, fields, elements, decoys, theirs, match, parse, agent }: FillInput): void {
  const isLabel = (t: string) => match(t) !== null;
  // First name and Last name fields, then a title naming the debtor.
  const halves = fields.name ? null : nameFromParts(doc, decoys(), theirs, (raw) => String(parse('name', raw)?.value ?? '') || null);
  if (halves) (fields.name = readerField(halves.value, halves.confidence, 'first-last-name', halves.method)), (elements.name = halves.el);
  if (!fields.name) {
    const anchors: Element[] = [];
    for (const [f, el] of Object.entries(elements) as [FieldName, Element][]) if (!fields[f]!.why?.includes('list-row')) anchors.push(el);
    anchors.sort((a, b) => (a.compareDocumentPosition(b) & 0x4 ? -1 : 1));
    const found = nameFromTitle(doc, anchors, isLabel, theirs);
    if (found && found.value !== agent) (fields.name = readerField(found.value, found.confidence, 'title')), (elements.name = found.el);
  }
  // No label gave the case number: the breadcrumb, the active tab or the page's title may.
  const found = fields.caseId ? null : caseFromPage(doc, new Set(Object.values(fields).map((f) => String(f.value))));
  if (found) fields.caseId = readerField(found.value, found.confidence, 'page-frame');
  if (found?.el) elements.caseId = found.el;
  // Facts written only in the header line beside the name ("罗志勇 | 男 | 35岁 | M2").
  const header = headerFacts(fields, elements.name ?? null, match, parse);
  if (header) for (const [f, v] of Object.entries(header.fields) as [FieldName, ExtractedField][]) (fields[f] = v), header.el && (elements[f] = header.el);
}

export type FillFromPage = typeof fillFromPage;
