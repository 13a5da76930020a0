// Script variables (`{name}`, `{amountOverdue}` …): the known list, and filling them from the
// debtor context. A missing value is a visible blank for the agent, never `undefined` or `{name}`.
// Placeholders are found by the one `{name}` scanner (lib/i18n/template); scripts are not ICU.
import { bucketFromDays } from '@/lib/domain/bucket';
import { isSure } from '@/lib/extract/confidence';
import { formatMoneyFigure } from '@/lib/format/money';
import { todayISO } from '@/lib/time';
import type { DebtorContext } from '@/lib/extract/types';
import type { Locale } from '@/lib/i18n/locale';
import { parseTemplate, placeholderNames } from '@/lib/i18n/template';

export const KNOWN_VARIABLES = [
  'name',
  'amountOverdue',
  'daysPastDue',
  'minimumPayment',
  'lastPaymentDate',
  'lastPaymentAmount',
  'principal',
  'creditLimit',
  'product',
  'bucket',
  'accountTail',
  'agentName',
  'agentId',
  'callbackNumber',
  'bankName',
  'today',
] as const;

export type VariableName = (typeof KNOWN_VARIABLES)[number];
export type VariableValues = Partial<Record<VariableName, string | number | null | undefined>>;

export type Segment = { kind: 'text'; text: string } | { kind: 'var'; name: string; value: string | null };

/** What a blank looks like in plain text (copy to clipboard, insert into the CRM). */
export const BLANK = '＿＿＿';

/** Every `{identifier}` in a text, known or not (for validation). */
export function findVariables(text: string): string[] {
  return placeholderNames(text);
}

export function isKnownVariable(name: string): name is VariableName {
  return (KNOWN_VARIABLES as readonly string[]).includes(name);
}

const AMOUNT_VARS = new Set<string>(['amountOverdue', 'minimumPayment', 'lastPaymentAmount', 'principal', 'creditLimit']);
const DATE_VARS = new Set<string>(['lastPaymentDate', 'today']);

function formatValue(name: string, value: string | number, locale: Locale): string {
  if (AMOUNT_VARS.has(name)) {
    const n = typeof value === 'number' ? value : Number(String(value).replace(/[,，\s¥￥元]/g, ''));
    if (Number.isFinite(n)) return formatMoneyFigure(n, locale);
  }
  if (DATE_VARS.has(name)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
    if (m) return locale === 'en' ? `${m[1]}-${m[2]}-${m[3]}` : `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  }
  return String(value);
}

/** Split a script into text and variable segments; unknown or empty values become `value: null`. */
export function fillScript(text: string, vars: VariableValues, locale: Locale = 'zh-CN'): Segment[] {
  return parseTemplate(text).map((part) => {
    if (part.kind === 'text') return part;
    const raw = isKnownVariable(part.name) ? vars[part.name] : undefined;
    const usable = raw !== undefined && raw !== null && String(raw).trim() !== '' && !(typeof raw === 'number' && !Number.isFinite(raw));
    return { kind: 'var', name: part.name, value: usable ? formatValue(part.name, raw, locale) : null };
  });
}

/** Plain text with blanks written as ＿＿＿. */
export function fillToString(text: string, vars: VariableValues, locale: Locale = 'zh-CN'): string {
  return segmentsToString(fillScript(text, vars, locale));
}

export function segmentsToString(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : (s.value ?? BLANK))).join('');
}

export interface AgentInfo {
  agentName?: string;
  /** Staff number (工号). */
  agentId?: string;
  /** The line the debtor can call back on. */
  callbackNumber?: string;
  bankName?: string;
  /** Defaults to the current date. */
  today?: Date;
}

/** Variable values from the debtor context read off the CRM page plus the agent's settings. */
export function variablesFromContext(ctx: DebtorContext | null | undefined, agent: AgentInfo = {}): VariableValues {
  const f = ctx?.fields ?? {};
  // A value the page gave with doubt is a blank in a script: the agent says it, the debtor hears it as fact.
  const val = (k: keyof typeof f) => (isSure(f[k]) ? f[k]!.value : undefined);
  const days = val('daysPastDue');
  const daysNum = typeof days === 'number' ? days : days !== undefined ? Number(days) : undefined;
  const account = val('accountId') ?? val('caseId');
  const tail = account !== undefined ? String(account).replace(/[^0-9A-Za-z]/g, '').slice(-4) : undefined;
  return {
    name: val('name'),
    amountOverdue: val('amountOverdue'),
    daysPastDue: val('daysPastDue'),
    minimumPayment: val('minimumPayment'),
    lastPaymentDate: val('lastPaymentDate'),
    lastPaymentAmount: val('lastPaymentAmount'),
    principal: val('principal'),
    creditLimit: val('creditLimit'),
    product: val('product'),
    bucket: val('bucket') ?? (daysNum !== undefined && Number.isFinite(daysNum) ? bucketFromDays(daysNum) : undefined),
    accountTail: tail || undefined,
    agentName: agent.agentName || undefined,
    agentId: agent.agentId || undefined,
    callbackNumber: agent.callbackNumber || undefined,
    bankName: agent.bankName || undefined,
    today: todayISO((agent.today ?? new Date()).getTime()),
  };
}
