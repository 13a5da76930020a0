// Header and body rows of a table, read by children (not the HTMLTableElement API: the same in
// every DOM), including grids drawn as a header table and a body table. Reads only, and never
// more than `limit` rows: a table of 10,000 rows costs what its first rows cost.

export const cellsOf = (row: Element): Element[] => {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'td' || c.localName === 'th') out.push(c);
  return out;
};

export interface TableParts {
  header: Element | null;
  /** The first `limit` body rows. */
  body: Element[];
  /** All body rows (counted, not read). */
  count: number;
}

function allTh(row: Element): boolean {
  let n = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'td') return false;
    if (c.localName === 'th') n++;
  }
  return n > 1;
}

/** The header row alone (cheap: most tables on a detail page have none, and stop here). */
export function headerOf(table: Element): Element | null {
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const tag = part.localName;
    if (tag === 'thead') return part.lastElementChild;
    if (tag === 'tr') return allTh(part) ? part : null;
    if (tag === 'tbody') return part.firstElementChild && allTh(part.firstElementChild) ? part.firstElementChild : null;
  }
  return null;
}

/** Header row (the last row of thead, or a first row of th cells) and body rows of one table. */
export function partsOf(table: Element, limit = 200): TableParts {
  let header: Element | null = null;
  const body: Element[] = [];
  let count = 0;
  const take = (tr: Element) => {
    if (tr.localName !== 'tr') return;
    if (!header && !count && allTh(tr)) {
      header = tr;
      return;
    }
    count++;
    if (body.length < limit) body.push(tr);
  };
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const tag = part.localName;
    if (tag === 'thead') header = part.lastElementChild ?? header;
    else if (tag === 'tr') take(part);
    else if (tag === 'tbody') {
      if (body.length >= limit) count += part.childElementCount;
      else {
        let i = 0;
        for (let tr = part.firstElementChild; tr; tr = tr.nextElementSibling, i++) {
          if (body.length >= limit) {
            count += part.childElementCount - i; // the rest is counted, not read
            break;
          }
          take(tr);
        }
      }
    }
  }
  return { header, body, count };
}

/** Element UI / layui / EasyUI draw the header and the body as two tables under one wrapper. */
export function bodyTableFor(header: Element, tables: ArrayLike<Element>, at: number, limit = 200): { table: Element; parts: TableParts } | null {
  let wrap: Element | null = header.parentElement;
  for (let up = 0; wrap && up < 4; up++, wrap = wrap.parentElement) {
    for (let j = at + 1; j < tables.length && j < at + 6; j++) {
      const t = tables[j]!;
      if (!wrap.contains(t)) continue;
      const parts = partsOf(t, limit);
      if (!parts.header && parts.count) return { table: t, parts };
    }
  }
  return null;
}

/** Tables of a document (a cached live collection) or of a shadow root. */
export function tablesOf(root: Document | ShadowRoot): ArrayLike<Element> {
  return root.nodeType === 9 ? (root as Document).getElementsByTagName('table') : root.querySelectorAll('table');
}
