// What the CRM already knows about this debtor: its own contact log and promises to pay, read
// from header-row tables (titled or recognised by their columns). The newest row wins by its
// date, never by its position. Reads only; runs on every re-scan, so it looks at tables alone.
import { cleanText, normalizeLabel, parseAmount, parseDate } from './normalize';
import { bodyTableFor, cellsOf, headerOf, partsOf, tablesOf } from './table-parts';
import { looksHidden } from './visibility';

export type CrmPromiseStatus = 'kept' | 'broken' | 'pending' | 'unknown';

export interface CrmContact {
  /** ISO date. */
  date: string;
  /** HH:MM when the CRM shows it. */
  time?: string;
  /** The result as the CRM words it (无人接听, 承诺还款, No answer…). */
  result: string;
  note?: string;
}

export interface CrmPromise {
  /** ISO date the debtor promised to pay by. */
  date: string;
  amount?: number;
  status: CrmPromiseStatus;
  /** The status as the CRM words it (未履约, 違約, broken…). */
  statusText: string;
}

export interface CrmHistory {
  lastContact?: CrmContact;
  lastPromise?: CrmPromise;
  /** The newest row of a repayment history (还款记录): taken as the last payment when no label names it; not sent on. */
  lastPayment?: { date: string; amount?: number };
}

// Tested on normalized text: Simplified, lowercase, no brackets or colons. Taiwan writes 紀錄
// (folded to 纪录) where the mainland writes 记录: both.
const CONTACT_TITLE = /(?:通话|催收|联系|联络|跟进|外呼)[记纪]录|催记|contact (history|log|records?)|call (history|log|records?)|collection (history|log|notes)/;
const PROMISE_TITLE = /还款承诺|承诺[记纪]录|承诺还款|承诺跟进|promises? to pay|payment promises?|\bptps?\b|promise (history|log|records?)/;
const DATE_COL = /时间|日期|date|time|when/;
const RESULT_COL = /结果|结论|状态|result|outcome|status|disposition/;
const NOTE_COL = /摘要|备注|内容|说明|[记纪]录|小结|note|summary|remark|comment|detail/;
const AMOUNT_COL = /金额|amount/;
const STATUS_COL = /状态|履约|兑现|结果|status|outcome/;
const PROMISE_DATE_COL = /承诺.*日|还款日|约定.*日|到期|promised?.*date|due|pay(ment)? date/;
/** A history table has a date or time column; anything else is not looked at further. */
const HISTORY_COLUMNS = /时间|日期|日|date|time|when|posted|received/;
/** Rows read per history table (a CRM shows the recent ones; a longer log is cut). */
const MAX_ROWS = 500;
const MAX_TABLES = 80;
const ENTRY_DATE_COL = /登记|创建|录入|记录日|created|registered|entered|logged/;
/** A log of payments made (never a schedule of instalments due: 还款计划, 应还日期). */
const PAYMENT_TITLE = /(还款|缴款|入账|实还)([记纪]录|流水|明细|历史)|(近期|最近)(还款|缴款)|payment (history|log|activity)|repayment (history|activity)|recent (re)?payments|payments? (received|made)|^(re)?payments$/;
/** Columns saying when and how much was actually paid (实还日期 / 实还金额 beside a schedule's 应还…). */
const PAID_COLS = /(实还|实缴|已还|已缴|入账)(日期|日|时间)|paid (on|date)|date paid|posted|^received$/;
/** A ledger's credit and debit columns (a loan account's statement): its credits are payments. */
const CREDIT_COL = /^(?:credits?|cr|贷方(?:金额)?|存入|收入)$/;
const DEBIT_COL = /^(?:debits?|dr|借方(?:金额)?|支出)$/;
const NOT_PAID_COL = /应还|应缴|计划|到期|due|scheduled/;
/** The date a payment was made: a date column, also "实还日" or "Posted". */
const PAID_DATE_COL = /时间|日期|日$|date|time|when|posted|^received$/;
const TYPE_COL = /类型|类别|种类|交易|摘要|type|description|transaction/;
/** The column saying what each entry is (交易類別), never the entry's date or amount (交易日期, 交易金额). */
const typeColumn = (heads: string[]): number => columnOf(heads, TYPE_COL, /时间|日期|date|time|金额|amount/);
const FAILED_RE = /失败|未成功|退回|退票|拒绝|冲正|撤销|未到账|未支付|未付|failed|declined|returned|dishonou?red|bounced|reversed|rejected|nsf|unpaid|not paid|insufficient|cancell?ed/;
/** An entry that is no payment: a fee, interest, a reversal, a returned debit. */
const NOT_PAYMENT_RE = /费|息|冲正|撤销|罚|违约金|滞纳|fee|charge|interest|reversal|returned|late|penalt|compensation/;
/** An entry that is a payment (never a fee, interest or a reversal). */
const isPayment = (s: string): boolean => /还款|缴款|入账|payment|repayment|pmt|paid/.test(s) && !NOT_PAYMENT_RE.test(s);

