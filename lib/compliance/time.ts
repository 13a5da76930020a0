// Local wall-clock time in an IANA zone via Intl (DST-correct), and plain ISO-date arithmetic.
// Never uses the machine's own time zone: every conversion names its zone.

export interface LocalTime {
  /** 'YYYY-MM-DD' in the zone. */
  isoDate: string;
  hour: number;
  minute: number;
  second: number;
  /** Minutes since local midnight. */
  minutesOfDay: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function localTime(epochMs: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = (parts.hour ?? 0) % 24;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const isoDate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { isoDate, hour, minute, second, minutesOfDay: hour * 60 + minute, weekday: weekdayOf(isoDate) };
}

/** Offset of the zone from UTC at that instant, in ms (east positive). */
function offsetMs(epochMs: number, timeZone: string): number {
  const t = Math.floor(epochMs / 1000) * 1000;
  const l = localTime(t, timeZone);
  const [y, m, d] = splitIso(l.isoDate);
  return Date.UTC(y, m - 1, d, l.hour, l.minute, l.second) - t;
}

/** The instant when the zone's wall clock shows isoDate at minutesOfDay (a skipped DST hour resolves forward). */
export function zonedTimeToEpoch(isoDate: string, minutesOfDay: number, timeZone: string): number {
  const [y, m, d] = splitIso(isoDate);
  const wall = Date.UTC(y, m - 1, d, 0, minutesOfDay);
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  if (second === first) return first;
  // Inside a DST gap or near a transition: take the candidate whose wall clock is not earlier than asked.
  const candidates = [first, second].sort((a, b) => a - b);
  for (const c of candidates) if (c + offsetMs(c, timeZone) >= wall) return c;
  return candidates[1] ?? second;
}

export function splitIso(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function isoFromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = splitIso(isoDate);
  return isoFromUtc(Date.UTC(y, m - 1, d + days));
}

/** Whole calendar days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = splitIso(a);
  const [y2, m2, d2] = splitIso(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Same month and day n years later; 29 Feb falls back to 28 Feb in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = splitIso(isoDate);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${pad(target, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

export function weekdayOf(isoDate: string): number {
  const [y, m, d] = splitIso(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** 'HH:MM' → minutes since midnight; '24:00' is allowed as the end of the day. */
export function parseHhMm(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new Error(`not a HH:MM time: ${hhmm}`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) throw new Error(`not a HH:MM time: ${hhmm}`);
  return h * 60 + min;
}

export function formatHhMm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
