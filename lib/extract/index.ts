// Reads the debtor context from any CRM page with no per-site code: one pass collects label
// candidates (document, open shadow roots, same-origin iframes), structure pairs each label
// with its value, the best-scoring candidate wins per field, and site adapters win over all.
// Reads only; never changes the page, never unmasks a masked value.
import { agentFromHits } from './logged-in-agent';
import { defaultDictionary, LabelDictionary } from './dictionary';
import { DECOY_LABELS, FIELD_RULES, isPlaceholder, parseFieldValue, type FieldRule, type ParsedValue } from './fields';
import { DROP_BELOW, isSure, PENALTY, round2, SURE_FROM } from './confidence';
import { flatContains } from './flat-tree';
import { foregroundOf } from './foreground';
import { isOwnHeading } from './not-a-value';
import { bucketFromDays } from '../domain/bucket';
import { cleanText, dateLocaleFor, dateOrderOf, labelFoldVersion, localeCurrency } from './normalize';
import { labelElementOf, resetSlots, valueCandidates, type ValueCandidate } from './pair';
import { controlValue } from './value-text';
import { looksHidden, shownOnScreen } from './visibility';
import { detectPageKind } from './page-kind';
import { scanDocument, type LabelHit, type ScanRoot } from './scan';
import { GUARANTOR_TITLE_RE, inDeliverySection, inOtherAccounts, inOtherPartySection, kinNoted, namesAnotherParty, otherPartyOf } from './sections';
import type { DetailReaders } from './detail-host';
import type { SiteRules } from './adapter-match';
import type { DebtorContext, DebtorFields, ExtractedField, FieldName } from './types';

export interface ExtractOptions {
  /**
   * What the site adapters say (lib/extract/adapter-match.ts siteRules): those matching the page
   * URL are applied. Not part of the content script: injected into a tab only when adapters are
   * stored (lib/extract/site-host.ts).
   */
  site?: SiteRules;
  /** The URL to match adapters against and report (defaults to the document's). */
  url?: string;
  /** Text never read as a field label: the call's live transcript (lib/live/transcript), whose "客户：…" lines are speech. */
  exclude?: (node: Node) => boolean;
  /**
   * Names each value's element, and the frames and shadow hosts leading to it, with a CSS
   * selector (`source.selector`, `source.path`): the CLI and the scorer show it. The content
   * script leaves it out and keeps the elements themselves (`fieldElements`).
   */
  selectorOf?: (el: Element) => string;
  /**
   * Read a debtor page with these too (lib/extract/detail-host.ts): the debtor's name from a
   * title when no label names them, the case number from the page's frame when no label gives
   * one, both halves of the last payment from one label's row, and the CRM's own contact,
   * promise and payment history. Not part of the content script: injected into the pages that
   * show a debtor (`wantsDetailReaders`, entrypoints/detail-reader.ts). Without them none of
   * these is read.
   */
  readers?: DetailReaders;
}

/** The documents and shadow roots a context was read from, so a watcher can observe them all. */
const rootsOfContext = new WeakMap<DebtorContext, Node[]>();
export function scannedRoots(ctx: DebtorContext): Node[] {
  return rootsOfContext.get(ctx) ?? [];
}

/** A page showing a debtor's details (two fields or more, not a list): read it with the detail readers too (`readers`). */
export function wantsDetailReaders(ctx: DebtorContext): boolean {
  return ctx.page?.kind === 'debtor' && Object.keys(fieldElements(ctx)).length >= 2;
}

/** The element each field of a context was read from (derived fields have none). */
const elementsOfContext = new WeakMap<DebtorContext, Partial<Record<FieldName, Element>>>();
export function fieldElements(ctx: DebtorContext): Partial<Record<FieldName, Element>> {
  return elementsOfContext.get(ctx) ?? {};
}

