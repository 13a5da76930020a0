// Resolve the debtor's IANA time zone: explicit per-debtor zone > CRM region > phone area > default.
// Never guesses from the agent's own clock; an unknown region or number simply gives no candidate.
import { normalizeForMatch } from '../text/normalize';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './zones';

/** Where the debtor is, as the CRM page shows it. */
export interface DebtorLocation {
  /** Explicit per-debtor IANA time zone (wins over everything else). */
  timeZone?: string;
  /** Region text as shown on the CRM page ("广东省深圳市", "香港", "Austin, TX"). */
  region?: string;
  /** Phone as shown, possibly masked ("138****5521", "+1 (212) 555-0100"). */
  phone?: string;
}

export type TimeZoneSource = 'explicit' | 'region' | 'phone' | 'default';

export interface ResolvedTimeZones {
  /** The zone used for calendar days (frequency, holidays). */
  primary: string;
  source: TimeZoneSource;
  /**
   * Every zone the debtor may be in. When region and phone disagree the call window must hold in all
   * of them (Reg F comment 6(b)(1)(i)-2 takes the same approach); an explicit zone is the only candidate.
   */
  candidates: string[];
}

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';

// Chinese keywords are matched on Simplified text (Traditional is converted first).
const CJK_REGIONS: [string, string][] = [
  ['香港', 'Asia/Hong_Kong'],
  ['澳门', 'Asia/Macau'],
  ['台湾', 'Asia/Taipei'],
  ['台北', 'Asia/Taipei'],
  ['高雄', 'Asia/Taipei'],
  ['台中', 'Asia/Taipei'],
  ['新加坡', 'Asia/Singapore'],
  ['日本', 'Asia/Tokyo'],
  ['东京', 'Asia/Tokyo'],
  ['韩国', 'Asia/Seoul'],
  ['首尔', 'Asia/Seoul'],
  ['马来西亚', 'Asia/Kuala_Lumpur'],
  ['吉隆坡', 'Asia/Kuala_Lumpur'],
  ['泰国', 'Asia/Bangkok'],
  ['英国', 'Europe/London'],
  ['伦敦', 'Europe/London'],
  ['澳大利亚', 'Australia/Sydney'],
  ['悉尼', 'Australia/Sydney'],
  ['墨尔本', 'Australia/Melbourne'],
  ['新西兰', 'Pacific/Auckland'],
  ['多伦多', 'America/Toronto'],
  ['温哥华', 'America/Vancouver'],
  ['纽约', NY],
  ['新泽西', NY],
  ['波士顿', NY],
  ['费城', NY],
  ['华盛顿特区', NY],
  ['佛罗里达', NY],
  ['迈阿密', NY],
  ['亚特兰大', NY],
  ['芝加哥', CHI],
  ['德州', CHI],
  ['得克萨斯', CHI],
  ['德克萨斯', CHI],
  ['休斯顿', CHI],
  ['达拉斯', CHI],
  ['丹佛', DEN],
  ['亚利桑那', 'America/Phoenix'],
  ['凤凰城', 'America/Phoenix'],
  ['加州', LA],
  ['加利福尼亚', LA],
  ['洛杉矶', LA],
  ['旧金山', LA],
  ['圣何塞', LA],
  ['西雅图', LA],
  ['华盛顿州', LA],
  ['拉斯维加斯', LA],
  ['夏威夷', 'Pacific/Honolulu'],
  ['檀香山', 'Pacific/Honolulu'],
  ['阿拉斯加', 'America/Anchorage'],
  // Mainland China: one official zone (Xinjiang and Tibet included — Beijing time is the legal time).
  ...[
    '中国', '大陆', '内地', '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏',
    '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南',
    '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏', '新疆', '深圳', '广州', '杭州', '南京', '武汉',
    '成都', '西安', '苏州', '厦门', '青岛', '大连', '沈阳', '长沙', '郑州', '济南', '合肥', '福州', '昆明',
  ].map((k): [string, string] => [k, SH]),
];

