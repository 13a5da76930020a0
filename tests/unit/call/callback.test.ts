// The call-back time: a default an hour ahead on the next quarter hour (moved to when the guard
// allows), the datetime field's value in the debtor's zone and back, and the guard's hours and
// holiday rules applied to the agreed time — the same rules as a live call, not a copy of them.
import { describe, expect, it } from 'vitest';
import { callbackProblems, defaultCallbackTime, fromZonedInput, toZonedInput } from '@/lib/call/callback';
import { nextAllowedScheduledTime, scheduledCallFindings } from '@/lib/compliance';
import { makeInput, wall } from '../compliance/helpers';

describe('default call-back time', () => {
  it('is an hour ahead, up to the next quarter hour', () => {
    expect(defaultCallbackTime(wall('2026-11-23 14:07'))).toBe(wall('2026-11-23 15:15'));
    expect(defaultCallbackTime(wall('2026-11-23 14:00'))).toBe(wall('2026-11-23 15:00'));
    expect(defaultCallbackTime(wall('2026-11-23 14:01'))).toBe(wall('2026-11-23 15:15'));
    // A half-hour zone keeps quarters on its own clock.
    expect(toZonedInput(defaultCallbackTime(wall('2026-11-23 09:50', 'Asia/Kolkata')), 'Asia/Kolkata')).toBe('2026-11-23T11:00');
  });

  it('moves to the next time the guard allows: after 21:00 → 08:00 next day; into a holiday → after it', () => {
    const input = makeInput();
    const allowed = (at: number) => nextAllowedScheduledTime(input, at);
    expect(defaultCallbackTime(wall('2026-11-23 20:30'), allowed)).toBe(wall('2026-11-24 08:00'));
    expect(defaultCallbackTime(wall('2026-09-30 20:30'), allowed)).toBe(wall('2026-10-08 08:00'));
    expect(defaultCallbackTime(wall('2026-11-23 10:00'), allowed)).toBe(wall('2026-11-23 11:00'));
  });
});

describe('the datetime field in the debtor’s zone', () => {
  it('shows and reads the debtor’s wall clock, whatever the agent’s', () => {
    const at = wall('2026-11-23 15:30', 'America/New_York');
    expect(toZonedInput(at, 'America/New_York')).toBe('2026-11-23T15:30');
    expect(fromZonedInput('2026-11-23T15:30', 'America/New_York')).toBe(at);
    expect(fromZonedInput('2026-11-23T15:30', 'Asia/Shanghai')).toBe(wall('2026-11-23 15:30'));
    for (const bad of ['', '2026-11-23', '2026-02-30T10:00', '2026-11-23T25:00', 'tomorrow']) expect(fromZonedInput(bad, 'Asia/Shanghai'), bad).toBeNull();
  });

  it('needs a time still ahead', () => {
    const now = wall('2026-11-23 10:00');
    expect(callbackProblems(null, now)).toEqual(['missing']);
    expect(callbackProblems(now - 60_000, now)).toEqual(['past']);
    expect(callbackProblems(now + 60_000, now)).toEqual([]);
  });
});

describe('scheduledCallFindings: the guard on an agreed time', () => {
  it('passes a time inside the hours on a working day', () => {
    expect(scheduledCallFindings(makeInput(), wall('2026-11-24 15:00'))).toEqual([]);
  });
  it('flags a time outside the hours at the debtor’s location, in their zone', () => {
    const f = scheduledCallFindings(makeInput(), wall('2026-11-24 21:30'));
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['call-window', 'block']]);
    const ny = makeInput({ debtor: { timeZone: 'America/New_York' } });
    expect(scheduledCallFindings(ny, wall('2026-11-24 15:00'))).not.toEqual([]); // 02:00 in New York
    expect(scheduledCallFindings(ny, wall('2026-11-24 10:00', 'America/New_York'))).toEqual([]);
  });
  it('flags a public holiday, and a weekend when the bank forbids weekend calls', () => {
    expect(scheduledCallFindings(makeInput(), wall('2026-10-02 10:00')).map((x) => x.ruleId)).toEqual(['holiday']);
    const weekends = makeInput({ limits: { noCallsOnWeekends: true } });
    expect(scheduledCallFindings(weekends, wall('2026-11-28 10:00')).map((x) => x.ruleId)).toEqual(['holiday']);
    expect(scheduledCallFindings(makeInput(), wall('2026-11-28 10:00'))).toEqual([]);
  });
  it('does not judge the agreed time by today’s attempts', () => {
    const busy = makeInput({ attempts: [1, 2, 3, 4, 5].map((i) => ({ at: wall(`2026-11-24 0${i + 3}:00`), conversation: false })) });
    expect(scheduledCallFindings(busy, wall('2026-11-24 15:00'))).toEqual([]);
  });
});