/** Broken is tested first: 未履约 contains 履约. */
export function normalizePromiseStatus(raw: string): CrmPromiseStatus {
  const s = normalizeLabel(raw).replace(/兌/g, '兑'); // 兌 is not in the label map
  if (/未履约|未兑现|违约|失约|爽约|毁约|未还款|逾期未还|跳票|broken|missed|failed|default|not kept|unpaid/.test(s)) return 'broken';
  if (/待履约|待兑现|履约中|未到期|进行中|跟进中|待还款|pending|open|scheduled|active|upcoming/.test(s)) return 'pending';
  if (/已履约|已兑现|已还|履约|兑现|完成|kept|fulfilled|paid|honou?red|\bmet\b|completed/.test(s)) return 'kept';
  return 'unknown';
}

/** Sortable "YYYY-MM-DD HH:MM" of a cell, with its parts. */
function when(raw: string, locale: string): { date: string; time?: string; key: string } | null {
  const date = parseDate(raw, locale);
  if (!date) return null;
  const t = /(\d{1,2}):(\d{2})/.exec(raw);
  const time = t ? `${t[1]!.padStart(2, '0')}:${t[2]}` : undefined;
  return { date, ...(time ? { time } : {}), key: `${date} ${time ?? '00:00'}` };
}

/** A short heading right before the table (caption, sibling or a wrapper's sibling). */
function titleOf(table: Element): string {
  const caption = table.querySelector('caption')?.textContent ?? table.getAttribute('summary');
  if (caption) return normalizeLabel(caption);
  let el: Element | null = table;
  // Grid kits wrap a table four or five deep inside the card whose head titles it (vxe-table, Ant).
  for (let up = 0; el && up < 7; up++, el = el.parentElement) {
    for (let prev = el.previousElementSibling, n = 0; prev && n < 2; prev = prev.previousElementSibling, n++) {
      const t = (prev.textContent ?? '').trim();
      if (t && t.length <= 40) return normalizeLabel(t);
      if (t) break;
    }
  }
  return '';
}

function columnOf(heads: string[], re: RegExp, not?: RegExp): number {
  return heads.findIndex((h) => re.test(h) && !(not && not.test(h)));
}

interface Table {
  heads: string[];
  rows: Element[];
  title: string;
  /** A payment log known only by its type column: only entries it names as payments count (else the column is how they paid). */
  byType?: boolean;
}

function readContact(t: Table, locale: string): CrmContact | undefined {
  const date = columnOf(t.heads, DATE_COL);
  const result = columnOf(t.heads, RESULT_COL);
  if (date < 0 || result < 0) return undefined;
  const note = columnOf(t.heads, NOTE_COL, RESULT_COL);
  let best: (CrmContact & { key: string }) | undefined;
  for (const row of t.rows) {
    const cells = cellsOf(row);
    const w = when(cells[date]?.textContent ?? '', locale);
    const res = cleanText(cells[result]?.textContent ?? '');
    if (!w || !res || (best && best.key >= w.key)) continue;
    const n = note >= 0 ? cleanText(cells[note]?.textContent ?? '').slice(0, 160) : '';
    best = { ...w, result: res, ...(n ? { note: n } : {}) };
  }
  if (!best) return undefined;
  const { key: _key, ...contact } = best;
  return contact;
}

function readPromise(t: Table, locale: string): CrmPromise | undefined {
  let date = columnOf(t.heads, PROMISE_DATE_COL, ENTRY_DATE_COL);
  if (date < 0) date = columnOf(t.heads, DATE_COL, ENTRY_DATE_COL);
  if (date < 0) date = columnOf(t.heads, DATE_COL);
  const status = columnOf(t.heads, STATUS_COL);
  if (date < 0 || status < 0) return undefined;
  const amount = columnOf(t.heads, AMOUNT_COL);
  let best: (CrmPromise & { key: string }) | undefined;
  for (const row of t.rows) {
    const cells = cellsOf(row);
    const w = when(cells[date]?.textContent ?? '', locale);
    const statusText = cleanText(cells[status]?.textContent ?? '');
    if (!w || !statusText || (best && best.key >= w.key)) continue;
    const a = amount >= 0 ? parseAmount(cells[amount]?.textContent ?? '', locale) : null;
    best = { date: w.date, key: w.key, status: normalizePromiseStatus(statusText), statusText, ...(a ? { amount: a.value } : {}) };
  }
  if (!best) return undefined;
  const { key: _key, ...promise } = best;
  return promise;
}

/**
 * The newest payment of a repayment history, by its date (rows without a positive amount are no
 * payment). A date after today means a schedule of instalments, not payments made: nothing is read.
 */
