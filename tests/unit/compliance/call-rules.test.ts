import { describe, expect, it } from 'vitest';
import { callStatus, evaluateCall, nextAllowedCallTime, resolveLimits } from '@/lib/compliance';
import type { ComplianceInput, Finding } from '@/lib/compliance';
import { makeInput, wall } from './helpers';

const ids = (f: Finding[]) => f.map((x) => x.ruleId);
const blocks = (input: ComplianceInput) => ids(evaluateCall(input).filter((f) => f.severity === 'block'));
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('call-window (cn-bank)', () => {
  it('20:59 local is allowed, 21:00 is not', () => {
    expect(blocks(makeInput({ now: wall('2026-05-06 20:59') }))).toEqual([]);
    expect(blocks(makeInput({ now: wall('2026-05-06 21:00') }))).toEqual(['call-window']);
  });
  it('07:59 is not allowed, 08:00 is (the stricter default, not the seed 07:00)', () => {
    expect(blocks(makeInput({ now: wall('2026-05-06 07:59') }))).toEqual(['call-window']);
    expect(blocks(makeInput({ now: wall('2026-05-06 08:00') }))).toEqual([]);
  });
  it('a configured 07:00 start is clamped to 08:00 (2026 guideline): 07:30 is blocked whatever the setting', () => {
    const at730 = makeInput({ now: wall('2026-05-06 07:30'), limits: { callWindowStart: '07:00' } });
    expect(blocks(at730)).toEqual(['call-window']);
    expect(resolveLimits('cn-bank', { callWindowStart: '06:00' })).toMatchObject({
      limits: { callWindowStart: '08:00' },
      clamped: ['callWindowStart'],
    });
  });
  it('policy values win over options and are reported locked', () => {
    const r = resolveLimits('cn-bank', { maxAttemptsPerDay: 5, callWindowEnd: '20:00' }, { maxAttemptsPerDay: 2 });
    expect(r.limits.maxAttemptsPerDay).toBe(2);
    expect(r.limits.callWindowEnd).toBe('20:00');
    expect(r.locked).toEqual(['maxAttemptsPerDay']);
  });
  it('bad values fall back to the default', () => {
    expect(resolveLimits('cn-bank', { callWindowEnd: '25:00', maxAttemptsPerDay: 0 }).limits).toMatchObject({
      callWindowEnd: '21:00',
      maxAttemptsPerDay: 3,
    });
  });
  it('uses the debtor time zone, not Beijing time', () => {
    // 20:30 in Shanghai is 21:30 in Tokyo.
    const tokyo = makeInput({ now: wall('2026-05-06 20:30'), debtor: { region: '日本东京' } });
    expect(blocks(tokyo)).toEqual(['call-window']);
    // Noon in Shanghai is 21:00 the day before in California (PDT).
    expect(blocks(makeInput({ now: wall('2026-05-13 12:00'), debtor: { region: 'California' } }))).toEqual(['call-window']);
    expect(blocks(makeInput({ now: wall('2026-05-13 11:59'), debtor: { region: 'California' } }))).toEqual([]);
  });
  it('with conflicting region and phone every candidate zone must be inside the window', () => {
    const input = makeInput({ now: wall('2026-05-13 10:00'), debtor: { region: '上海', phone: '+1 212 555 0100' } });
    expect(blocks(input)).toEqual(['call-window']);
    // The only overlap: 20:00–21:00 Shanghai = 08:00–09:00 New York (EDT).
    expect(iso(nextAllowedCallTime(input))).toBe('2026-05-13T12:00:00.000Z');
  });
  it('points to the next window start', () => {
    expect(iso(nextAllowedCallTime(makeInput({ now: wall('2026-05-06 21:00') })))).toBe(iso(wall('2026-05-07 08:00')));
    expect(iso(nextAllowedCallTime(makeInput({ now: wall('2026-05-06 06:15') })))).toBe(iso(wall('2026-05-06 08:00')));
    expect(nextAllowedCallTime(makeInput({ now: wall('2026-05-06 10:00') }))).toBe(wall('2026-05-06 10:00'));
  });
});

