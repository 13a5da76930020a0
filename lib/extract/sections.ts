// Whose values are these? A section (card, fieldset, table under a heading) titled for another
// party — co-borrower, guarantor, emergency contact, spouse, relatives — holds that person's
// name, phone and numbers, never the debtor's. Asked only of the few name/phone/account
// candidates, never over the page.
import { normalizeLabel } from './normalize';

/** Titles naming someone other than the debtor (folded: lower case, Simplified; Traditional forms kept for safety). */
const OTHER_PARTY_RE =
  /^(?:共同借款人|共借人|共同还款人|共同申请人|担保人|擔保人|保证人|保證人|紧急联系人|紧急联络人|緊急聯絡人|联系人|聯絡人|联络人|聯繫人|配偶|亲属|親屬|家属|家屬|co[- ]?borrower|co[- ]?applicant|joint borrower|guarantor|emergency contact|references?\b|spouse|relatives?\b|next of kin)/;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption']);
const HEADING_CLASS = /(?:^|[-_\s])(?:title|header|heading|head|caption|subtitle)(?:$|[-_\s])/i;

function headingLike(el: Element): boolean {
  if (HEADING_TAGS.has(el.localName) || el.getAttribute('role') === 'heading' || HEADING_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return el.querySelector('h1,h2,h3,h4,h5,h6,legend,[role=heading]') !== null;
}

/** The element's text when it is short (a title), else null; stops reading early on big blocks. */
function shortText(el: Element, max: number): string | null {
  let s = '';
  let nodes = 0;
  const walk = (n: Node): boolean => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (++nodes > 60) return false;
      if (c.nodeType === 3) {
        s += (c as Text).data;
        if (s.trim().length > max) return false;
      } else if (c.nodeType === 1 && !walk(c)) return false;
    }
    return true;
  };
  return walk(el) ? s.trim() : null;
}

const MAX_TITLE = 40;

/**
 * Is `el` inside a section whose title names another party? From the value up, the nearest
 * title before it decides: column-header rows are passed over, any other title or a block of
 * content ends the search.
 */
export function inOtherPartySection(el: Element): boolean {
  let n: Element | null = el;
  for (let depth = 0; n && depth < 10 && n.localName !== 'body'; depth++, n = n.parentElement) {
    let sib = n.previousElementSibling;
    for (let k = 0; sib && k < 3; k++, sib = sib.previousElementSibling) {
      if (sib.localName === 'thead') continue;
      const text = shortText(sib, MAX_TITLE);
      if (text === null) return false;
      if (!text || sib.querySelector('th,[role=columnheader]')) continue;
      const heading = headingLike(sib);
      if (heading && OTHER_PARTY_RE.test(normalizeLabel(text))) return true;
      if (heading) return false;
    }
  }
  return false;
}
