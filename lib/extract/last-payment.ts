// The last payment: one label ("上次还款", "Last payment") often names both its date and its
// amount, written in one value ("2026-08-05 / 2,000.00"), or in two boxes of the label's row
// (a note under the label and the text on the right). Both halves are read from that row; the
// CRM's repayment history fills what no label names. Part of the detail readers
// (lib/extract/detail-host.ts): it only adds what the content script's first reading left blank.
import type { CrmHistory } from './crm-history';
import { parseFieldValue } from './fields';
import { flatContains, flatParent } from './flat-tree';
import { cleanText, moneyIn, DATE_IN_TEXT_RE } from './normalize';
import { round2 } from './confidence';
import type { DebtorFields, ExtractedField } from './types';

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
  let text = rowText(row, label, labels);
  for (let up = 0, box = flatParent(row); text !== null && box && up < 2; up++, box = flatParent(box)) {
    const wider = rowText(box, label, labels);
    if (wider === null) break;
    text = wider;
  }
  // The value itself must be in it (not a control's value or an attribute's).
  return text !== null && text.includes(cleanText(raw)) ? text : null;
}

/** A box's text less the label, its text nodes apart ("2026-09-12" and "2,100.00元" are two words); null when long or holding another label. */
function rowText(row: Element, label: Element, labels: ReadonlySet<Element>): string | null {
  const parts: string[] = [];
  const walk = row.ownerDocument.createTreeWalker(row, 4);
  for (let n = walk.nextNode(); n && parts.length < 12; n = walk.nextNode()) if (!label.contains(n)) parts.push((n as Text).data);
  const text = cleanText(parts.join(' '));
  if (text.length > 60) return null;
  for (const other of labels) if (other !== label && !other.contains(label) && row.contains(other)) return null;
  return text;
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
    const parsed = money ? parseFieldValue('amount', money, locale) : null;
    if (parsed) fields.lastPaymentAmount = { ...date, value: parsed.value, confidence: round2(date.confidence * 0.9), why: [...(date.why ?? []), 'split'] };
  } else if (amount && !date) {
    const parsed = parseFieldValue('date', amount.raw, locale);
    if (parsed) fields.lastPaymentDate = { ...amount, value: parsed.value, confidence: round2(amount.confidence * 0.9), why: [...(amount.why ?? []), 'split'] };
  }
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
  split(fields: DebtorFields, locale: string, history?: CrmHistory['lastPayment']): void {
    splitLastPayment(fields, locale);
    if (history) paymentFromHistory(fields, history);
  },
};

export type LastPaymentReader = typeof LAST_PAYMENT;
