// Text normalizers for CRM labels and values: amounts, days, dates, buckets, currencies.
// Pure functions, no DOM. Masked values are never touched beyond trimming.
import { toHalfWidth } from '../text/width';
import { T2S_PAIRS } from './label-fold.gen';

/** Traditional → Simplified character map (labels only). */
export const T2S = new Map<string, string>();

const SP = 0x20;
const OPEN = 1;
const CLOSE = 2;
let FOLD: Uint16Array | undefined;
let foldVersion = 0;

/** Changes whenever pairs are added: what was built on the fold (dictionaries, parsed values) is built again. */
export const labelFoldVersion = (): number => foldVersion;

/** Add Traditional → Simplified pairs ("個个們们…", T2S_PAIRS) to the label fold; false when all were known. */
export function addLabelFold(pairs: string): boolean {
  let added = false;
  for (let i = 0; i + 1 < pairs.length; i += 2)
    if (!T2S.has(pairs[i]!)) {
      T2S.set(pairs[i]!, pairs[i + 1]!);
      added = true;
    }
  if (added) {
    FOLD = undefined;
    foldVersion++;
  }
  return added;
}

/**
 * Defined (true) only in the CRM content script's build (wxt.config.ts): its size budget leaves
 * the pairs to a script loaded on Traditional pages (entrypoints/label-fold.ts,
 * lib/extract/fold-host.ts). Everywhere else the fold is whole from the start.
 */
declare const __DAIHOU_FOLD_LATER__: boolean | undefined;
if (typeof __DAIHOU_FOLD_LATER__ === 'undefined' || !__DAIHOU_FOLD_LATER__) addLabelFold(T2S_PAIRS);

/** Code unit → folded code unit for labels (built once): width, case, script, separators, brackets. */
function foldTable(): Uint16Array {
  if (FOLD) return FOLD;
  const f = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) f[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) f[c] = c - 0xfee0;
  for (let c = 65; c <= 90; c++) f[c] = c + 32;
  for (let c = 0xff21; c <= 0xff3a; c++) f[c] = c - 0xfee0 + 32;
  for (const [t, simp] of T2S) f[t.charCodeAt(0)] = simp.charCodeAt(0);
  for (const ch of ' \t\n\r\f\v\u00a0\u3000\u200b*＊:：#※●•·|｜_-/.') f[ch.charCodeAt(0)] = SP;
  for (const ch of '([【〔「（［') f[ch.charCodeAt(0)] = OPEN;
  for (const ch of ')]】〕」）］') f[ch.charCodeAt(0)] = CLOSE;
  return (FOLD = f);
}

const isCjkCode = (c: number) => c >= 0x3400 && c <= 0x9fff;

/**
 * The comparable form of a label: half-width, lowercase, Simplified, without colons, asterisks,
 * brackets or their content, spaces only between Latin words. One pass, one allocation: it runs
 * for every candidate label text of a page.
 */
/** Separators that end a value before the next item: "NB-2026-11-02217 ·", "A-1 |". */
export const TRAILING_SEP_RE = /[\s·•|｜/／,，;；]+$/;

export function normalizeLabel(text: string): string {
  const buf = text.length <= SHARED.length ? SHARED : new Uint16Array(text.length);
  const n = foldLabel(text, buf);
  let out = '';
  for (let i = 0; i < n; i += 512) out += String.fromCharCode.apply(null, Array.from(buf.subarray(i, Math.min(n, i + 512))));
  return out;
}

const SHARED = new Uint16Array(1024);

/** normalizeLabel into a code buffer (no allocation); returns the length. */
export function foldLabel(text: string, out: Uint16Array): number {
  const f = foldTable();
  let n = 0;
  let space = false;
  const max = Math.min(text.length, out.length);
  for (let i = 0; i < max; i++) {
    let c = f[text.charCodeAt(i)]!;
    if (c === OPEN) {
      let j = i + 1;
      while (j < text.length && j <= i + 13 && f[text.charCodeAt(j)] !== CLOSE) j++;
      if (j < text.length && f[text.charCodeAt(j)] === CLOSE) {
        i = j;
        space = true;
        continue;
      }
      c = SP;
    }
    if (c === SP || c === CLOSE) {
      space = true;
      continue;
    }
    if (space && n && !isCjkCode(out[n - 1]!) && !isCjkCode(c)) out[n++] = SP;
    space = false;
    out[n++] = c;
  }
  return n;
}

/** Hints a label carries in brackets: "金额（万元）", "Amount (HK$)", "逾期天数(天)". */
export interface LabelHint {
  multiplier?: number;
  currency?: string;
}