const RULES = new Map<FieldName, FieldRule>(FIELD_RULES.map((r) => [r.field, r]));
/** Fields of the debtor's own that another party's section also shows (a contact's address too). */
const OTHER_PARTY_FIELDS = new Set<FieldName>(['name', 'phone', 'accountId', 'region']);
/** Fields of one loan: in a section listing the debtor's other loans they are another loan's. */
const ACCOUNT_FIELDS = new Set<FieldName>(['accountId', 'caseId', 'product', 'amountOverdue', 'daysPastDue', 'bucket', 'principal', 'creditLimit', 'minimumPayment', 'lastPaymentDate', 'lastPaymentAmount']);

interface Scored {
  field: FieldName | null;
  score: number;
  parsed: ParsedValue | null;
  cand: ValueCandidate;
  hit: LabelHit | null;
  scope: ScanRoot | null;
  path?: string[];
  adapter: boolean;
  order: number;
  /** Rule and penalty codes, for the CLI and the panel's "why". */
  why: string[];
  /** The label's element, checked with the value when the browser's styles are asked. */
  labelEl?: Element | null;
  /** Checked against the browser's styles already. */
  styled?: boolean;
}

const dictCache = new Map<string, LabelDictionary>();
export function dictionaryFor(extra: [string, FieldName][]): LabelDictionary {
  if (!extra.length) return defaultDictionary();
  const key = `${labelFoldVersion()}${JSON.stringify(extra)}`;
  let d = dictCache.get(key);
  if (!d) {
    if (dictCache.size > 20) dictCache.clear();
    dictCache.set(key, (d = new LabelDictionary(FIELD_RULES, DECOY_LABELS, extra)));
  }
  return d;
}

/** The last page address parsed: a watcher re-reads one page many times, and parsing a URL is not free. */
let lastUrl: { href: string; url: string; origin: string } | undefined;

function pageUrl(doc: Document, override?: string): { href: string; url: string; origin: string } {
  const href = override ?? doc.location?.href ?? '';
  if (lastUrl?.href === href) return lastUrl;
  try {
    const u = new URL(href);
    const origin = u.origin === 'null' ? '' : u.origin;
    return (lastUrl = { href, url: origin + u.pathname + u.hash, origin });
  } catch {
    return (lastUrl = { href, url: '', origin: '' });
  }
}

