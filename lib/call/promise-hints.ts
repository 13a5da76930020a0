// What the debtor said about paying ("下个月15号", "三千"), read as a promise's date and amount to
// pre-fill the wrap-up. A suggestion only: the agent confirms both fields; nothing is saved from here.
import { findAmounts, parseChineseNumber } from '../compliance/amounts';
import { addDays, addMonths, pad, splitIso } from '../time/iso-date';

export interface PromiseHints {
  amount?: number;
  date?: string;
  /** The words the hints were read from (shown beside the fields). */
  source?: string;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, lastDayOf(y, m)))}`;

/** The first date the words name, on or after today; null if none. */
export function dateFromWords(text: string, todayISO: string): string | null {
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
  if (/后天/.test(text)) return addDays(todayISO, 2);
  if (/明天/.test(text)) return addDays(todayISO, 1);
  if (/今天/.test(text)) return todayISO;
  return null;
}

/** The latest utterance that names a date or an amount wins; each field is read on its own. */
export function promiseHints(utterances: readonly string[], todayISO: string): PromiseHints {
  const out: PromiseHints = {};
  for (let i = utterances.length - 1; i >= 0 && (out.amount === undefined || out.date === undefined); i--) {
    const text = utterances[i]!;
    const date = out.date === undefined ? dateFromWords(text, todayISO) : null;
    const amounts = out.amount === undefined ? findAmounts(text) : [];
    if (date) out.date = date;
    if (amounts.length) out.amount = amounts[amounts.length - 1]!.value;
    if ((date || amounts.length) && !out.source) out.source = text;
  }
  return out;
}