export function labelHint(text: string, locale = ''): LabelHint | undefined {
  const m = /[([（【]([^)\]）】]{1,12})[)\]）】]/.exec(text);
  if (!m) return undefined;
  const inner = toHalfWidth(m[1]!);
  const hint: LabelHint = {};
  if (/万/.test(inner) || /萬/.test(inner)) hint.multiplier = 10_000;
  // "（元）" on a Taiwan page is New Taiwan dollars.
  const cur = detectCurrency(inner, locale);
  if (cur) hint.currency = cur;
  return hint.multiplier || hint.currency ? hint : undefined;
}

const CURRENCY_TOKENS: [RegExp, string][] = [
  [/hk\$|hkd|港币|港幣|港元|hong kong dollar/i, 'HKD'],
  [/nt\$|twd|ntd|新台币|新臺幣|新台幣|台幣|臺幣|taiwan dollar/i, 'TWD'],
  [/us\$|usd|美元|美金|\bu\.?s\.? dollar/i, 'USD'],
  [/rmb|cny|人民币|人民幣|¥|￥|renminbi|chinese yuan/i, 'CNY'],
  [/eur|€/i, 'EUR'],
  [/gbp|£/i, 'GBP'],
  [/(?<![a-z])s\$|sgd/i, 'SGD'],
  [/(?<![a-z])a\$|aud/i, 'AUD'],
  [/(?<![a-z])nz\$|\bnzd\b/i, 'NZD'],
  [/(?<![a-z])rp\.?\s*\d|\bidr\b/i, 'IDR'],
  [/\bmop\b|mop\$|澳門幣|澳门币|澳門元|澳门元/i, 'MOP'],
  [/₫|\bvnd\b|\d\s*đ/i, 'VND'],
  [/฿|\bthb\b/i, 'THB'],
  [/(?<![a-z])ca?\$|\bcad\b/i, 'CAD'],
  [/\brm\s*\d|myr/i, 'MYR'],
  [/₹|inr|\brs\.?\s*\d/i, 'INR'],
  [/₱|php/i, 'PHP'],
  [/\bZAR\b|(?<![A-Za-z])R ?\d/, 'ZAR'],
];

/** ISO code of a currency named in a text, if any. A bare "$" or "元" is resolved by locale. */
export function detectCurrency(text: string, locale = ''): string | undefined {
  for (const [re, code] of CURRENCY_TOKENS) if (re.test(text)) return code;
  if (/\$/.test(text)) return localeCurrency(locale);
  if (/元|圆/.test(text)) return localeCurrency(locale) ?? 'CNY';
  return undefined;
}

/** English pages by their region: the region's currency. */
const ENGLISH_LOCALE_CURRENCY: Record<string, string> = {
  'en-us': 'USD', 'en-hk': 'HKD', 'en-au': 'AUD', 'en-sg': 'SGD', 'en-my': 'MYR', 'en-in': 'INR', 'en-ph': 'PHP', 'en-za': 'ZAR', 'en-nz': 'NZD', 'en-ca': 'CAD',
};

/** The usual currency of a page language: zh-CN → CNY, zh-TW → TWD, zh-HK → HKD, en-US → USD, en-AU → AUD… */
export function localeCurrency(locale: string): string | undefined {
  const l = locale.toLowerCase();
  if (/^zh-mo|hant-mo/.test(l)) return 'MOP';
  if (/^zh-hk|hant-hk/.test(l)) return 'HKD';
  if (/^zh-tw|hant-tw|^zh-hant$/.test(l)) return 'TWD';
  if (/^zh(-cn|-hans|-sg)?$|hans-cn/.test(l)) return 'CNY';
  return ENGLISH_LOCALE_CURRENCY[l];
}

export interface Amount {
  value: number;
  currency?: string;
}

/** A number that is no part of a date ("2026" in "12/07/2026", "115" in "115/09/18"). */
const MONEY_NUM = String.raw`(?<![\d/.-])\d(?:[\d,.]*\d)?(?![\d/-])`;
/** Money as written beside other text: a currency sign or code before the number, or 元 or a code after it ("3,000 TWD"). */
export const MONEY_RE = new RegExp(String.raw`(?:mop\$|hk\$|nt\$|us\$|[¥￥$]|rmb|cny|hkd|twd|usd|mop)\s*${MONEY_NUM}|${MONEY_NUM}\s*(?:元|万元|(?:rmb|cny|hkd|twd|ntd|usd|mop)\b)`, 'i');
/** The money in a text ("12/07/2026 MOP 4,000.00": never the year before "MOP"). */
export const moneyIn = (text: string): string | undefined => MONEY_RE.exec(text)?.[0];
/** A date inside a text: year first, year last ("25/10/2026"), or a 民國 year of three digits ("115/08/25", "115年8月25日"). */
export const DATE_IN_TEXT_RE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)|(?:^|\D)\d{3}[/年]\d{1,2}[/月]\d{1,2}(?!\d)/;

