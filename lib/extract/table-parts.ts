// Header and body rows of a table, read by children (not the HTMLTableElement API: the same in
// every DOM), including grids drawn as a header table and a body table. Reads only.

export const byTag = (el: Element, tags: RegExp): Element[] => Array.from(el.children).filter((c) => tags.test(c.localName));
export const cellsOf = (row: Element): Element[] => byTag(row, /^t[dh]$/);

/** Header rows (thead, or a first row of th cells) and body rows of one table. */
export function partsOf(table: Element): { header: Element | null; body: Element[] } {
  let header: Element | null = null;
  const body: Element[] = [];
  for (const part of table.children) {
    const tag = part.localName;
    if (tag === 'thead') header = byTag(part, /^tr$/).pop() ?? header;
    else if (tag === 'tbody' || tag === 'tr') body.push(...(tag === 'tr' ? [part] : byTag(part, /^tr$/)));
  }
  if (!header && body.length) {
    const cells = cellsOf(body[0]!);
    if (cells.length > 1 && cells.every((c) => c.localName === 'th')) header = body.shift()!;
  }
  return { header, body };
}

/** Element UI / layui / EasyUI draw the header and the body as two tables under one wrapper. */
export function bodyTableFor(header: Element, tables: Element[], at: number): { table: Element; rows: Element[] } | null {
  let wrap: Element | null = header.parentElement;
  for (let up = 0; wrap && up < 4; up++, wrap = wrap.parentElement) {
    for (let j = at + 1; j < tables.length && j < at + 6; j++) {
      const t = tables[j]!;
      if (!wrap.contains(t)) continue;
      const parts = partsOf(t);
      if (!parts.header && parts.body.length) return { table: t, rows: parts.body };
    }
  }
  return null;
}