function readPayment(t: Table, locale: string): CrmHistory['lastPayment'] {
  const date = columnOf(t.heads, PAID_DATE_COL, NOT_PAID_COL);
  // A ledger (debit and credit columns): what was credited.
  const ledger = columnOf(t.heads, AMOUNT_COL, NOT_PAID_COL) < 0;
  const amount = ledger ? columnOf(t.heads, CREDIT_COL) : columnOf(t.heads, AMOUNT_COL, NOT_PAID_COL);
  // A ledger of several kinds of entry (payments, late fees, interest): only payments count, and
  // only those that went through (never a failed or returned debit).
  const type = typeColumn(t.heads);
  const result = columnOf(t.heads, RESULT_COL);
  if (date < 0 || amount < 0) return undefined;
  let best: { date: string; key: string; amount: number } | undefined;
  const today = new Date().toISOString().slice(0, 10);
  for (const row of t.rows) {
    const cells = cellsOf(row);
    const w = when(cells[date]?.textContent ?? '', locale);
    const a = parseAmount(cells[amount]?.textContent ?? '', locale);
    if (w && w.date > today) return undefined;
    if (!w || !a || a.value <= 0 || (best && best.key >= w.key)) continue;
    const entry = type >= 0 ? normalizeLabel(cells[type]?.textContent ?? '') : '';
    if (t.byType ? !isPayment(entry) : NOT_PAYMENT_RE.test(entry)) continue;
    if (result >= 0 && FAILED_RE.test(normalizeLabel(cells[result]?.textContent ?? ''))) continue;
    best = { date: w.date, key: w.key, amount: a.value };
  }
  return best && { date: best.date, amount: best.amount };
}

/** The CRM's last contact and last promise shown on the page, or undefined when it shows neither. */
interface TableKind {
  kind: 'contact' | 'promise' | 'payment';
  /** See Table.byType. */
  byType?: boolean;
  heads: string[];
  title: string;
}

/**
 * What a table is, from its header and title, remembered per table: a re-scan of the same page
 * (the watcher re-reads after every change) reads only the rows of the history tables. A table
 * whose header is rebuilt is a new element, and is classified afresh.
 */
const kinds = new WeakMap<Element, TableKind | null>();

function kindOf(table: Element): TableKind | null {
  const known = kinds.get(table);
  if (known !== undefined) return known;
  let kind: TableKind | null = null;
  const header = headerOf(table);
  if (header) {
    const heads = cellsOf(header).map((c) => normalizeLabel(c.textContent ?? ''));
    const all = heads.join(' ');
    if (HISTORY_COLUMNS.test(all)) {
      const title = titleOf(table);
      if (PROMISE_TITLE.test(title) || (/承诺|promise|ptp/.test(all) && columnOf(heads, AMOUNT_COL) >= 0)) kind = { kind: 'promise', heads, title };
      // A title naming both (a tab bar above the table: "繳款明細 聯絡紀錄"): a table with no result column is the payments.
      else if (/通话|联系|联络|催收|call|contact/.test(all) || (CONTACT_TITLE.test(title) && !(PAYMENT_TITLE.test(title) && columnOf(heads, RESULT_COL) < 0)))
        kind = { kind: 'contact', heads, title };
      // A payment log by its title, or by its columns: a paid-on date (实还日期, Paid on), or a
      // ledger whose type column says which entries are payments (readPayment keeps those).
      else if (PAYMENT_TITLE.test(title) || PAID_COLS.test(all) || (columnOf(heads, CREDIT_COL) >= 0 && columnOf(heads, DEBIT_COL) >= 0)) kind = { kind: 'payment', heads, title };
      else if (typeColumn(heads) >= 0 && columnOf(heads, AMOUNT_COL, NOT_PAID_COL) >= 0) kind = { kind: 'payment', heads, title, byType: true };
    }
  }
  kinds.set(table, kind);
  return kind;
}

export function readCrmHistory(roots: readonly Node[], locale = ''): CrmHistory | undefined {
  const out: CrmHistory = {};
  for (const root of roots) {
    if (root.nodeType !== 9 && root.nodeType !== 11) continue;
    const tables = tablesOf(root as Document | ShadowRoot);
    // A contact history is among a page's first tables; a page of hundreds of record cards is not read to its end.
    const count = Math.min(tables.length, MAX_TABLES);
    for (let at = 0; at < count && !(out.lastContact && out.lastPromise && out.lastPayment); at++) {
      const table = tables[at]!;
      const kind = kindOf(table);
      if (!kind || (kind.kind === 'promise' ? out.lastPromise : kind.kind === 'payment' ? out.lastPayment : out.lastContact)) continue;
      // A table the page hides (a tab not open, a pane left from the case shown before) tells nothing as fact.
      if (looksHidden(table)) continue;
      const { body } = partsOf(table, MAX_ROWS);
      const rows = body.length ? body : (bodyTableFor(table, tables, at, MAX_ROWS)?.parts.body ?? []);
      if (!rows.length) continue;
      const t: Table = { heads: kind.heads, rows, title: kind.title, byType: kind.byType };
      if (kind.kind === 'promise') {
        const p = readPromise(t, locale);
        if (p) out.lastPromise = p;
      } else if (kind.kind === 'payment') out.lastPayment = readPayment(t, locale);
      else {
        const c = readContact(t, locale);
        if (c) out.lastContact = c;
      }
    }
  }
  return out.lastContact || out.lastPromise || out.lastPayment ? out : undefined;
}

export type ReadCrmHistory = typeof readCrmHistory;