/** "¥8,500.00", "8.5万元", "HK$ 12,345.6", "ＮＴ＄４５，０００" → number (+ currency when shown). */
export function parseAmount(raw: string, locale = '', hint?: LabelHint): Amount | null {
  // A note in brackets after the amount ("£964.50 (3 payments)", "¥1,234.00（含罚息）") is no part of it.
  const s = toHalfWidth(raw).replace(/，/g, ',').replace(/．/g, '.').replace(/(\d)\s*\([^()]*[^\d\s.,()][^()]*\)\s*$/, '$1');
  // A date, or a date beside the money ("2026-05-20 ¥1,000.00", "115/08/25 NT$12,480"): only
  // the number a currency marks.
  if (DATE_IN_TEXT_RE.test(s)) {
    const money = moneyIn(s);
    return money ? parseAmount(money, locale, hint) : null;
  }
  if (/\d+\s*%/.test(s)) return null;
  // "1.234,56" (dots group thousands, a comma before the cents: Europe) reads as 1234.56, and
  // "6 418,20" (spaces group them: South Africa, France) as 6418.20.
  const eu = /(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d.,]))/.exec(s)?.[0];
  if (eu) return parseAmount(s.replace(eu, eu.replace(/[.\s]/g, '').replace(',', '.')), locale, hint);
  // Dots that group thousands with no cents: twice or more ("Rp 1.250.000", "12.480.000 ₫"), or
  // once in a currency without cents (rupiah, dong: "Rp 833.400").
  const grouped = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/.exec(s)?.[0] ?? (NO_CENTS.has(detectCurrency(s) ?? '') ? /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/.exec(s)?.[0] : undefined);
  if (grouped) return parseAmount(s.replace(grouped, grouped.replace(/\./g, '')), locale, hint);
  // Thousands grouped by three, or Indian lakh grouping ("1,23,456.00").
  const m = /(-)?\s*(\d{1,3}(?:,\d{2})*(?:,\d{3})+|\d+)(\.\d+)?\s*(万|萬|亿|億|k\b)?/i.exec(s);
  if (!m) return null;
  // Mostly-letters text ("详见附件 1") is not an amount.
  const letters = s.replace(/[\s\d.,\-+¥$€£₹₱₫฿]|rp|rmb|cny|hkd|twd|ntd|usd|nt|hk|us|元|万|萬|亿|億|人民币|港币|港元|美元/gi, '');
  if (letters.length > 6) return null;
  let value = Number(m[2]!.replace(/,/g, '') + (m[3] ?? ''));
  const unit = m[4];
  if (unit === '万' || unit === '萬') value *= 10_000;
  else if (unit === '亿' || unit === '億') value *= 100_000_000;
  else if (unit && unit.toLowerCase() === 'k') value *= 1000;
  else if (hint?.multiplier) value *= hint.multiplier;
  if (m[1]) value = -value;
  value = Math.round(value * 100) / 100;
  if (!Number.isFinite(value)) return null;
  const currency = detectCurrency(s, locale) ?? hint?.currency;
  return currency ? { value, currency } : { value };
}

/** Currencies written without cents, whose dots group thousands: rupiah, dong (as detectCurrency names them). */
const NO_CENTS = new Set(['IDR', 'VND']);