export function extractDebtorContext(doc: Document, opts: ExtractOptions = {}): DebtorContext {
  const { href, url, origin } = pageUrl(doc, opts.url);
  const rules = opts.site?.fieldRules(href) ?? {};
  const adapterLabels: [string, FieldName][] = [];
  for (const [f, r] of Object.entries(rules)) if (r?.label && !r.selector) adapterLabels.push([r.label, f as FieldName]);
  const dict = dictionaryFor(adapterLabels);

  resetSlots();
  const { selectorOf } = opts;
  const scan = scanDocument(doc, dict, { nameOf: selectorOf ?? (() => ''), exclude: opts.exclude });
  const labelEls = new Set<Element>();
  const labelOf = new Map<LabelHit, Element | null>();
  for (const hit of scan.hits) {
    const el = labelElementOf(hit);
    labelOf.set(hit, el);
    // A text that merely contains a synonym ("Personal Consumer Loan") may still be a value.
    if (el && !hit.control && hit.inline === undefined && hit.score > 0.6) labelEls.add(el);
  }

  const perHit = scan.hits.map((hit) => ({ hit, cands: valueCandidates(hit, labelEls) }));
  const dateLocale = pageDateLocale(perHit, doc.documentElement?.getAttribute('lang') ?? '');

  // Sections of another party are looked for only on a page whose labels name one (共同借款人,
  // 担保人, 紧急联系人, Guarantor…): most pages name none, and the look costs DOM reads per value.
  const parties = scan.parties || scan.hits.some((h) => namesAnotherParty(h.label));
  const isFieldLabel = (t: string) => (dict.match(t)?.field ?? null) !== null;
  const scored: Scored[] = [];
  let order = 0;
  for (const { hit, cands } of perHit) {
    if (!cands.length) continue;
    const labelEl = labelOf.get(hit) ?? hit.text?.parentElement ?? null;
    const hidden = labelEl ? looksHidden(labelEl) : false;
    const headingLabel = labelEl !== null && hit.inline === undefined && inHeading(labelEl);
    const adapter = hit.score > 1.05;
    const rule = hit.field === null ? null : RULES.get(hit.field)!;
    cands.forEach((found, i) => {
      let cand = found;
      const why: string[] = [cand.method];
      let score = hit.score * cand.structure;
      if (hidden || looksHidden(cand.el)) (score *= PENALTY.hidden), why.push('hidden');
      if (i > 0) (score *= PENALTY.second), why.push('second-candidate');
      // A heading in a list item with its value under it is that item's label (jQuery Mobile, Ionic: "<li><h3>卡號</h3><p>…</p></li>").
      if (headingLabel && !labelEl.closest('li,[role=listitem]')?.contains(cand.el)) (score *= PENALTY.headingLabel), why.push('heading-label');
      if (cand.listRow) why.push('list-row');
      if (!rule) {
        scored.push({ field: null, score, parsed: null, cand, hit, scope: hit.scope, adapter, order: order++, why, labelEl });
        return;
      }
      // A heading holds a section title, never a name or a product.
      if (cand.chrome === 'heading' && (rule.kind === 'name' || rule.kind === 'text')) return;
      // "<span>宋佳琪</span><span class=pill>承诺还款中</span>", "汽车消费分期 <span class=ant-tag>新车</span>": a name or a text and the badge drawn beside it.
      const bare = rule.kind === 'name' || rule.kind === 'text' ? withoutBadges(cand.el) : null;
      if (bare) cand = { ...cand, raw: bare };
      // The name, phone or number of a co-borrower, guarantor or contact, in a section titled for
      // them; a name in a guarantor's section is the guarantor.
      const party = parties && OTHER_PARTY_FIELDS.has(rule.field) ? otherPartyOf(cand.el, isFieldLabel) : null;
      if (party !== null) {
        const g = rule.field === 'name' && GUARANTOR_TITLE_RE.test(party) ? parseFieldValue('name', cand.raw, hit.scope.locale) : null;
        if (g) scored.push({ field: 'guarantor', score: score * 0.9, parsed: g, cand, hit, scope: hit.scope, adapter, order: order++, why: [...why, 'guarantor-section'], labelEl });
        return;
      }
      // The numbers of another of the debtor's loans ("Other loans for this borrower", "关联案件").
      if (parties && ACCOUNT_FIELDS.has(rule.field) && inOtherAccounts(cand.el)) return;
      // An order's delivery phone or place ("Order #…", "Shipping") is its recipient's.
      if (parties && (rule.field === 'phone' || rule.field === 'region') && inDeliverySection(cand.el)) return;
      // "黄海燕（妹）": a relative's name, wherever it stands.
      if (rule.field === 'name' && kinNoted(cand.raw)) return;
      // "上次还款" names the date and the amount: both may sit in its row (a note, the right-hand text).
      const last = opts.readers?.lastPayment;
      // ("無紀錄" under it: no payment, and nothing else in its row stands in for one.)
      const both = last && rule.field === 'lastPaymentDate' && labelEl !== null && last.bothFacts(hit.synonym) && !isPlaceholder(cand.raw);
      if (both) cand = { ...cand, raw: last.rowText(labelEl, cand.el, cand.raw, labelEls) ?? cand.raw };
      const parsed = parseFieldValue(rule.kind, cand.raw, rule.kind === 'date' ? dateLocale(hit.scope.locale) : hit.scope.locale, hit.hint);
      // No date to read ("$150.00 on 08/09/2026", which day?): the amount still is one.
      const money = !parsed && both ? last.amountOf(cand.raw) : undefined;
      const paid = money ? parseFieldValue('amount', money, hit.scope.locale) : null;
      if (paid) scored.push({ field: 'lastPaymentAmount', score: score * 0.9, parsed: paid, cand, hit, scope: hit.scope, adapter, order: order++, why: [...why, 'split'], labelEl });
      if (!parsed) return;
      // A column header or another label read as a value ("客户姓名" under 客户姓名).
      // (…or a label's other language on its second line: "District<br>地區".)
      if (rule.kind === 'name' || rule.kind === 'text' || rule.kind === 'region') {
        const asLabel = dict.match(cleanText(cand.raw));
        if (asLabel && asLabel.score >= 1) return;
      }
      scored.push({ field: hit.field, score, parsed, cand, hit, scope: hit.scope, adapter, order: order++, why, labelEl });
    });
  }

  // Adapter selectors: the element is named directly, so it beats any heuristic.
  const locale = doc.documentElement?.getAttribute('lang') ?? '';
  for (const [f, r] of Object.entries(rules)) {
    if (!r?.selector) continue;
    const field = f as FieldName;
    const parts = r.selector.split('>>>').map((s) => s.trim());
    const el = opts.site!.resolve(doc, r.selector);
    if (!el) continue;
    const raw = (/^(input|select|textarea)$/.test(el.localName) ? controlValue(el) : cleanText(el.textContent ?? '')) ?? '';
    const parsed = parseFieldValue(RULES.get(field)!.kind, raw, locale);
    if (!parsed) continue;
    const cand: ValueCandidate = { el, raw, method: 'adapter', structure: 1, slot: `adapter:${field}` };
    scored.push({ field, score: 2, parsed, cand, hit: null, scope: null, path: parts.slice(0, -1), adapter: true, order: order++, why: ['adapter'] });
  }

  // A second-choice label (户籍地, 家庭电话) yields to any other label of its field on the page.
  const second = (s: Scored) => s.hit !== null && dict.secondChoice.has(s.hit.synonym);
  const firsts = new Set(scored.filter((s) => !second(s) && s.score >= DROP_BELOW).map((s) => s.field));
  for (let i = scored.length; i--; ) if (second(scored[i]!) && firsts.has(scored[i]!.field)) scored.splice(i, 1);
  // …and a label that means something else beside another field (a revolving account's "Outstanding balance").
  if (dict.notBeside.size) {
    const shown = new Set(scored.filter((s) => s.score >= DROP_BELOW).map((s) => s.field));
    for (let i = scored.length; i--; ) {
      const h = scored[i]!.hit;
      const beside = h ? dict.notBeside.get(h.synonym) : undefined;
      if (beside && shown.has(beside)) scored.splice(i, 1);
    }
  }

  // An open drawer or dialog is what the agent is looking at: what lies behind it yields.
  const front = foregroundOf(scored.filter((s) => s.field !== null && s.field !== 'guarantor' && !s.adapter && s.score >= DROP_BELOW).map((s) => s.cand.el));
  if (front) {
    for (const s of scored) {
      if (s.adapter || flatContains(front, s.cand.el)) continue;
      s.score *= PENALTY.behindDialog;
      s.why.push('behind-dialog');
    }
  }

  // Choose, then ask the browser's styles about the values chosen: one hidden by CSS yields and
  // the choice is made again (a few rounds at most; most pages need one).
  let chosen: Map<FieldName, Scored>;
  let usedSlots: Set<string>;
  for (let round = 0; ; round++) {
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    ({ chosen, usedSlots } = choose(scored));
    let changed = false;
    for (const s of chosen.values()) if (!styleChecked(s)) changed = true;
    if (!changed || round >= 3) break;
  }
  const fields: DebtorFields = {};
  const elements: Partial<Record<FieldName, Element>> = {};
  const currencies: string[] = [];
  for (const [name, s] of chosen) {
    let confidence = Math.min(1, s.score);
    const why = [...s.why];
    const rival = s.adapter ? undefined : rivalOf(s, scored, usedSlots);
    if (rival) {
      confidence *= PENALTY.ambiguous;
      why.push(`ambiguous:${String(rival.parsed!.value)}`);
    }
    if (confidence < DROP_BELOW) continue;
    const path = selectorOf ? (s.path ?? s.scope?.path ?? []) : [];
    const field: ExtractedField = {
      value: s.parsed!.value,
      raw: cleanText(s.cand.raw),
      confidence: round2(confidence),
      source: {
        method: s.adapter ? 'adapter' : s.cand.method,
        ...(selectorOf ? { selector: selectorOf(s.cand.el) } : {}),
        ...(s.hit ? { label: s.hit.label } : {}),
        ...(path.length ? { path } : {}),
      },
      why,
    };
    fields[name] = field;
    elements[name] = s.cand.el;
    const cur = s.parsed!.currency;
    if (cur && RULES.get(name)!.kind === 'amount') name === 'amountOverdue' ? currencies.unshift(cur) : currencies.push(cur);
  }

  deriveFields(fields, currencies, scan.roots[0]?.locale ?? locale, dateLocale.order);
  const roots = scan.roots.map((r) => r.root);
  const { lastPayment, ...crmHistory } = opts.readers?.crmHistory(roots, scan.roots[0]?.locale ?? locale) ?? {};
  opts.readers?.lastPayment.split(fields, locale, lastPayment, elements);
  const ctx: DebtorContext = { url, origin, fields, extractedAt: Date.now(), page: pageKindOf(doc, roots, fields, chosen) };
  const agent = agentFromHits(scan.hits);
  if (ctx.page?.kind === 'list') doubtOnList(fields);
  else if (opts.readers) {
    // What only the detail readers add (detail-fill.ts): names from titles or two halves, the case from the page's frame, the header line.
    const hadDays = fields.daysPastDue !== undefined;
    opts.readers.fill({
      doc,
      fields,
      elements,
      decoys: () => scored.flatMap((s) => (s.field === null && s.hit ? [{ synonym: s.hit.synonym, raw: s.cand.raw, score: s.score, el: s.cand.el, method: s.cand.method }] : [])),
      theirs: (el) => parties && inOtherPartySection(el, isFieldLabel),
      match: (t) => dict.match(t),
      parse: (f, raw) => parseFieldValue(RULES.get(f)!.kind, raw, locale),
      agent: agent?.name,
    });
    if (!hadDays && fields.daysPastDue) deriveBucket(fields);
  }
  if (crmHistory.lastContact || crmHistory.lastPromise) ctx.crmHistory = crmHistory;
  if (agent) ctx.agent = agent;
  rootsOfContext.set(ctx, roots);
  elementsOfContext.set(ctx, elements);
  return ctx;
}

