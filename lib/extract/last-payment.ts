// The last payment: one label ("上次还款", "Last payment") often names both its date and its
// amount, written in one value ("2026-08-05 / 2,000.00"), or in two boxes of the label's row
// (a note under the label and the text on the right). Both halves are read from that row; the
// CRM's repayment history fills what no label names. Part of the detail readers
// (lib/extract/detail-host.ts): it only adds what the content script's first reading left blank.
import type { CrmHistory } from './crm-history';
import { parseFieldValue } from './fields';
import { flatContains, flatParent } from './flat-tree';
import { cleanText, labelHint, moneyIn, normalizeLabel, DATE_IN_TEXT_RE } from './normalize';
import { round2 } from './confidence';
import type { DebtorFields, ExtractedField, FieldName } from './types';

/** A last-payment label naming neither the date nor the amount ("最近还款", "Last payment"). */
const namesBothPaymentFacts = (synonym: string): boolean => !/日|时间|金额|额|date|dt|amount|amt|lpd/.test(synonym);

/** Money with cents beside a date, no sign needed ("2026-08-05 / 2,000.00"): never a day or a year. */
const CENTS_RE = /(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d%.])|(?<![\d.,])\d+\.\d{2}(?![\d%.])/;

/**
 * The text of the row a bare last-payment label shares with its value (a few boxes up, short,
 * holding no other label), less the label: "2026-09-12 2,100.00元". Null when there is no such row.
 */
function paymentRowText(label: Element, value: Element, raw: string, labels: ReadonlySet<Element>): string | null {
  let row: Element | null = label;
  for (let up = 0; row && up < 4 && !flatContains(row, value); up++) row = flatParent(row);
  if (!row || !flatContains(row, value)) return null;
  // The widest box around both that is still one short row of no other label (a note under the
  // label, the amount on the right).
  let text = rowText(row, label, labels, value);
  // (A table row is as wide as it goes: its cells are the row.)
  for (let up = 0, box = flatParent(row); text !== null && box && up < 2 && row.localName !== 'tr'; up++, box = flatParent(box)) {
    const wider = rowText(box, label, labels);
    if (wider === null) break;
    text = wider;
  }
  // The value itself must be in it (not a control's value or an attribute's).
  return text !== null && text.includes(cleanText(raw)) ? text : null;
}

/**
 * A box's text less the label, its text nodes apart ("2026-09-12" and "2,100.00元" are two words);
 * null when long or holding another label. In a table row, only the cells from the label's to the
 * value's: the row's other pairs ("Late Charges | S$75.50 | Last Payment | …") are theirs.
 */
function rowText(row: Element, label: Element, labels: ReadonlySet<Element>, value?: Element): string | null {
  const parts: string[] = [];
  const cells = row.localName === 'tr' && value ? cellSpan(row, label, value) : null;
  const walk = row.ownerDocument.createTreeWalker(row, 4);
  for (let n = walk.nextNode(); n && parts.length < 12; n = walk.nextNode())
    if (!label.contains(n) && (!cells || cells.some((c) => c.contains(n)))) parts.push((n as Text).data);
  const text = cleanText(parts.join(' '));
  if (text.length > 60) return null;
  for (const other of labels) if (other !== label && !other.contains(label) && row.contains(other)) return null;
  return text;
}