/** "47天", "逾期 47 日", "47 days", "DPD 47" → 47. */
export function parseDays(raw: string): number | null {
  // A bucket tag beside the number ("74 M3") is not part of it.
  // …and thousands are grouped ("1,402 天").
  const s = toHalfWidth(raw).replace(/\bM\s?\d{1,2}\+?(?![\d.])/gi, ' ').replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  if (/\d{4}[-/.年]\d{1,2}/.test(s) || /[¥$]|\d\.\d/.test(s)) return null;
  const unit = /(\d{1,5})\s*(?:天|日|days?\b|d\b)/i.exec(s);
  const m = unit ?? /^\D{0,12}?(\d{1,5})\D{0,12}$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n <= 20_000 ? n : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date → ISO (YYYY-MM-DD). Year-first and CJK forms always; 民國/ROC years in zh-TW;
 * dd/mm/yyyy vs mm/dd/yyyy only when a part exceeds 12 or the locale decides (numericDateOrder:
 * en-US, en-PH month first; en-GB, zh-HK… day first). Ambiguous dates give null rather than a guess.
 */
export function parseDate(raw: string, locale = ''): string | null {
  const s = toHalfWidth(raw).trim();
  let m = /(民国|民國)\s*(\d{2,3})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(s);
  if (m) return iso(Number(m[2]) + 1911, Number(m[3]), Number(m[4]));
  m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const l = locale.toLowerCase();
  // A three-digit year on a Taiwan page is a 民國 year ("115/08/25", "115年8月25日"), also beside other text.
  m = /(?:^|[^\d/.-])(\d{3})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})(?![\d/.-])/.exec(s);
  if (m && /tw|hant/.test(l)) return iso(Number(m[1]) + 1911, Number(m[2]), Number(m[3]));
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a > 12 && b <= 12) return iso(y, b, a);
    if (b > 12 && a <= 12) return iso(y, a, b);
    if (a === b) return iso(y, a, b);
    const order = numericDateOrder(l);
    return order === 'mdy' ? iso(y, a, b) : order === 'dmy' ? iso(y, b, a) : null;
  }
  m = /(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4})/i.exec(s);
  if (m && MONTHS.includes(m[2]!.toLowerCase())) return iso(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  m = /([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(s);
  if (m && MONTHS.includes(m[1]!.toLowerCase())) return iso(Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
  return null;
}

const orders = new Map<string, 'dmy' | 'mdy' | null>();

/**
 * The order a locale writes numeric dates in, from the platform's CLDR data: en-US and en-PH
 * month first; en-GB, en-IN, zh-HK, fr… day first. Null for a bare "en" (written both ways) and
 * for year-first locales (zh-CN, en-CA, en-ZA), whose day/month order is then anyone's guess.
 */
export function numericDateOrder(locale: string): 'dmy' | 'mdy' | null {
  let order = orders.get(locale);
  if (order !== undefined) return order;
  order = null;
  try {
    if (locale && locale !== 'en') {
      const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(0);
      const seq = parts.filter((p) => p.type !== 'literal').map((p) => p.type[0]).join('');
      order = seq === 'dmy' ? 'dmy' : seq === 'mdy' ? 'mdy' : null;
    }
  } catch {
    order = null; // not a locale tag
  }
  orders.set(locale, order);
  return order;
}

/**
 * The order a page writes numeric dates in, from its own dates: one "15/01/2026" settles
 * day-first, one "01/15/2026" month-first (a page uses one format). Null when none settles it
 * or the page contradicts itself.
 */
export function dateOrderOf(samples: Iterable<string>): 'dmy' | 'mdy' | null {
  let order: 'dmy' | 'mdy' | null = null;
  for (const s of samples) {
    const m = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D|$)/.exec(s);
    // A month written out settles it too: "Sep 12, 2026" is written month first, "12 Sep 2026" day first.
    const named = m ? null : /\b([a-z]{3})[a-z]*\.?\s+\d{1,2},\s*\d{4}|\b\d{1,2}\s+([a-z]{3})[a-z]*\.?\s+\d{4}/i.exec(s);
    if (named && MONTHS.includes((named[1] ?? named[2])!.toLowerCase())) {
      if (order && order !== (named[1] ? 'mdy' : 'dmy')) return null;
      order = named[1] ? 'mdy' : 'dmy';
      continue;
    }
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const seen = a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : null;
    if (!seen) continue;
    if (order && order !== seen) return null;
    order = seen;
  }
  return order;
}

/** The locale that reads a page's ambiguous dates in the order its other dates settle (else its own). */
export function dateLocaleFor(locale: string, order: 'dmy' | 'mdy' | null, currency?: string): string {
  if (order === 'dmy') return 'en-GB';
  if (order === 'mdy') return 'en-US';
  // An English page in US dollars writes dates month first.
  if (/^en$/i.test(locale) && currency === 'USD') return 'en-US';
  return locale;
}

/** "M2", "m3（61-90天）", "M6+", "M7" → canonical bucket; null when none is shown. */
export function parseBucket(raw: string): string | null {
  const m = /\bM\s?(\d{1,2})\s*(\+)?/i.exec(toHalfWidth(raw));
  if (!m) return null;
  const n = Number(m[1]);
  if (n > 6 || (n === 6 && m[2])) return 'M6+';
  return `M${n}`;
}

/** Collapse whitespace; keep every character (masks included) as shown. */
export function cleanText(raw: string): string {
  return raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