/**
 * A list page with no case open names no debtor: what was read beside the list (a queue's
 * "Total past due", its filters) is the queue's, so nothing on it is shown as fact.
 */
function doubtOnList(fields: DebtorFields): void {
  // 0.6 × anything sure stays below SURE_FROM.
  for (const f of Object.values(fields))
    if (f.confidence >= SURE_FROM) (f.confidence = round2(f.confidence * PENALTY.ambiguous)), (f.why = [...(f.why ?? []), 'list-page']);
}

/** The text of a value box without the tags, badges and chips drawn in it; null when it has none. */
function withoutBadges(el: Element): string | null {
  let box = el;
  while (box.childNodes.length === 1 && box.firstElementChild) box = box.firstElementChild;
  let text = '';
  let found = false;
  for (const n of Array.from(box.childNodes)) {
    if (n.nodeType === 1 && /tag|badge|pill|chip|status|rounded/i.test((n as Element).getAttribute('class') ?? '')) found = true;
    else text += n.textContent ?? '';
  }
  return found && (text = cleanText(text)) ? text : null;
}

/** A label in a heading (or directly inside one): more often a section title than a label. */
function inHeading(el: Element): boolean {
  // …or in a card's or panel's header box ("<div class=card-header><strong>担保人</strong> <small>连带责任保证</small>").
  for (let n: Element | null = el, i = 0; n && i < 2; i++, n = n.parentElement) if (isOwnHeading(n) || (n.localName === 'div' && /[-_]head(?:er|ing)?\b/.test(n.getAttribute('class') ?? ''))) return true;
  return false;
}

