// Is this page one debtor, or a list of many (a case queue)? Pure and cheap: it runs on every
// re-scan, so it reads tables, grids and lists by tag/role, never computed styles, and walks
// beside a list only when one was found, with a node budget. It never changes the page.
import { defaultDictionary } from './dictionary';
import { bodyTableFor, cellsOf, headerOf, partsOf, tablesOf } from './table-parts';
import type { FieldName } from './types';

export interface PageKind {
  /** 'list': the main content is many debtors and none of them is open. */
  kind: 'debtor' | 'list';
  /** Data rows of the largest debtor list found (0: none). */
  rows: number;
  /** A list is shown, but one debtor's detail (drawer, dialog, field block) is open beside it. */
  openDetail: boolean;
}

/** Columns/labels that tell one debtor from another. */
const IDENTITY: ReadonlySet<FieldName> = new Set(['name', 'accountId', 'caseId', 'phone']);
const MIN_ROWS = 3;
/** Rows read per list to check they are different debtors. */
const SAMPLE_ROWS = 40;
/** Elements with a role read to find ARIA grids and lists (one `[role]` query: each selector is a pass). */
const ROLE_CAP = 3000;

type Root = Document | ShadowRoot;

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();

function fieldOfLabel(label: string): FieldName | null {
  // (Bilingual headers are longer: "客戶姓名 Customer Name".)
  if (!label || label.length > 40) return null;
  const m = defaultDictionary().match(label);
  return m?.field && m.score >= 0.8 ? m.field : null;
}

// ---- lists -------------------------------------------------------------------------------

interface FoundList {
  els: Element[];
  rows: number;
}

/** Column index → field, from a header row. */
function columnsOf(cells: ArrayLike<Element>): Map<number, FieldName> {
  const cols = new Map<number, FieldName>();
  for (let i = 0; i < Math.min(cells.length, 40); i++) {
    const f = fieldOfLabel(text(cells[i]));
    if (f && ![...cols.values()].includes(f)) cols.set(i, f);
  }
  return cols;
}

/** Enough debtor columns, one of them naming who the row is. */
function isDebtorHeader(cols: Map<number, FieldName>): number | null {
  if (cols.size < 2) return null;
  for (const [i, f] of cols) if (IDENTITY.has(f) && f !== 'phone') return i;
  for (const [i, f] of cols) if (f === 'phone') return i;
  return null;
}

/** rows.length when the sampled rows name ≥ 3 different debtors in column `col`, else 0. */
function countRows(rows: ArrayLike<Element>, col: number, cellsOf: (r: Element) => ArrayLike<Element>): number {
  const seen = new Set<string>();
  for (let i = 0; i < rows.length && i < SAMPLE_ROWS; i++) {
    const cells = cellsOf(rows[i]!);
    const v = cells.length > col ? text(cells[col]) : '';
    if (v) seen.add(v);
  }
  return seen.size >= MIN_ROWS ? rows.length : 0;
}

function tableList(table: Element, tables: ArrayLike<Element>, at: number): FoundList | null {
  const header = headerOf(table);
  if (!header) return null;
  const col = isDebtorHeader(columnsOf(cellsOf(header)));
  if (col === null) return null;
  const own = partsOf(table, SAMPLE_ROWS);
  const other = own.count ? null : bodyTableFor(table, tables, at, SAMPLE_ROWS);
  const parts = other?.parts ?? own;
  const n = countRows(parts.body, col, cellsOf);
  return n ? { els: other ? [table, other.table] : [table], rows: parts.count } : null;
}

function gridList(grid: Element): FoundList | null {
  const cols = columnsOf(grid.querySelectorAll('[role=columnheader]'));
  const col = isDebtorHeader(cols);
  if (col === null) return null;
  const all = grid.querySelectorAll('[role=row]');
  const sample: Element[] = [];
  let headers = 0;
  for (let i = 0; i < all.length && sample.length < SAMPLE_ROWS; i++)
    if (all[i]!.querySelector('[role=columnheader]')) headers++;
    else sample.push(all[i]!);
  // Cells without their role (only the first marked, or none): the row's children.
  const ok = countRows(sample, col, (r) => {
    const cells = r.querySelectorAll('[role=gridcell],[role=cell]');
    return cells.length >= cols.size ? cells : r.children;
  });
  return ok ? { els: [grid], rows: all.length - headers } : null;
}

/** A table of divs named by class (react-table and kits built on it: .thead > .tr > .th, .tr > .td). */
function divTableList(head: Element): FoundList | null {
  const table = head.parentElement;
  if (!table) return null;
  const col = isDebtorHeader(columnsOf(head.querySelectorAll('.th')));
  if (col === null) return null;
  const rows = Array.from(table.querySelectorAll('.tr')).filter((r) => !head.contains(r));
  return countRows(rows.slice(0, SAMPLE_ROWS), col, (r) => r.children) ? { els: [table], rows: rows.length } : null;
}

const AMOUNT = /[¥￥$]\s?\d|\d[\d,]*(?:\.\d+)?\s?(?:元|圓|块)/;
const WHO = /\d*\*{2,}\d+|\b[A-Za-z]{1,6}[-_]?\d{4,}(?:[-_]\d+)*\b/;

