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
  it('a logged conversation without a recorded demand moves nothing', () => {
    const s = computeLimitation({
      now: wall('2026-01-01 12:00'),
      defaultDate: due,
      attempts: [
        { at: wall('2025-06-01 10:00'), conversation: true },
        { at: wall('2025-07-01 10:00'), conversation: false },
      ],
    });
    expect(s).toMatchObject({ startDate: due, deadline: '2027-03-10', lastInterruption: null, basis: 'due-date' });
  });
  it('a demand recorded as reached with the recording reference interrupts and restarts the period', () => {
    const s = computeLimitation({
      now: wall('2026-01-01 12:00'),
      defaultDate: due,
      attempts: [
        { at: wall('2025-06-01 10:00'), conversation: true, interruption: { kind: 'demand-reached', ref: 'REC-20250601-01' } },
        { at: wall('2025-07-01 10:00'), conversation: true },
      ],
    });
    expect(s).toMatchObject({
      startDate: '2025-06-01',
      deadline: '2028-06-01',
      basis: 'demand-reached',
      lastInterruption: { kind: 'demand-reached', ref: 'REC-20250601-01' },
    });
  });
  it('a demand without its recording reference is no evidence; a promise or a partial payment needs none', () => {
    const at = wall('2025-06-01 10:00');
    const noRef = computeLimitation({ now: wall('2026-01-01 12:00'), defaultDate: due, attempts: [{ at, conversation: true, interruption: { kind: 'demand-reached', ref: '  ' } }] });
    expect(noRef?.basis).toBe('due-date');
    for (const kind of ['promise', 'acknowledged', 'partial-payment'] as const) {
      const s = computeLimitation({ now: wall('2026-01-01 12:00'), defaultDate: due, attempts: [{ at, conversation: true, interruption: { kind } }] });
      expect(s).toMatchObject({ basis: kind, deadline: '2028-06-01' });
    }
  });
  it('30 days left stays 30 days left after a logged call without a demand (the issue #15 case)', () => {
    const now = daysBefore(30);
    const s = computeLimitation({ now, defaultDate: due, attempts: [{ at: now - 3_600_000, conversation: true }] });
    expect(s).toMatchObject({ daysLeft: 30, level: 'warn-30', basis: 'due-date' });
    const warn = evaluateCall(makeInput({ now, defaultDate: due, attempts: [{ at: now - 3_600_000, conversation: true }] })).find((f) => f.ruleId === 'limitation-period');
    expect(warn?.message['zh-CN']).toContain('依据：到期日 2024-03-10');
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