/** One value per field, one field per value slot, best score first (`scored` is sorted). */
function choose(scored: Scored[]): { chosen: Map<FieldName, Scored>; usedSlots: Set<string> } {
  const chosen = new Map<FieldName, Scored>();
  const usedSlots = new Set<string>();
  for (const s of scored) {
    if (usedSlots.has(s.cand.slot) && !s.adapter) continue;
    if (s.field === null) {
      usedSlots.add(s.cand.slot);
      continue;
    }
    if (chosen.has(s.field)) continue;
    usedSlots.add(s.cand.slot);
    chosen.set(s.field, s);
  }
  return { chosen, usedSlots };
}

/** Ask the styles once whether a candidate's value and label are shown; false when it had to yield. */
function styleChecked(s: Scored): boolean {
  if (s.styled || s.adapter) return true;
  s.styled = true;
  if (s.why.includes('hidden')) return true;
  if (shownOnScreen(s.cand.el) && (!s.labelEl || shownOnScreen(s.labelEl))) return true;
  s.score *= PENALTY.hidden;
  s.why.push('hidden');
  return false;
}

/** The core fields that name one debtor: two of them read surely, outside any list row, mean an open case. */
const CORE: FieldName[] = ['name', 'accountId', 'caseId', 'amountOverdue'];
/** Fields that say who: without one read, unmarked card lists are looked for. */
const IDENTITY = new Set<FieldName>(['name', 'accountId', 'caseId', 'phone']);
/** Fields a block of one debtor's details shows at least one of (with another field beside it). */
const DETAIL_CORE = new Set<FieldName>(['name', 'accountId', 'caseId', 'phone', 'amountOverdue', 'daysPastDue']);

