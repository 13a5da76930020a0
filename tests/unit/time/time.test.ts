import { describe, expect, it } from 'vitest';
import { promiseProblems } from '@/lib/call/outcomes';
import { resolveDebtorTimeZones } from '@/lib/compliance';
import { timeZoneOf } from '@/lib/db';
import { addDays, dayOf, dayRange, DEFAULT_TIME_ZONE, isISODay, isValidTimeZone, todayISO, weekdayOf } from '@/lib/time';

describe('isISODay', () => {
  it('accepts real calendar days written YYYY-MM-DD', () => {
    for (const s of ['2026-11-22', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isISODay(s), s).toBe(true);
  });
  it('refuses impossible days and other spellings', () => {
    for (const s of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '2026/11/22', '2026-11-22T08:00', ' 2026-11-22', ''])
      expect(isISODay(s), s).toBe(false);
  });
  it('is what the wrap-up asks of a promise date (an impossible day is a problem, not a crash on save)', () => {
    const p = { amount: '100', method: '转账' };
    expect(promiseProblems('ptp', { ...p, date: '2026-12-31' }, '2026-11-22')).toEqual([]);
    expect(promiseProblems('ptp', { ...p, date: '2026-02-30' }, '2026-01-01')).toEqual(['date']);
  });
});

describe('days and zones', () => {
  it('has one default zone, the one compliance and the database fall back to', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
    expect(resolveDebtorTimeZones({}).primary).toBe(DEFAULT_TIME_ZONE);
    expect(timeZoneOf(undefined)).toBe(DEFAULT_TIME_ZONE);
    expect(isValidTimeZone('Nowhere/Else')).toBe(false);
  });
  it('counts days across month ends and gives a day its zone-local bounds', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(weekdayOf('2026-11-22')).toBe(0);
    const [start, end] = dayRange('2026-11-22', 'Asia/Shanghai');
    expect(new Date(start).toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(end - start).toBe(86_400_000);
    expect(dayOf(start, 'Asia/Shanghai')).toBe('2026-11-22');
    expect(dayOf(start - 1, 'Asia/Shanghai')).toBe('2026-11-21');
    expect(isISODay(todayISO())).toBe(true);
  });
});
