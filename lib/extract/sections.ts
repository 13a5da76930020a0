// Whose values are these? A section (card, fieldset, table under a heading) titled for another
// party — co-borrower, guarantor, emergency contact, spouse, relatives, an authorized user — holds
// that person's name, phone, numbers and address, never the debtor's (a guarantor's name fills the
// guarantor field). Asked only of the few name/phone/account/region candidates, never over the page.
import { normalizeLabel } from './normalize';
import { CONTROL_SEL } from './value-text';
import { flatParent, shortText } from './flat-tree';

/** A guarantor's section: the name in it is the guarantor's. */
export const GUARANTOR_TITLE_RE = /^(?:担保人|保证人|连带保证人|guarantor|suret(?:y|ies)\b|co[- ]?signer|cosigner)/;

/** Titles naming someone other than the debtor, as folded by normalizeLabel (Traditional → Simplified), also as a dialog's action ("编辑联系人", "Add guarantor"). */
export const OTHER_PARTY_RE =
  /^(?:(?:编辑|新增|添加|修改|查看|edit|add|new|view|update) ?)?(?:共同借款人|共借人|共同还款人|(?:连带(?:责任)?)?(?:担保人|保证人)|紧急联[系络]人|联[系络]人|相关人士|关联人|related (?:people|persons?|part(?:y|ies)|contacts?)|配偶|亲属|家属|同户|家庭成员|household(?: members?)?|授权人|被授权人|代理人|附卡(?:持卡)?人|副卡(?:持卡)?人|co[- ]?(?:borrower|signer|maker|applicant)|cosigner|(?:supplementary|additional|secondary) card ?holder|joint borrower|guarantor|suret(?:y|ies)\b|debt counsell?or|emergency contact|(?:alternate|alternative|secondary|additional|other) contacts?\b|references?\b|spouse|relatives?\b|next of kin|authori[sz]ed (?:user|person|third party)|third[- ]part(?:y|ies)|法定代表人|法人代表|legal representative|委外(?:机构|信息|公司)|(?:催收|外包)(?:机构|公司)|(?:debt )?collection agency|nominee|受益人)/;

/**
 * Titles of sections listing the debtor's other loans, accounts or cases ("Other loans for this
 * borrower", "关联案件（本人）", "名下其他贷款"): the same person, another account. As folded by normalizeLabel.
 */
const OTHER_ACCOUNTS_RE =
  /^(?:(?:名下|本人|客户|借款人)?(?:其他|其它|关联|相关|历史|同名|名下)(?:贷款|借款|账户|帐户|案件|卡片?|产品|借据|合同)|(?:other|related|linked|associated|additional) (?:loans?|accounts?|cases?|facilit(?:y|ies)|products?|cards?|debts?)\b)/;

/** Titles of an order's delivery (an order card, its shipping): the phone and place there are the recipient's. */
const DELIVERY_RE = /^(?:order\b|shipping|delivery|recipient|收货|收件|配送)/;

/** A title's parts ("Director / Guarantor", "負責人（連帶保證人）"). */
const titleParts = (title: string): string[] => title.split(/[/／|｜·、&()（）]/);

/** Does any part of a title, as folded by normalizeLabel, start with what `re` names? */
const naming =
  (re: RegExp) =>
  (title: string): boolean =>
    titleParts(title).some((part) => re.test(normalizeLabel(part)));

/** A title naming another party, the debtor's other accounts, an order's delivery. */
const namesParty = naming(OTHER_PARTY_RE);
const namesOtherAccounts = naming(OTHER_ACCOUNTS_RE);
const namesDelivery = naming(DELIVERY_RE);

/** Is `el` in an order's or a delivery's section ("Order #MX-20931", "Shipping")? Its phone is the recipient's, not the debtor's. */
export function inDeliverySection(el: Element): boolean {
  return titled(el, namesDelivery, DELIVERY_RE) !== null;
}

/** A relation written in brackets after a name: "黄海燕（妹）", "Priya Raman (spouse)" (folded by normalizeLabel). */
const KIN_RE = /^(?:[兄弟姐妹哥嫂父母夫妻子女儿孙侄甥叔姨舅姑伯婶]|[父母]亲|配偶|妻子|丈夫|儿子|女儿|亲属|家属|亲戚|朋友|同事|同学|邻居|(?:紧急)?联[系络]人|担保人|保证人|spouse|wife|husband|mother|father|sister|brother|son|daughter|friend|colleague|relative|guarantor|reference)$/;

