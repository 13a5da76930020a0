// Is a local calendar day a holiday, a make-up working day, a weekend or a working day?
// Reads the editable calendar data; never hard-codes dates here.
import * as z from 'zod';
import type { Locale } from '../i18n/locale';
import { CN_HOLIDAY_NAMES, CN_HOLIDAYS } from './data/holidays-cn';
import { isISODay, weekdayOf } from '../time';
import type { HolidayCalendar, HolidayYear } from './types';

export { CN_HOLIDAYS };

/** A holiday's name in the UI language; a name the table does not know is shown as written. */
export function holidayName(name: string, locale: Locale): string {
  return CN_HOLIDAY_NAMES[name]?.[locale] ?? name;
}

export type DayKind = 'holiday' | 'makeup-workday' | 'weekend' | 'workday';

export interface DayInfo {
  kind: DayKind;
  /** Holiday name when kind is 'holiday'. */
  name?: string;
  /** False when the calendar has no data for that year (kind is then weekend/workday by weekday only). */
  covered: boolean;
  status?: HolidayYear['status'];
}

const isoDate = z.string().refine(isISODay, 'YYYY-MM-DD');

export const holidayCalendarSchema = z.object({
  years: z.array(
    z.object({
      year: z.number().int().min(2000).max(2100),
      status: z.enum(['official', 'projected']),
      source: z.string(),
      holidays: z.array(z.object({ name: z.string().min(1), from: isoDate, to: isoDate })),
      makeUpWorkdays: z.array(isoDate),
    }),
  ),
});

/** Validate calendar data edited in options (throws a ZodError with the bad path). */
export function parseHolidayCalendar(raw: unknown): HolidayCalendar {
  const cal = holidayCalendarSchema.parse(raw);
  for (const y of cal.years) {
    for (const h of y.holidays) if (h.from > h.to) throw new Error(`${h.name}: from ${h.from} is after to ${h.to}`);
  }
  return cal;
}

export function dayInfo(isoDay: string, calendar: HolidayCalendar = CN_HOLIDAYS): DayInfo {
  const year = Number(isoDay.slice(0, 4));
  const data = calendar.years.find((y) => y.year === year);
  const weekend = [0, 6].includes(weekdayOf(isoDay));
  const covered = !!data;
  // A make-up working day is a working day even if a range were mistakenly drawn over it.
  const makeUp = calendar.years.find((y) => y.makeUpWorkdays.includes(isoDay));
  if (makeUp) return { kind: 'makeup-workday', covered: true, status: makeUp.status };
  // Ranges are searched in every year, so a range crossing New Year is found from either side.
  for (const y of calendar.years) {
    const h = y.holidays.find((r) => r.from <= isoDay && isoDay <= r.to);
    if (h) return { kind: 'holiday', name: h.name, covered: true, status: y.status };
  }
  return { kind: weekend ? 'weekend' : 'workday', covered, ...(data ? { status: data.status } : {}) };
}
