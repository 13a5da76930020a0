// What was said about paying ("下个月15号", "三千", "用手机银行"), read as a promise's date, amount and
// method: the one home of that parsing. It pre-fills the wrap-up (the debtor's words, and the agent's
// repeat-back, which wins) and ticks the commitment checklist as the agent reads the promise back.
// A suggestion only: the agent confirms every field; nothing is saved from here.
import { findAmounts, parseChineseNumber } from '../compliance/amounts';
import { addDays, addMonths, pad, splitIso } from '../time/iso-date';
import type { PaymentMethodId } from './outcomes';

export interface PromiseHints {
  amount?: number;
  date?: string;
  method?: PaymentMethodId;
  /** The words the hints were read from (shown beside the fields). */
  source?: string;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, lastDayOf(y, m)))}`;

// The few Traditional characters dates are written with (下個月15號, 後天, 這個月底).
const TRAD_DATE_CHARS: Record<string, string> = { 個: '个', 號: '号', 後: '后', 這: '这' };

/** The first date the words name, on or after today; null if none. */
export function dateFromWords(words: string, todayISO: string): string | null {
  const text = words.replace(/[個號後這]/g, (c) => TRAD_DATE_CHARS[c] ?? c);
  const [y, m, d] = splitIso(todayISO);
  const nextMonth = splitIso(addMonths(iso(y, m, 1), 1));
  let r: RegExpExecArray | null;
  if ((r = new RegExp(`(下个?月|下月)(?:的)?${NUM}[号日]`).exec(text))) return iso(nextMonth[0], nextMonth[1], num(r[2]!));
  if (/下个?月[底末]/.test(text)) return iso(nextMonth[0], nextMonth[1], 31);
  if (/(这个?月|本月|月)[底末]/.test(text)) return iso(y, m, 31);
  if ((r = new RegExp(`${NUM}月${NUM}[号日]`).exec(text))) {
    const mm = num(r[1]!);
    const dd = num(r[2]!);
    if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
      const date = iso(y, mm, dd);
      return date >= todayISO ? date : iso(y + 1, mm, dd);
    }
  }
  if ((r = new RegExp(`(?:这个?月|本月)?${NUM}[号日]`).exec(text))) {
    const dd = num(r[1]!);
    if (dd >= 1 && dd <= 31) return dd >= d ? iso(y, m, dd) : iso(nextMonth[0], nextMonth[1], dd);
  }
  if (/大后天/.test(text)) return addDays(todayISO, 3);
  if (/后天|day after tomorrow/i.test(text)) return addDays(todayISO, 2);
  if (/明天|tomorrow/i.test(text)) return addDays(todayISO, 1);
  if (/今天|today|tonight/i.test(text)) return todayISO;
  return englishDate(text, todayISO, [y, m, d], nextMonth);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const EN_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** "on the 15th", "December 15", "15 December", "the 15th of next month", "end of the month". */
function englishDate(text: string, todayISO: string, [y, m, d]: [number, number, number], nextMonth: [number, number, number]): string | null {
  const t = text.toLowerCase();
  let r: RegExpExecArray | null;
  const dated = (mm: number, dd: number) => {
    if (dd < 1 || dd > 31) return null;
    const date = iso(y, mm, dd);
    return date >= todayISO ? date : iso(y + 1, mm, dd);
  };
  if ((r = new RegExp(`\\b${EN_MONTH}\\s+${EN_DAY}\\b`).exec(t))) return dated(MONTHS.indexOf(r[1]!) + 1, Number(r[2]));
  if ((r = new RegExp(`\\b${EN_DAY}\\s+(?:of\\s+)?${EN_MONTH}`).exec(t)) && /\d/.test(r[1]!)) return dated(MONTHS.indexOf(r[2]!) + 1, Number(r[1]));
  if (/\bend of next month\b/.test(t)) return iso(nextMonth[0], nextMonth[1], 31);
  if (/\bend of (?:the|this) month\b/.test(t)) return iso(y, m, 31);
  if ((r = /\bthe (\d{1,2})(?:st|nd|rd|th)?\b( of next month)?/.exec(t))) {
    const dd = Number(r[1]);
    if (dd < 1 || dd > 31) return null;
    if (r[2]) return iso(nextMonth[0], nextMonth[1], dd);
    return dd >= d ? iso(y, m, dd) : iso(nextMonth[0], nextMonth[1], dd);
  }
  return null;
}

// How the debtor will pay, as people say it (zh-CN, zh-TW, en). Most specific first.
const METHOD_WORDS: readonly (readonly [PaymentMethodId, RegExp])[] = [
  ['auto-debit', /自动扣款|自動扣款|自动还款|自動還款|自动划扣|自動劃扣|代扣|扣款|划扣|劃扣|auto[- ]?debit|direct debit|automatic(?:ally)? (?:payment|deduct)/i],
  ['wechat-alipay', /微信|支付宝|支付寶|wechat|alipay/i],
  ['mobile-banking', /手机银行|手機銀行|手机app|手機app|掌上银行|掌上銀行|银行app|銀行app|\bapp\b|mobile banking|banking app|手机上还|手機上還|手机转|手機轉/i],
  ['online-banking', /网上银行|網上銀行|网银|網銀|online banking|internet banking|转账|轉帳|bank transfer/i],
  ['counter', /柜台|櫃檯|櫃台|网点|網點|营业厅|營業廳|营业部|營業部|\bbranch\b|\bcounter\b|in person/i],
];

/** The payment method the words name, if any. */
export function methodFromWords(text: string): PaymentMethodId | null {
  for (const [id, re] of METHOD_WORDS) if (re.test(text)) return id;
  return null;
}

/** The promise's elements one line names: date, amount (the last one said) and method. */
export function promiseElements(text: string, todayISO: string): Omit<PromiseHints, 'source'> {
  const date = dateFromWords(text, todayISO);
  const amounts = findAmounts(text);
  const method = methodFromWords(text);
  return {
    ...(date ? { date } : {}),
    ...(amounts.length ? { amount: amounts[amounts.length - 1]!.value } : {}),
    ...(method ? { method } : {}),
  };
}

/**
 * The latest utterance that names a date, an amount or a method wins; each field is read on its own.
 * `repeatBack`: the agent's own lines reading the promise back; a field they name wins over the
 * debtor's words (the debtor's fill what the agent did not repeat).
 */
export function promiseHints(utterances: readonly string[], todayISO: string, repeatBack: readonly string[] = []): PromiseHints {
  const out: PromiseHints = {};
  const read = (lines: readonly string[]) => {
    for (let i = lines.length - 1; i >= 0 && (out.amount === undefined || out.date === undefined || out.method === undefined); i--) {
      const text = lines[i]!;
      const el = promiseElements(text, todayISO);
      let used = false;
      if (out.date === undefined && el.date) (out.date = el.date), (used = true);
      if (out.amount === undefined && el.amount !== undefined) (out.amount = el.amount), (used = true);
      if (out.method === undefined && el.method) (out.method = el.method), (used = true);
      if (used && !out.source) out.source = text;
    }
  };
  read(repeatBack);
  read(utterances);
  return out;
}
