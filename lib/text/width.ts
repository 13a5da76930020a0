// Full-width forms as the ASCII a machine compares: ＡＢＣ１２ → ABC12, the ideographic and
// no-break spaces → a space, ￥ → ¥. One code unit in, one out: offsets stay offsets.
// Used by the extraction (labels and values, in the content script) and normalizeForMatch (the
// compliance lint); the search index folds width with NFKC instead (normalizeForSearch).

/** Full-width ASCII (！..～), U+3000 / U+00A0 spaces and ￥ → their half-width forms. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += ' ';
    else if (c === 0xffe5) out += '¥';
    else out += s[i];
  }
  return out;
}
