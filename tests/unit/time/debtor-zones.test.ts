import { describe, expect, it } from 'vitest';
import { resolveDebtorTimeZones, timeZoneFromPhone, timeZoneFromRegion } from '@/lib/time/debtor-zones';
import { localTime, zonedTimeToEpoch } from '@/lib/time';

describe('timeZoneFromRegion', () => {
  it.each([
    ['广东省深圳市', 'Asia/Shanghai'],
    ['新疆维吾尔自治区乌鲁木齐市', 'Asia/Shanghai'],
    ['香港', 'Asia/Hong_Kong'],
    ['澳門', 'Asia/Macau'],
    ['澳门特别行政区', 'Asia/Macau'],
    ['台灣台北市', 'Asia/Taipei'],
    ['台北', 'Asia/Taipei'],
    ['美国加州洛杉矶', 'America/Los_Angeles'],
    ['紐約', 'America/New_York'],
    ['Austin, TX', 'America/Chicago'],
    ['Springfield, IL 62701', 'America/Chicago'],
    ['Arkansas', undefined],
    ['Kansas City, MO', 'America/Chicago'],
    ['Phoenix, Arizona', 'America/Phoenix'],
    ['Honolulu', 'Pacific/Honolulu'],
    ['新加坡', 'Asia/Singapore'],
    ['火星', undefined],
    ['', undefined],
  ])('%s → %s', (region, zone) => {
    expect(timeZoneFromRegion(region)).toBe(zone);
  });
});

describe('timeZoneFromPhone', () => {
  it.each([
    ['138****5521', 'Asia/Shanghai'],
    ['13812345521', 'Asia/Shanghai'],
    ['+86 139 1234 5678', 'Asia/Shanghai'],
    ['0755-8888****', 'Asia/Shanghai'],
    ['+852 9123 4567', 'Asia/Hong_Kong'],
    ['00853 6612 3456', 'Asia/Macau'],
    ['+886 912 345 678', 'Asia/Taipei'],
    ['+1 (212) 555-0100', 'America/New_York'],
    ['+1 415 555 0100', 'America/Los_Angeles'],
    ['(312) 555-0100', 'America/Chicago'],
    ['+1 999 555 0100', undefined],
    ['+44 20 7946 0000', undefined],
    ['****', undefined],
  ])('%s → %s', (phone, zone) => {
    expect(timeZoneFromPhone(phone)).toBe(zone);
  });
});

describe('resolveDebtorTimeZones', () => {
  it('explicit zone wins over region and phone', () => {
    const r = resolveDebtorTimeZones({ timeZone: 'Asia/Tokyo', region: '上海', phone: '+1 212 555 0100' });
    expect(r).toEqual({ primary: 'Asia/Tokyo', source: 'explicit', candidates: ['Asia/Tokyo'] });
  });
  it('an invalid explicit zone is ignored', () => {
    expect(resolveDebtorTimeZones({ timeZone: 'Mars/Olympus', region: '香港' }).primary).toBe('Asia/Hong_Kong');
  });
  it('region before phone; both stay candidates when they disagree', () => {
    const r = resolveDebtorTimeZones({ region: '上海', phone: '+1 212 555 0100' });
    expect(r.primary).toBe('Asia/Shanghai');
    expect(r.source).toBe('region');
    expect(r.candidates).toEqual(['Asia/Shanghai', 'America/New_York']);
  });
  it('phone when no region; default Asia/Shanghai when nothing is known', () => {
    expect(resolveDebtorTimeZones({ phone: '+852 9123 4567' })).toMatchObject({ primary: 'Asia/Hong_Kong', source: 'phone' });
    expect(resolveDebtorTimeZones({})).toEqual({ primary: 'Asia/Shanghai', source: 'default', candidates: ['Asia/Shanghai'] });
  });
});

describe('time helpers', () => {
  it('round-trips wall time across the New York DST changes', () => {
    for (const [date, min] of [
      ['2026-03-08', 8 * 60],
      ['2026-03-07', 8 * 60],
      ['2026-11-01', 8 * 60],
      ['2026-11-01', 20 * 60 + 59],
    ] as const) {
      const t = zonedTimeToEpoch(date, min, 'America/New_York');
      const l = localTime(t, 'America/New_York');
      expect([l.isoDate, l.minutesOfDay]).toEqual([date, min]);
    }
    expect(new Date(zonedTimeToEpoch('2026-03-08', 8 * 60, 'America/New_York')).toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(new Date(zonedTimeToEpoch('2026-11-01', 8 * 60, 'America/New_York')).toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });
  it('a time inside the spring-forward gap resolves forward', () => {
    const t = zonedTimeToEpoch('2026-03-08', 2 * 60 + 30, 'America/New_York');
    expect(localTime(t, 'America/New_York').minutesOfDay).toBeGreaterThanOrEqual(3 * 60);
  });
});
