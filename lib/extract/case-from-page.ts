// The case number said only by the page's frame: the last item of its breadcrumb ("我的案件 /
// HZ-XYK-2611-0338"), the active tab of a workbench ("案件 CQ-XF-26-11-0448 ×"), or the
// document's title ("催收案件 TW-CC-1151127-0088"). Read only when no label gave one, only a code
// shaped like a case number, and shown as fact only when a case word says it is the case's
// (案件, 個案, Case…, in the same text or the crumb before); else shown for checking (请核对).
// Part of the detail readers (lib/extract/detail-host.ts): never loaded by the content script.
import { looksHidden } from './visibility';

export interface CaseFromPage {
  value: string;
  el: Element | null;
  confidence: number;
}

/**
 * A code of capitals and digits in three parts or more, with four digits at least ("HZ-XYK-2611-0338",
 * "COLL-SG-88210"), or a short prefix before eight digits or more ("WA20261116000582").
 */
const CODE_RE = /(?<![\w-])(?:(?=(?:[A-Z-]*\d){4})[A-Z][A-Z\d]*(?:-[A-Z\d]+){2,}|[A-Z]{1,4}\d{8,})(?![\w-])/;
/** Words that say the code is the case's. */
const CASE_WORD_RE = /案件|個案|个案|案號|案号|委案|催收|收數|收数|\bcases?\b|\bcollection/i;
const CRUMB_SEL = 'nav[aria-label*=readcrumb] li, [class*=breadcrumb] li, [class*=readcrumb-item], [class*=crumb] a, [class*=crumb] span';
const CRUMB_BOX_SEL = 'nav[aria-label*=readcrumb], [class*=breadcrumb], [class*=crumb]';
const ACTIVE_TAB_SEL = '[role=tab][aria-selected=true], [class*=tab][class*=active]';

function codeIn(text: string): string | null {
  return CODE_RE.exec(text)?.[0] ?? null;
}

function candidate(value: string, el: Element | null, sure: boolean): CaseFromPage {
  return { value, el, confidence: sure ? 0.75 : 0.55 };
}

/**
 * A page header's subtitle or a heading saying "案件 TW-CC-2611-05217", "委外案件 WA20261116000582",
 * "案件详情 · ZD202611030215", "Case #COLL-SG-88210", also as a part of a line ("女 · 31 岁 · 案件 …", "案件 … · M1").
 */
const HEADER_SEL = 'h1,h2,h3,h4,[class*=subtitle],[class*=header] [class*=title],[class*=page-header] small,[class*=page-header] [class*=content]';
const CASE_LINE_RE = /^(?:[\u4e00-\u9fff]{0,4}(?:案件|個案|个案)(?:详情|詳情|号|號|编号|編號)?|案號|case|case no\.?)\s*[#:：·]?\s*(\S+)$/i;

/** The code a header line names as the case's, in the whole line or one of its parts ("案件 HX-2026-80254 · M1"). */
function caseLine(text: string): string | null {
  for (const part of [text, ...text.split(/\s+[·|｜]\s+/)]) {
    const m = CASE_LINE_RE.exec(part);
    if (m) return codeIn(m[1]!);
  }
  return null;
}

/**
 * The last answer, for the same document, address, title and fields: the watcher reads a page
 * again after every change, and searching a big page's classes for a breadcrumb costs a few
 * milliseconds. Another debtor (another field value), address or title searches again.
 */
let last: { doc: Document; key: string; found: CaseFromPage | null } | undefined;

/** The case number the page's frame shows, or null; `taken` are values other fields already hold. */
export function caseFromPage(doc: Document, taken: ReadonlySet<string>): CaseFromPage | null {
  const key = `${doc.location?.href}\n${doc.title}\n${[...taken].join('\n')}`;
  if (last?.doc === doc && last.key === key && (!last.found?.el || last.found.el.isConnected)) return last.found;
  const found = searchFrame(doc, taken);
  last = { doc, key, found };
  return found;
}

function searchFrame(doc: Document, taken: ReadonlySet<string>): CaseFromPage | null {
  const ok = (code: string | null): code is string => code !== null && !taken.has(code);
  const seen: CaseFromPage[] = [];
  // The breadcrumb's last item: its text, or the text of the whole crumb when it is one line.
  for (const box of Array.from(doc.querySelectorAll(CRUMB_BOX_SEL)).slice(0, 4)) {
    if (box.closest('[aria-hidden=true]') || looksHidden(box)) continue;
    const all = Array.from(box.querySelectorAll(CRUMB_SEL)).filter((i) => (i.textContent ?? '').trim());
    // An item and the link inside it are one crumb: the innermost.
    const items = all.filter((i) => !all.some((o) => o !== i && i.contains(o)));
    const tail = items.at(-1) ?? box;
    const text = (tail.textContent ?? '').trim();
    const code = codeIn(text.split(/[/›»>]/).at(-1) ?? '');
    if (!ok(code)) continue;
    const before = items.length > 1 ? (items.at(-2)!.textContent ?? '') : text.slice(0, text.lastIndexOf(code));
    seen.push(candidate(code, tail, CASE_WORD_RE.test(text.replace(code, '')) || CASE_WORD_RE.test(before)));
    break;
  }
  // The workbench's active tab (one per open case), or the page header's "案件 …" line.
  for (const el of [...Array.from(doc.querySelectorAll(ACTIVE_TAB_SEL)).slice(0, 10), ...Array.from(doc.querySelectorAll(HEADER_SEL)).slice(0, 40)]) {
    const text = (el.textContent ?? '').trim().replace(/\s*[×✕]$/, '');
    const code = text.length <= 40 ? caseLine(text) : null;
    if (ok(code) && !el.closest('td,li,[role=row],[aria-hidden=true]') && !looksHidden(el)) seen.push(candidate(code, el, true));
  }
  // The page's own title.
  const code = codeIn(doc.title);
  if (ok(code)) seen.push(candidate(code, null, CASE_WORD_RE.test(doc.title)));
  // A sure one first; two codes that disagree are no case number.
  const sure = seen.filter((c) => c.confidence >= 0.75);
  const pick = sure[0] ?? seen[0];
  return pick && seen.every((c) => c.value === pick.value) ? pick : null;
}

