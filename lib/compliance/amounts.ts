// Find money amounts in text (Arabic digits with 万/千/k, Chinese numerals, ¥/$) with their offsets.
// Used to notice a demand larger than the amount owed; dates and counts are not amounts.

export interface AmountMatch {
  value: number;
  start: number;
  end: number;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parse a Chinese numeral below 10^8 ("五千", "一万五", "三千五百", "两万"); NaN if not one. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  const wan = s.split('万');
  if (wan.length > 2) return NaN;
  if (wan.length === 2) {
    const high = wan[0] ? parseSection(wan[0]) : 1;
    const rest = wan[1] ?? '';
    // 一万五 = 15000: a lone digit after 万 counts in thousands.
    const low = /^[一二两三四五六七八九]$/.test(rest) ? (CN_DIGITS[rest] ?? 0) * 1000 : rest ? parseSection(rest) : 0;
    return high * 10000 + low;
  }
  return parseSection(s);
}

function parseSection(s: string): number {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch] ?? 0;
    } else if (ch in CN_UNITS) {
      const unit = CN_UNITS[ch] ?? 1;
      total += (digit ?? (unit === 10 ? 1 : 0)) * unit;
      lastUnit = unit;
      digit = null;
    } else {
      return NaN;
    }
  }
  // 三千五 = 3500: a trailing digit counts one unit below the last.
  if (digit !== null) total += lastUnit < 10000 && lastUnit >= 10 ? (digit * lastUnit) / 10 : digit;
  return total;
}

const AMOUNT =
  /([¥￥$]|rmb|usd|人民币)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)\s*(万元|万块|万|千元|千块|千|元|块钱|块|w|k|dollars?|usd|rmb)?/gi;

/**
 * Amounts in (normalised) text. A bare number counts only right after a payment verb ("还5000");
 * otherwise it needs a currency sign or unit. Numbers followed by 号/日/月/天/点/期/%/个/次/年/分 are skipped.
 */
export function findAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, currency, num = '', unit] = m;
    const start = m.index;
    const end = start + whole.length;
    if (/^[号日月天点期%个次年分位笔岁周号]/.test(text.slice(end))) continue;
    const isCn = /^[零〇一二两三四五六七八九十百千万]+$/.test(num);
    if (isCn && !unit && !/[万千百]/.test(num)) continue;
    let value = isCn ? parseChineseNumber(num) : Number(num.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const u = (unit ?? '').toLowerCase();
    if (u.startsWith('万') || u === 'w') value *= 10000;
    else if (u.startsWith('千') || u === 'k') value *= 1000;
    const afterVerb = /(还|交|付|转|打|缴|支付|还款|结清|还清|补足|凑齐|pay|transfer|send|wire)\s*$/.test(text.slice(Math.max(0, start - 4), start));
    if (!currency && !unit && !afterVerb) continue;
    out.push({ value, start: start + whole.length - whole.trimStart().length, end });
  }
  return out;
}