/**
 * List or debtor. A page that names one debtor surely (two core fields, not from list rows:
 * a list of many debtors makes each of its labels ambiguous) shows an open case, whatever lists
 * sit beside it, so the list search is skipped: most pages are case pages and it is the
 * costliest part left of a scan. Otherwise a list beside a block of this debtor's details (two
 * fields read outside any list row and not hidden, one of them core: a drawer, a dialog, a
 * detail pane) is still the open debtor.
 */
function pageKindOf(doc: Document, roots: Node[], fields: DebtorFields, chosen: Map<FieldName, Scored>): DebtorContext['page'] {
  const shown: { field: FieldName; el: Element }[] = [];
  let sure = 0;
  for (const [name, f] of Object.entries(fields) as [FieldName, ExtractedField][]) {
    const s = chosen.get(name);
    if (!s || f.source.method === 'derived' || f.why?.includes('list-row')) continue;
    shown.push({ field: name, el: s.cand.el });
    if (CORE.includes(name) && isSure(f)) sure++;
  }
  if (sure >= 2) return { kind: 'debtor', rows: 0, openDetail: true };
  // Values read inside the list itself (a grid whose cells repeat their column title) are no detail.
  // A page that names no one may be a queue of unmarked cards (a mobile kit's list): looked for too.
  const named = shown.some((v) => IDENTITY.has(v.field));
  return detectPageKind(doc, roots, (lists) => {
    const outside = shown.filter((v) => !lists.some((l) => flatContains(l, v.el)));
    return outside.length >= 2 && outside.some((v) => DETAIL_CORE.has(v.field));
  }, !named);
}

/**
 * How this page's ambiguous numeric dates are read: in the order its other dates settle, or
 * month first on an English page in US dollars; otherwise by each frame's own language.
 */