/** A list of cards (no header): items each showing an amount and an account/case number. */
function cardList(list: Element): FoundList | null {
  const items = list.children;
  if (items.length < MIN_ROWS) return null;
  const seen = new Set<string>();
  for (let i = 0; i < Math.min(items.length, SAMPLE_ROWS); i++) {
    const t = items[i]!.textContent ?? '';
    if (t.length > 400) return null;
    const who = WHO.exec(t);
    if (who && AMOUNT.test(t)) seen.add(who[0]);
  }
  return seen.size >= MIN_ROWS ? { els: [list], rows: items.length } : null;
}

/** Texts read for masked or coded numbers when looking for an unmarked card list. */
const DEEP_TEXTS = 4000;
/** How far up from such a text its list item is looked for. */
const DEEP_CLIMB = 6;

/**
 * Card lists no role marks (a mobile kit's `.adm-list`, a div per case): from each text showing
 * a masked or coded number, the ancestors' parents are read as card lists. Costlier than the
 * marked lists, so only when the page named no one (see detectPageKind).
 */
function unmarkedCardLists(root: Root, found: FoundList[]): void {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const checked = new Set<Element>();
  let n = 0;
  for (let t = walker.nextNode(); t && n < DEEP_TEXTS; t = walker.nextNode(), n++) {
    if (!WHO.test((t as Text).data)) continue;
    let item = t.parentElement;
    for (let i = 0; item && i < DEEP_CLIMB; i++, item = item.parentElement) {
      const list = item.parentElement;
      if (!list || checked.has(list)) continue;
      checked.add(list);
      if (list.childElementCount < MIN_ROWS || found.some((f) => f.els.some((l) => l.contains(list)))) continue;
      const hit = cardList(list);
      if (hit) {
        found.push(hit);
        break;
      }
    }
  }
}

function findLists(roots: readonly Root[], deep: boolean): FoundList[] {
  const found: FoundList[] = [];
  const inFound = (el: Element) => found.some((f) => f.els.some((l) => l.contains(el)));
  const each = (cands: ArrayLike<Element>, read: (el: Element, i: number) => FoundList | null) => {
    for (let i = 0; i < cands.length; i++) {
      const el = cands[i]!;
      if (inFound(el)) continue;
      const hit = read(el, i);
      if (hit) found.push(hit);
    }
  };
  // Every query is a pass over the page (≈ 0.2–0.4 ms at 20,000 elements on these machines):
  // tables come from the browser's cached collection; ARIA grids and card lists from one `[role]`
  // query, made only when no table is a debtor list. Bare <ul>/<ol> are not read.
  for (const root of roots) {
    const tables = tablesOf(root);
    each(tables, (el, i) => tableList(el, tables, i));
  }
  if (found.length) return found;
  for (const root of roots) {
    const roled = root.querySelectorAll('[role]');
    const grids: Element[] = [];
    for (let i = 0; i < roled.length && i < ROLE_CAP; i++) {
      const role = roled[i]!.getAttribute('role');
      // A div-based ARIA table (role=table > rowgroup > row > columnheader/cell) is read like a grid.
      if (role === 'grid' || role === 'treegrid' || role === 'table' || role === 'list' || role === 'listbox') grids.push(roled[i]!);
    }
    each(grids, (el) => (/grid|table/.test(el.getAttribute('role')!) ? gridList(el) : cardList(el)));
    // A cached native collection: no pass over the page while it is unchanged.
    each(root.nodeType === 9 ? (root as Document).getElementsByClassName('thead') : root.querySelectorAll('.thead'), divTableList);
  }
  if (deep && !found.length) for (const root of roots) unmarkedCardLists(root, found);
  return found;
}

/** The document, its open shadow roots and same-origin iframes that the caller already found. */
function rootsOf(doc: Document): Root[] {
  const roots: Root[] = [doc];
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length && i < 10; i++) {
    try {
      const d = frames[i]!.contentDocument;
      if (d?.documentElement) roots.push(d);
    } catch {
      /* cross-origin */
    }
  }
  return roots;
}

/**
 * One debtor or a list? A list is a table, grid or card list of ≥ 3 different debtors (a name,
 * account or case column plus another debtor column; split header/body tables count as one).
 * With `deep` (the extraction read no one's name, account, case or phone), card lists no role
 * marks are looked for too.
 * It is still a debtor page when one debtor's details are open beside it: `detail` says so
 * given the lists found, from what the extraction read outside them (extractDebtorContext
 * decides it: a drawer, dialog or label/value block it read values from). `roots` are the documents and shadow roots
 * already found by a scan.
 */
export function detectPageKind(doc: Document, roots?: readonly Node[], detail: (lists: Element[]) => boolean = () => false, deep = false): PageKind {
  const given: readonly Node[] = roots?.length ? roots : rootsOf(doc);
  const all = given.filter((r): r is Root => r.nodeType === 9 || r.nodeType === 11);
  const lists = findLists(all, deep);
  if (!lists.length) return { kind: 'debtor', rows: 0, openDetail: false };
  const rows = Math.max(...lists.map((l) => l.rows));
  const open = detail(lists.flatMap((l) => l.els));
  return { kind: open ? 'debtor' : 'list', rows, openDetail: open };
}