describe('holiday (cn-bank)', () => {
  it('a statutory holiday blocks; the next allowed time is after the holiday', () => {
    const input = makeInput({ now: wall('2026-10-01 10:00') });
    expect(blocks(input)).toEqual(['holiday']);
    expect(iso(nextAllowedCallTime(input))).toBe(iso(wall('2026-10-08 08:00')));
  });
  it('the last holiday day blocks, the day after does not', () => {
    expect(blocks(makeInput({ now: wall('2026-02-23 10:00') }))).toEqual(['holiday']);
    expect(blocks(makeInput({ now: wall('2026-02-24 10:00') }))).toEqual([]);
  });
  it('a make-up working day (Saturday 2026-02-14) is a working day', () => {
    expect(blocks(makeInput({ now: wall('2026-02-14 10:00') }))).toEqual([]);
    expect(blocks(makeInput({ now: wall('2026-02-14 10:00'), limits: { noCallsOnWeekends: true } }))).toEqual([]);
  });
  it('with the weekend option an ordinary Saturday blocks but the make-up Sunday does not', () => {
    const weekend = { noCallsOnWeekends: true };
    expect(blocks(makeInput({ now: wall('2026-09-19 10:00'), limits: weekend }))).toEqual(['holiday']);
    expect(blocks(makeInput({ now: wall('2026-09-20 10:00'), limits: weekend }))).toEqual([]);
    expect(blocks(makeInput({ now: wall('2026-09-19 10:00') }))).toEqual([]);
  });
  it("the holiday is the debtor's local date", () => {
    // 10:00 on 1 Oct in Shanghai is still 30 Sep in Los Angeles.
    const la = makeInput({ now: wall('2026-10-01 10:00'), debtor: { timeZone: 'America/Los_Angeles' } });
    expect(blocks(la)).toEqual([]);
    // …and the PRC calendar is read on the debtor's date: 1 Oct 10:00 in LA is a holiday.
    expect(blocks(makeInput({ now: wall('2026-10-01 10:00', 'America/Los_Angeles'), debtor: { timeZone: 'America/Los_Angeles' } }))).toEqual(['holiday']);
  });
  it('projected 2027 data says so; a year without data gives an info finding', () => {
    const f = evaluateCall(makeInput({ now: wall('2027-10-01 10:00') })).find((x) => x.ruleId === 'holiday');
    expect(f?.severity).toBe('block');
    expect(f?.message['zh-CN']).toContain('预估');
    const none = evaluateCall(makeInput({ now: wall('2028-05-08 10:00') })).find((x) => x.ruleId === 'holiday');
    expect(none?.severity).toBe('info');
  });
  it('us-regf has no holiday rule', () => {
    expect(blocks(makeInput({ profile: 'us-regf', now: wall('2026-10-01 10:00') }))).toEqual([]);
  });
});