/** The cells of a table row from the one holding the label to the one holding the value. */
function cellSpan(row: Element, label: Element, value: Element): Element[] {
  const cells = Array.from(row.children);
  const from = cells.findIndex((c) => c.contains(label));
  const to = cells.findIndex((c) => c.contains(value));
  return from < 0 || to < 0 ? cells : cells.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/** The amount a bare last-payment value shows when its date cannot be read ("$150.00 on 08/09/2026"). */
function paymentAmountOf(raw: string): string | undefined {
  return moneyIn(raw);
}

/**
 * "上次还款：2026-05-20 还款 ¥1,000.00": one label, both facts. The missing half is read from
 * the other's text (the date taken out before the amount is looked for), trusted a little less.
 */
function splitLastPayment(fields: DebtorFields, locale: string): void {
  const date = fields.lastPaymentDate;
  const amount = fields.lastPaymentAmount;
  if (date && !amount) {
    // Only an amount that says it is money (a currency sign or unit, or cents), never a day of the date.
    const money = moneyIn(date.raw) ?? CENTS_RE.exec(date.raw.replace(DATE_IN_TEXT_RE, ' '))?.[0];
    // The label's unit says how much ("末次还款（日期 / 万元）": 4.10 is 41,000).
    const parsed = money ? parseFieldValue('amount', money, locale, date.source.label ? labelHint(date.source.label, locale) : undefined) : null;
    if (parsed) fields.lastPaymentAmount = { ...date, value: parsed.value, confidence: round2(date.confidence * 0.9), why: [...(date.why ?? []), 'split'] };
  } else if (amount && !date) {
    const parsed = parseFieldValue('date', amount.raw, locale);
    if (parsed) fields.lastPaymentDate = { ...amount, value: parsed.value, confidence: round2(amount.confidence * 0.9), why: [...(amount.why ?? []), 'split'] };
  }
}

/** A bare amount label ("还款金额", "繳款金額", "Amount"), as normalizeLabel folds it. */
const BARE_AMOUNT_RE = /^(?:缴款|还款|入账|付款|实还|实缴|payment|paid)? ?(?:金额|amount|amt)$/;

/**
 * "最近一次还款 | 2026-08-20 | 还款金额 | ¥6,831.20": a bare amount label right after the last
 * payment's date, in its row (table cells or sibling boxes), names that payment's amount.
 */
function amountAfterDate(fields: DebtorFields, dateEl: Element | undefined, locale: string): void {
  const date = fields.lastPaymentDate;
  if (!date || fields.lastPaymentAmount || !dateEl) return;
  let box: Element | null = dateEl;
  for (let up = 0; box && !box.nextElementSibling && up < 2; up++) box = box.parentElement;
  const label = box?.nextElementSibling;
  const value = label?.nextElementSibling;
  if (!label || !value || label.childElementCount > 2 || !BARE_AMOUNT_RE.test(normalizeLabel(label.textContent ?? ''))) return;
  const raw = cleanText(value.textContent ?? '');
  const parsed = raw.length <= 40 ? parseFieldValue('amount', raw, locale) : null;
  if (parsed) fields.lastPaymentAmount = { ...date, value: parsed.value, raw, confidence: round2(date.confidence * 0.9), why: [...(date.why ?? []), 'beside-date'] };
}

/**
 * The newest row of the page's repayment history (还款记录) is the last payment when no label
 * names it; a labelled date that differs from it keeps the history's amount out.
 */
function paymentFromHistory(fields: DebtorFields, p: NonNullable<CrmHistory['lastPayment']>): void {
  const made = (value: string | number): ExtractedField => ({ value, raw: String(value), confidence: 0.8, source: { method: 'table', label: 'history' }, why: ['history'] });
  fields.lastPaymentDate ??= made(p.date);
  if (fields.lastPaymentDate.value === p.date && p.amount !== undefined) fields.lastPaymentAmount ??= made(p.amount);
}

export const LAST_PAYMENT = {
  bothFacts: namesBothPaymentFacts,
  rowText: paymentRowText,
  amountOf: paymentAmountOf,
  /** After the fields are chosen: each half from the other's text, then the CRM's repayment history. */
  split(fields: DebtorFields, locale: string, history?: CrmHistory['lastPayment'], elements?: Partial<Record<FieldName, Element>>): void {
    splitLastPayment(fields, locale);
    amountAfterDate(fields, elements?.lastPaymentDate, locale);
    if (history) paymentFromHistory(fields, history);
  },
};

export type LastPaymentReader = typeof LAST_PAYMENT;
