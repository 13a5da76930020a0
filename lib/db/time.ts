// Calendar days in a time zone, without a date library: the frequency rules count calls per
// debtor-local day, promises fall due on a calendar day.
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/** YYYY-MM-DD of an instant in a time zone (undefined zone = this machine's). */
export function dayOf(epochMs: number, timeZone?: string): string {
  const f = timeZone ? dayFormatter(timeZone) : dayFormatter(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const parts = f.formatToParts(new Date(epochMs));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Today on this machine (the agent's day), YYYY-MM-DD. */
export function todayISO(now = Date.now()): string {
  return dayOf(now);
}

/** Offset of a zone at an instant, in ms (local wall time − UTC). */
function offsetAt(epochMs: number, timeZone: string): number {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** Epoch ms of a wall-clock time on a day in a zone (handles DST by re-checking the offset). */
export function zonedTime(day: string, timeZone: string, hour = 0, minute = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  let t = guess - offsetAt(guess, timeZone);
  t = guess - offsetAt(t, timeZone);
  return t;
}

/** [start, end) epoch ms of a calendar day in a zone. */
export function dayRange(day: string, timeZone: string): [number, number] {
  const next = addDays(day, 1);
  return [zonedTime(day, timeZone), zonedTime(next, timeZone)];
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function isISODay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && addDays(s, 0) === s;
}

/** The zone is one Intl knows (a typo in a CRM region must not break saving). */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