describe('frequency-daily (cn-bank)', () => {
  const tries = (...times: string[]) => times.map((t) => ({ at: wall(t), conversation: false }));
  it('the 3rd call of the day is allowed, the 4th is not', () => {
    const two = makeInput({ now: wall('2026-05-06 15:00'), attempts: tries('2026-05-06 09:00', '2026-05-06 11:00') });
    expect(blocks(two)).toEqual([]);
    expect(callStatus(two).attemptsToday).toBe(2);
    const three = makeInput({ now: wall('2026-05-06 15:00'), attempts: tries('2026-05-06 09:00', '2026-05-06 11:00', '2026-05-06 14:00') });
    expect(blocks(three)).toEqual(['frequency-daily']);
    expect(iso(nextAllowedCallTime(three))).toBe(iso(wall('2026-05-07 08:00')));
  });
  it('a configured limit applies', () => {
    const input = makeInput({ now: wall('2026-05-06 15:00'), attempts: tries('2026-05-06 09:00'), limits: { maxAttemptsPerDay: 1 } });
    expect(blocks(input)).toEqual(['frequency-daily']);
  });
  it('yesterday 20:30 and future log entries do not count', () => {
    const input = makeInput({
      now: wall('2026-05-06 09:00'),
      attempts: tries('2026-05-05 20:30', '2026-05-06 08:10', '2026-05-06 08:40', '2026-05-06 18:00'),
    });
    expect(blocks(input)).toEqual([]);
  });
  it("counts the debtor's local day, not Beijing's", () => {
    const la = 'America/Los_Angeles';
    const input = makeInput({
      debtor: { timeZone: la },
      now: wall('2026-05-06 10:00', la),
      // 23:30 on 5 May in LA is already 6 May in Shanghai, but it is yesterday for the debtor.
      attempts: [wall('2026-05-05 23:30', la), wall('2026-05-06 08:05', la), wall('2026-05-06 09:00', la)].map((at) => ({ at, conversation: false })),
    });
    expect(callStatus(input).attemptsToday).toBe(2);
    expect(blocks(input)).toEqual([]);
  });
  it('a full day that ends on the eve of a holiday moves the next call past the holiday', () => {
    const input = makeInput({
      now: wall('2026-09-30 16:00'),
      attempts: tries('2026-09-30 09:00', '2026-09-30 10:00', '2026-09-30 11:00'),
    });
    expect(iso(nextAllowedCallTime(input))).toBe(iso(wall('2026-10-08 08:00')));
  });
});

describe('us-regf: 7 calls in 7 days', () => {
  const NY = 'America/New_York';
  const us = (now: string, attempts: { at: string; conversation?: boolean }[]) =>
    makeInput({
      profile: 'us-regf',
      debtor: { timeZone: NY },
      now: wall(now, NY),
      attempts: attempts.map((a) => ({ at: wall(a.at, NY), conversation: a.conversation ?? false })),
    });
  const days = ['2026-05-31', '2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06'];
  const oneADay = days.map((d) => ({ at: `${d} 10:00` }));

  it('6 calls in the window: a 7th is allowed', () => {
    expect(blocks(us('2026-06-05 15:00', oneADay.slice(0, 6)))).toEqual([]);
  });
  it('7 calls within 7 consecutive days block the 8th; the window edge frees the next day', () => {
    expect(blocks(us('2026-06-06 15:00', oneADay))).toEqual(['frequency-7in7']);
    // On 7 June the window is 1–7 June: the 31 May call has dropped out.
    expect(blocks(us('2026-06-07 09:00', oneADay))).toEqual([]);
    expect(iso(nextAllowedCallTime(us('2026-06-06 15:00', oneADay)))).toBe(iso(wall('2026-06-07 08:00', NY)));
  });
  it('7 calls on one day free the 8th day', () => {
    const burst = [9, 10, 11, 12, 13, 14, 15].map((h) => ({ at: `2026-06-01 ${h}:00` }));
    expect(blocks(us('2026-06-07 12:00', burst))).toEqual(['frequency-7in7']);
    expect(blocks(us('2026-06-08 08:00', burst))).toEqual([]);
    expect(iso(nextAllowedCallTime(us('2026-06-07 12:00', burst)))).toBe(iso(wall('2026-06-08 08:00', NY)));
  });
  it('no call within 7 days after a conversation (its day is day 1)', () => {
    const talked = [{ at: '2026-06-01 15:00', conversation: true }];
    expect(blocks(us('2026-06-07 10:00', talked))).toEqual(['quiet-after-conversation']);
    expect(blocks(us('2026-06-08 08:00', talked))).toEqual([]);
    expect(iso(nextAllowedCallTime(us('2026-06-02 10:00', talked)))).toBe(iso(wall('2026-06-08 08:00', NY)));
  });
  it('an unanswered call does not start the quiet period', () => {
    expect(blocks(us('2026-06-02 10:00', [{ at: '2026-06-01 15:00' }]))).toEqual([]);
  });
  it('a looser 7-in-7 setting is clamped to the regulation', () => {
    expect(resolveLimits('us-regf', { usRegf: { maxCallsIn7Days: 10, quietDaysAfterConversation: 3 } })).toMatchObject({
      limits: { usRegf: { maxCallsIn7Days: 7, quietDaysAfterConversation: 7 } },
      clamped: ['usRegf.maxCallsIn7Days', 'usRegf.quietDaysAfterConversation'],
    });
  });
});

