// The one `{name}` placeholder scanner. Pack scripts are plain text with `{name}` variables (not
// ICU: authors write apostrophes, `#` and braces freely); the pack's variable filler builds on it.

/** A placeholder: `{` + an identifier of up to 40 characters starting with a letter + `}`. */
const PLACEHOLDER_RE = /\{([A-Za-z][A-Za-z0-9_]{0,39})\}/g;

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'var'; name: string };

/** A template split into literal text and placeholders, in order (empty text parts are left out). */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    parts.push({ kind: 'var', name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Every placeholder name in a template, in order, repeats included. */
export function placeholderNames(text: string): string[] {
  return parseTemplate(text).flatMap((p) => (p.kind === 'var' ? [p.name] : []));
}