/** A name followed by the bracketed relation of its person to the debtor: someone else's name. */
export function kinNoted(raw: string): boolean {
  const m = /[（(]([^()（）]{1,12})[)）]\s*$/.exec(raw);
  return m !== null && KIN_RE.test(normalizeLabel(m[1]!));
}

/**
 * Words of other parties' section titles that hold no field label's characters in a row: the
 * dictionary's prefilter lets texts holding them through, so the scan sees these titles (each is
 * matched by OTHER_PARTY_RE or OTHER_ACCOUNTS_RE).
 */
export const PARTY_WORDS = ['同户', '家庭成员', '亲属', '家属', '关联人', '相关人士', '代理人', '关联案件', '相关案件', '历史案件', '其他贷款', '其他账户'];

/** A column saying how each row's person relates to the debtor: a table of other people (contacts, relatives). */
const RELATION_RE = /^(?:与(?:借款人|客户|债务人|持卡人|本人)?的?关系|关系|relationship|relation(?: to \w+)?)$/;

/**
 * Does a label say that another party is on the page (a section title, or a relationship column),
 * or a section of the debtor's other accounts? Then values are checked for the section they are in.
 */
export function namesAnotherParty(label: string): boolean {
  return titleParts(label).some((part) => {
    const l = normalizeLabel(part);
    return OTHER_PARTY_RE.test(l) || OTHER_ACCOUNTS_RE.test(l) || DELIVERY_RE.test(l);
  }) || RELATION_RE.test(normalizeLabel(label));
}

/** The element's table (or ARIA grid) has a relationship column. */
function inRelationTable(el: Element): boolean {
  const table = el.closest('table,[role=grid],[role=table]');
  if (!table) return false;
  const heads = table.querySelectorAll('th,[role=columnheader],tr[class*=title] > td,tr[class*=head] > td');
  for (let i = 0; i < heads.length && i < 30; i++) if (RELATION_RE.test(normalizeLabel(heads[i]!.textContent ?? ''))) return true;
  return false;
}

/**
 * A row holding only the word for another party ("保證人"), no value or field, before rows of its
 * own shape: that group's title (a property sheet's group header).
 */
function groupTitle(sib: Element, text: string, word: RegExp): boolean {
  const next = sib.nextElementSibling;
  if (!next || next.localName !== sib.localName || next.className !== sib.className || sib.querySelector(CONTROL_SEL)) return false;
  return wholly(word, text);
}

/** The text is only the word for another party (or other accounts), perhaps with 信息 / details after it. */
function wholly(word: RegExp, text: string): boolean {
  const l = normalizeLabel(text);
  const m = word.exec(l)?.[0];
  return m !== undefined && /^ ?(?:信息|资料|详情|details?|info(?:rmation)?)?$/.test(l.slice(m.length));
}

/**
 * A lone box holding only the word for another party, in no heading's markup ("<div
 * class=font-semibold>Guarantor</div>"), right before a block of fields: that block's title.
 */
function loneTitle(sib: Element, text: string, word: RegExp): boolean {
  if (sib.childElementCount > 0 || sib.matches(FIELD_SEL)) return false;
  const next = sib.nextElementSibling;
  return next !== null && next.childElementCount >= 2 && wholly(word, text);
}

// An accordion's header (a button that opens its section) titles that section too.
const HEADING_SEL = 'h1,h2,h3,h4,h5,h6,legend,caption,[role=heading],[aria-expanded]';
// A divider with text (Element's el-divider, Ant's ant-divider-with-text) separates sections too.
const HEADING_CLASS = /title|head|caption|divider|[-_]hd\b/i;

/**
 * A title (its text): a heading, legend or caption, a kit's *-title / *-header box, or a box holding
 * only a heading (or a heading and its subtitle); a box holding a heading and fields is a section of
 * its own ('section': no title of what follows).
 */
