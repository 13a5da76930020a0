import { describe, expect, it } from 'vitest';
import { computeLimitation, evaluateCall, limitationLevel } from '@/lib/compliance';
import { addDays } from '@/lib/time';
import { makeInput, wall } from './helpers';

// Due 2024-03-10 → deadline 2027-03-10 (conservative: same calendar date three years on).
const due = '2024-03-10';
const daysBefore = (n: number) => wall(`${addDays('2027-03-10', -n)} 12:00`);

describe('limitation period (民法典 188 / 195)', () => {
  it('three years from the due date', () => {
    expect(computeLimitation({ now: wall('2025-01-01 12:00'), defaultDate: due })).toMatchObject({
      startDate: due,
      deadline: '2027-03-10',
      lastInterruption: null,
      level: 'ok',
    });
  });
  it.each([
    [181, 'ok'],
    [180, 'warn-180'],
    [31, 'warn-180'],
    [30, 'warn-30'],
    [0, 'warn-30'],
    [-1, 'expired'],
  ] as const)('%i days before the deadline → %s', (n, level) => {
    const s = computeLimitation({ now: daysBefore(n), defaultDate: due });
    expect(s?.daysLeft).toBe(n);
    expect(s?.level).toBe(level);
    expect(limitationLevel(n)).toBe(level);
  });
  it('a conversation in the call log interrupts and restarts the period', () => {
    const s = computeLimitation({
      now: wall('2026-01-01 12:00'),
      defaultDate: due,
      attempts: [
        { at: wall('2025-06-01 10:00'), conversation: true },
        { at: wall('2025-07-01 10:00'), conversation: false },
      ],
    });
    expect(s).toMatchObject({ startDate: '2025-06-01', deadline: '2028-06-01', lastInterruption: { kind: 'demand-reached' } });
  });
  it('the latest interruption wins; future ones and ones before the due date are ignored', () => {
    const s = computeLimitation({
      now: wall('2026-01-01 12:00'),
      defaultDate: due,
      interruptions: [
        { at: wall('2023-12-01 10:00'), kind: 'acknowledged' },
        { at: wall('2025-09-09 10:00'), kind: 'partial-payment' },
        { at: wall('2025-03-03 10:00'), kind: 'promise' },
        { at: wall('2026-06-01 10:00'), kind: 'promise' },
      ],
    });
    expect(s).toMatchObject({ startDate: '2025-09-09', deadline: '2028-09-09', lastInterruption: { kind: 'partial-payment' } });
    const old = computeLimitation({ now: wall('2026-01-01 12:00'), defaultDate: due, interruptions: [{ at: wall('2023-12-01 10:00'), kind: 'acknowledged' }] });
    expect(old?.startDate).toBe(due);
  });
  it('29 February ends on 28 February three years later', () => {
    expect(computeLimitation({ now: wall('2025-01-01 12:00'), defaultDate: '2024-02-29' })?.deadline).toBe('2027-02-28');
  });
  it('nothing known → null; an interruption alone is enough', () => {
    expect(computeLimitation({ now: wall('2025-01-01 12:00') })).toBeNull();
    expect(computeLimitation({ now: wall('2025-01-01 12:00'), interruptions: [{ at: wall('2024-05-05 10:00'), kind: 'promise' }] })?.deadline).toBe('2027-05-05');
  });
  it('shows as a warn finding at 180 days, not before; cn-bank only', () => {
    const near = makeInput({ now: daysBefore(180), defaultDate: due });
    expect(evaluateCall(near).find((f) => f.ruleId === 'limitation-period')?.severity).toBe('warn');
    expect(evaluateCall(makeInput({ now: daysBefore(181), defaultDate: due })).some((f) => f.ruleId === 'limitation-period')).toBe(false);
    expect(evaluateCall({ ...near, profile: 'us-regf' }).some((f) => f.ruleId === 'limitation-period')).toBe(false);
    const expired = evaluateCall(makeInput({ now: daysBefore(-1), defaultDate: due })).find((f) => f.ruleId === 'limitation-period');
    expect(expired?.message.en).toMatch(/may have ended/);
  });
});