// English names, matched as whole words on lower-cased text; longer names first.
const EN_REGIONS: [string, string][] = ([
  ['hong kong', 'Asia/Hong_Kong'],
  ['macau', 'Asia/Macau'],
  ['macao', 'Asia/Macau'],
  ['taiwan', 'Asia/Taipei'],
  ['taipei', 'Asia/Taipei'],
  ['singapore', 'Asia/Singapore'],
  ['washington dc', NY],
  ['washington, dc', NY],
  ['washington d.c.', NY],
  ['washington state', LA],
  ['new york', NY],
  ['new jersey', NY],
  ['pennsylvania', NY],
  ['philadelphia', NY],
  ['massachusetts', NY],
  ['boston', NY],
  ['connecticut', NY],
  ['maryland', NY],
  ['virginia', NY],
  ['north carolina', NY],
  ['south carolina', NY],
  ['georgia', NY],
  ['atlanta', NY],
  ['florida', NY],
  ['miami', NY],
  ['ohio', NY],
  ['michigan', 'America/Detroit'],
  ['detroit', 'America/Detroit'],
  ['illinois', CHI],
  ['chicago', CHI],
  ['texas', CHI],
  ['houston', CHI],
  ['dallas', CHI],
  ['austin', CHI],
  ['san antonio', CHI],
  ['minnesota', CHI],
  ['wisconsin', CHI],
  ['missouri', CHI],
  ['tennessee', CHI],
  ['louisiana', CHI],
  ['colorado', DEN],
  ['denver', DEN],
  ['utah', DEN],
  ['arizona', 'America/Phoenix'],
  ['phoenix', 'America/Phoenix'],
  ['california', LA],
  ['los angeles', LA],
  ['san francisco', LA],
  ['san jose', LA],
  ['san diego', LA],
  ['seattle', LA],
  ['oregon', LA],
  ['portland, or', LA],
  ['nevada', LA],
  ['las vegas', LA],
  ['hawaii', 'Pacific/Honolulu'],
  ['honolulu', 'Pacific/Honolulu'],
  ['alaska', 'America/Anchorage'],
  ['toronto', 'America/Toronto'],
  ['vancouver', 'America/Vancouver'],
  ['london', 'Europe/London'],
  ['sydney', 'Australia/Sydney'],
  ['tokyo', 'Asia/Tokyo'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

// US state codes, recognised only as ", TX" or a bare code (too ambiguous inside words).
const US_STATE_CODES: Record<string, string> = {
  NY: NY, NJ: NY, PA: NY, MA: NY, CT: NY, RI: NY, VT: NY, NH: NY, ME: NY, DE: NY, MD: NY, DC: NY, VA: NY,
  WV: NY, NC: NY, SC: NY, GA: NY, FL: NY, OH: NY, MI: 'America/Detroit', IN: 'America/Indiana/Indianapolis',
  KY: NY, IL: CHI, WI: CHI, MN: CHI, IA: CHI, MO: CHI, AR: CHI, LA: CHI, MS: CHI, AL: CHI, TX: CHI, OK: CHI,
  KS: CHI, NE: CHI, SD: CHI, ND: CHI, TN: CHI, CO: DEN, WY: DEN, MT: DEN, NM: DEN, UT: DEN, ID: 'America/Boise',
  AZ: 'America/Phoenix', CA: LA, WA: LA, OR: LA, NV: LA, AK: 'America/Anchorage', HI: 'Pacific/Honolulu',
};

// A handful of North American area codes (a mobile number may have moved; region wins when known).
const NANP_AREA: Record<string, string> = {};
const addArea = (zone: string, codes: string) => codes.split(' ').forEach((c) => (NANP_AREA[c] = zone));
addArea(NY, '212 332 347 646 718 917 929 516 631 914 585 716 518 315 201 973 732 908 617 857 781 508 215 267 412 202 404 470 678 770 305 786 407 813 954 561 904 216 614 513');
addArea('America/Detroit', '313 248');
addArea(CHI, '312 773 872 630 847 708 214 469 972 713 281 832 512 737 210 817 612 651 615 901');
addArea(DEN, '303 720 801');
addArea('America/Phoenix', '602 480 520 623');
addArea(LA, '213 310 323 415 408 510 619 626 650 714 818 858 909 916 949 925 206 425 253 503 971 702 725 775');
addArea('Pacific/Honolulu', '808');
addArea('America/Anchorage', '907');
addArea('America/Toronto', '416 647 437');
addArea('America/Vancouver', '604 778');

export function timeZoneFromRegion(region: string | undefined): string | undefined {
  if (!region?.trim()) return undefined;
  const text = normalizeForMatch(region);
  for (const [key, zone] of CJK_REGIONS) if (text.includes(key)) return zone;
  for (const [key, zone] of EN_REGIONS) {
    const re = new RegExp(`(^|[^a-z])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`);
    if (re.test(text)) return zone;
  }
  const code = /(?:,\s*|^\s*)([A-Z]{2})\s*(?:\d{5})?\s*$/.exec(region.trim());
  if (code?.[1]) return US_STATE_CODES[code[1]];
  return undefined;
}

/** Digits, '+' and '*' only; mask characters (x, •, ●) become '*'. */
function cleanPhone(phone: string): string {
  return phone
    .replace(/[xX•●＊]/g, '*')
    .replace(/[^\d+*]/g, '');
}

export function timeZoneFromPhone(phone: string | undefined): string | undefined {
  if (!phone?.trim()) return undefined;
  let p = cleanPhone(phone).replace(/^00/, '+');
  if (p.startsWith('+852')) return 'Asia/Hong_Kong';
  if (p.startsWith('+853')) return 'Asia/Macau';
  if (p.startsWith('+886')) return 'Asia/Taipei';
  if (p.startsWith('+65')) return 'Asia/Singapore';
  if (p.startsWith('+86')) p = p.slice(3);
  else if (p.startsWith('+1')) return NANP_AREA[p.slice(2, 5)];
  else if (p.startsWith('+')) return undefined;
  // Mainland mobile (11 digits, 1[3-9]…), masked or not.
  if (/^1[3-9][\d*]{9}$/.test(p)) return SH;
  // Mainland landline with its trunk prefix (010, 021, 0755…).
  if (/^0[1-9]\d{1,2}[\d*]{7,8}$/.test(p)) return SH;
  // A 10-digit North American number written without +1.
  if (/^[2-9]\d{2}[\d*]{7}$/.test(p)) return NANP_AREA[p.slice(0, 3)];
  return undefined;
}

export function resolveDebtorTimeZones(debtor: DebtorLocation, fallback = DEFAULT_TIME_ZONE): ResolvedTimeZones {
  const explicit = debtor.timeZone?.trim();
  if (explicit && isValidTimeZone(explicit)) return { primary: explicit, source: 'explicit', candidates: [explicit] };
  const fromRegion = timeZoneFromRegion(debtor.region);
  const fromPhone = timeZoneFromPhone(debtor.phone);
  const candidates = [...new Set([fromRegion, fromPhone].filter((z): z is string => !!z && isValidTimeZone(z)))];
  const first = candidates[0];
  if (!first) return { primary: fallback, source: 'default', candidates: [fallback] };
  return { primary: first, source: fromRegion && first === fromRegion ? 'region' : 'phone', candidates };
}
