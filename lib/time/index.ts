// Time for the whole product: zones (zones.ts), days of instants (days.ts), ISO calendar days (iso-date.ts).
// The compliance guard, the database and the panel all read time from here.
export { addDays, addMonths, addYears, daysBetween, isISODay, splitIso, weekdayOf } from './iso-date';
export { DEFAULT_TIME_ZONE, formatHhMm, isValidTimeZone, localTime, parseHhMm, zonedTimeToEpoch, type LocalTime } from './zones';
export { dayOf, dayRange, todayISO, zonedTime } from './days';