function headingLike(el: Element, text: string): string | 'section' | null {
  if (el.matches(HEADING_SEL) || HEADING_CLASS.test(el.getAttribute('class') ?? '')) return text;
  const h = el.querySelector(HEADING_SEL);
  if (h) {
    const ht = (h.textContent ?? '').trim();
    // A header: its heading first, then a subtitle, no fields ("<h2>Co-borrower</h2><p>Jointly liable…</p>").
    return ht === text || (el.firstElementChild === h && !el.querySelector(FIELD_SEL)) ? ht : 'section';
  }
  // A box holding only a kit's title element ("<span class=form-text__title>共同借款人信息</span>").
  const t = el.querySelector('[class*=title]');
  return t && (t.textContent ?? '').trim() === text ? text : null;
}

const FIELD_SEL = 'input,select,textarea,label,dt,dd,th,td';


/**
 * Is `el` inside a section whose title names another party? From the value up, the nearest
 * title before it decides: column-header rows and tab bars are passed over, any other title or a block of
 * content ends the search.
 */
export function inOtherPartySection(el: Element, isLabel?: (text: string) => boolean): boolean {
  return otherPartyOf(el, isLabel) !== null;
}

/** The title (normalized) of the other party's section `el` is in ('' in a relationship table), or null. */
export function otherPartyOf(el: Element, isLabel?: (text: string) => boolean): string | null {
  return titled(el, namesParty, OTHER_PARTY_RE, isLabel) ?? partyRow(el) ?? (inRelationTable(el) ? '' : null);
}

/** Is `el` in a section listing the debtor's other accounts ("Other loans", "关联案件")? Its loan's numbers are not this case's. */
export function inOtherAccounts(el: Element): boolean {
  // Such a title holds a field's word ("Other loans"): never passed over as a label.
  return titled(el, namesOtherAccounts, OTHER_ACCOUNTS_RE) !== null;
}

/**
 * A form table's row that starts with another party's name ("保证人名称：… | 联系电话：…"): the row
 * is theirs. (A row starting with one of their fields, "紧急联系人电话", may go on with the debtor's.)
 */
function partyRow(el: Element): string | null {
  const row = el.closest('tr');
  const first = row?.firstElementChild;
  if (!first || first.contains(el)) return null;
  const text = normalizeLabel(first.textContent ?? '');
  const party = OTHER_PARTY_RE.exec(text)?.[0];
  return party && /^\s*(?:名称|姓名|名字|name)?$/.test(text.slice(party.length)) ? text : null;
}

/**
 * The normalized title of the section around `el` that `names` accepts (another party's, other
 * accounts'), found from the value up; `word` is that title's word for a group or lone title.
 */
function titled(el: Element, names: (title: string) => boolean, word: RegExp, isLabel?: (text: string) => boolean): string | null {
  let n: Element | null = el;
  // Never past body: <head> holds scripts whose text is long (and no section title). As shown on
  // screen: out of a shadow root to its host (the title may be in the page around the component),
  // and from content projected into a slot to that slot (a card drawing its title before its slot).
  for (let depth = 0; n && depth < 10 && n.localName !== 'body'; depth++, n = flatParent(n)) {
    let sib = n.previousElementSibling;
    // A flat form (label, value, label, value…) under its legend: a few pairs back.
    for (let k = 0; sib && k < 12; k++, sib = sib.previousElementSibling) {
      if (sib.localName === 'thead') continue;
      const text = shortText(sib, 60);
      if (text === null) return null;
      // Column headers and tab bars ("基本信息 联系人 …") are no section title.
      if (!text || sib.querySelector('th,[role=columnheader],[role=tab]')) continue;
      const heading = headingLike(sib, text);
      const title = heading && heading !== 'section' ? heading : null;
      // A kit that gives its labels a title class (NutUI's nut-cell__title "手机号码"): a label, no section title.
      // (A real heading or legend "保證人" is a section title, even if the word is a label too…
      // (…and so is a group's or a card's title: "<div class=van-cell-group__title>担保人</div>".)
      if (title && isLabel?.(title) && !sib.matches(HEADING_SEL) && !/group|sec|panel|card|header/i.test(sib.getAttribute('class') ?? '')) continue;
      // A dialog's close button ("×") shares its header with the title.
      const named = title && title.replace(/[×✕✖]/g, '').trim();
      // "Director / Guarantor": any part of a title may name the other party.
      if ((named && names(named)) || (!heading && (groupTitle(sib, text, word) || loneTitle(sib, text, word)))) return normalizeLabel(named || text);
      // Another title, or a whole section before this one: the value is not under what came before.
      if (heading) return null;
    }
  }
  return null;
}