describe('us-regf: call window across DST (America/New_York)', () => {
  const NY = { timeZone: 'America/New_York' };
  const at = (isoUtc: string) => makeInput({ profile: 'us-regf', debtor: NY, now: Date.parse(isoUtc) });
  it('spring forward, 2026-03-08: 12:00Z is 08:00 EDT (allowed); the day before 12:00Z is 07:00 EST', () => {
    expect(blocks(at('2026-03-08T12:00:00Z'))).toEqual([]);
    expect(blocks(at('2026-03-08T11:59:00Z'))).toEqual(['call-window']);
    expect(blocks(at('2026-03-07T12:00:00Z'))).toEqual(['call-window']);
    expect(blocks(at('2026-03-07T13:00:00Z'))).toEqual([]);
  });
  it('spring forward evening: 20:59 EDT allowed, 21:00 EDT not', () => {
    expect(blocks(at('2026-03-09T00:59:00Z'))).toEqual([]);
    expect(blocks(at('2026-03-09T01:00:00Z'))).toEqual(['call-window']);
  });
  it('fall back, 2026-11-01: 12:30Z is 07:30 EST (blocked); 13:00Z is 08:00 EST', () => {
    expect(blocks(at('2026-11-01T12:30:00Z'))).toEqual(['call-window']);
    expect(blocks(at('2026-11-01T13:00:00Z'))).toEqual([]);
    expect(blocks(at('2026-11-02T01:59:00Z'))).toEqual([]);
    expect(blocks(at('2026-11-02T02:00:00Z'))).toEqual(['call-window']);
  });
  it('next allowed time lands on 08:00 local across the change', () => {
    expect(iso(nextAllowedCallTime(at('2026-03-08T03:00:00Z')))).toBe('2026-03-08T12:00:00.000Z');
    expect(iso(nextAllowedCallTime(at('2026-11-01T02:00:00Z')))).toBe('2026-11-01T13:00:00.000Z');
  });
});

describe('identity-before-disclosure', () => {
  it('info before verification, warn with a third party, nothing once verified', () => {
    expect(evaluateCall(makeInput({ identityVerified: false })).map((f) => [f.ruleId, f.severity])).toEqual([
      ['identity-before-disclosure', 'info'],
    ]);
    expect(evaluateCall(makeInput({ thirdPartyOnLine: true })).map((f) => [f.ruleId, f.severity])).toEqual([
      ['identity-before-disclosure', 'warn'],
    ]);
    expect(evaluateCall(makeInput())).toEqual([]);
  });
});

describe('callStatus', () => {
  it('summarises for the panel', () => {
    const s = callStatus(
      makeInput({ now: wall('2026-05-06 21:30'), attempts: [{ at: wall('2026-05-06 09:00'), conversation: false }] }),
    );
    expect(s).toMatchObject({
      canCallNow: false,
      worst: 'block',
      timeZone: 'Asia/Shanghai',
      localDate: '2026-05-06',
      localTime: '21:30',
      attemptsToday: 1,
      maxAttemptsPerDay: 3,
      nextAllowedAt: wall('2026-05-07 08:00'),
    });
  });
});

describe('holiday names follow the language of the message', () => {
  it('the English finding names the holiday in English, the Chinese one in Chinese', () => {
    const f = evaluateCall(makeInput({ now: wall('2026-10-02 10:00') })).find((x) => x.ruleId === 'holiday');
    expect(f?.message.en).toContain('National Day');
    expect(f?.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(f?.message['zh-CN']).toContain('国庆节');
  });
});
