// Time zones: the wall clock of an IANA zone via Intl (DST-correct) and back, and HH:MM clock times.
// Never uses the machine's own time zone: every conversion names its zone.
import { pad, splitIso, weekdayOf } from './iso-date';

/** The zone of a debtor nothing else places (mainland China). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

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