function pageDateLocale(perHit: { hit: LabelHit; cands: ValueCandidate[] }[], pageLang: string): ((locale: string) => string) & { order: 'dmy' | 'mdy' | null } {
  const samples: string[] = [];
  let currency: string | undefined;
  for (const { hit, cands } of perHit) {
    for (const c of cands) {
      samples.push(c.raw);
      if (hit.field === 'currency') currency ??= parseFieldValue('currency', c.raw, pageLang)?.value as string | undefined;
      else if (!currency && /US\$|USD/i.test(c.raw)) currency = 'USD';
    }
  }
  const order = dateOrderOf(samples);
  return Object.assign((locale: string) => dateLocaleFor(locale, order, currency), { order });
}

/**
 * A candidate for the same field, nearly as strong, that reads a different value (two 客户姓名
 * on one page, a hidden tab's debtor beside the open one): the winner is then in doubt.
 */
function rivalOf(winner: Scored, scored: Scored[], usedSlots: Set<string>): Scored | undefined {
  for (const s of scored) {
    if (s === winner || s.field !== winner.field || s.adapter) continue;
    if (s.score < winner.score * 0.8) return undefined; // sorted: the rest are weaker still
    // A value that went to another field (or to a decoy label) is that field's, not a rival.
    if (usedSlots.has(s.cand.slot) || s.cand.el === winner.cand.el) continue;
    // Two labels of one field (贷款账号 and 合同编号) are two numbers of one debtor; the same
    // label twice with two values, or two different people, is doubt.
    if (winner.field !== 'name' && s.hit?.synonym !== winner.hit?.synonym) continue;
    // "客户姓名" beside a plain "姓名" (of a contact, a co-borrower): the page named its debtor specifically.
    if (winner.hit && s.hit && winner.hit.score >= 1 && winner.hit.synonym.length > s.hit.synonym.length) continue;
    if (String(s.parsed!.value) === String(winner.parsed!.value)) continue;
    // A rival hidden by the page's styles is no rival (asked last: it costs a style lookup).
    if (styleChecked(s)) return s;
  }
  return undefined;
}

/**
 * A bare "$" on an English page whose dates are written month first (09/14/2026): the US
 * dollar (Canada, Australia and Singapore write the day first). Without both, no guess.
 */
function usDollar(amount: ExtractedField | undefined, locale: string, order: 'dmy' | 'mdy' | null): string | undefined {
  return order === 'mdy' && /^en\b/i.test(locale) && amount && /\$/.test(amount.raw) ? 'USD' : undefined;
}

/** Fill currency and bucket from what was read when the page does not show them. */
function deriveFields(fields: DebtorFields, currencies: string[], locale: string, order: 'dmy' | 'mdy' | null = null): void {
  const amount = fields.amountOverdue;
  if (!fields.currency && (amount || currencies.length)) {
    const fromLocale = localeCurrency(locale);
    const code = currencies[0] ?? fromLocale ?? usDollar(amount, locale, order);
    if (code)
      fields.currency = {
        value: code,
        raw: code,
        confidence: currencies.length ? 0.9 : fromLocale ? 0.5 : 0.75,
        source: { method: 'derived', label: 'amountOverdue' },
      };
  }
  deriveBucket(fields);
}

/** The bucket from the days past due, when no label or tag gave one. */
function deriveBucket(fields: DebtorFields): void {
  const dpd = fields.daysPastDue;
  if (!fields.bucket && dpd && typeof dpd.value === 'number') {
    const b = bucketFromDays(dpd.value);
    fields.bucket = {
      value: b,
      raw: b,
      confidence: Math.round(dpd.confidence * 0.9 * 100) / 100,
      source: { method: 'derived', label: 'daysPastDue' },
    };
  }
}

export { applyCorrections, correctField } from './corrections';
export { resolveSelector, buildSelector, chainSelector } from './pick-selector';
export type { SiteAdapter, AdapterFieldRule } from './adapter-match';
export { FIELD_NAMES, hasDebtor } from './types';
export { debtorIdentity, isMasked, type DebtorIdentity } from './identity';
export type { DebtorContext, DebtorFields, ExtractedField, FieldName } from './types';
