// Boundary tests for the contact rules of #15: the 08:00–22:00 bound and consent, stop-contact,
// third parties (debtor first, once a day per contact), instalment plans, and the override policy.
import { describe, expect, it } from 'vitest';
import {
  callStatus,
  canProceed,
  evaluateCall,
  nextAllowedCallTime,
  resolveLimits,
  resolveOverridePolicy,
  type ComplianceInput,
} from '@/lib/compliance';
import { makeInput, wall } from './helpers';

const blocks = (input: ComplianceInput) => evaluateCall(input).filter((f) => f.severity === 'block').map((f) => f.ruleId);
const at = (local: string, over: Partial<ComplianceInput> = {}) => makeInput({ now: wall(local), ...over });
// A window configured wider than the guideline: 07:00–23:00 must still mean 08:00–22:00.
const wide = { callWindowStart: '07:00', callWindowEnd: '23:00' };
const consent = (start: string, end: string) => ({ start, end, at: wall('2026-05-01 10:00'), ref: 'REC-0501' });

describe('cn-bank call window: never before 08:00 nor after 22:00 (2026 guideline) unless the debtor consented', () => {
  it.each([
    ['2026-05-06 07:59', ['call-window']],
    ['2026-05-06 08:00', []],
    ['2026-05-06 21:59', []],
    ['2026-05-06 22:00', ['call-window']],
  ] as const)('%s with a 07:00–23:00 setting → %j', (time, expected) => {
    expect(blocks(at(time, { limits: wide }))).toEqual(expected);
  });
  it('the clamp is reported', () => {
    expect(resolveLimits('cn-bank', wide)).toMatchObject({ limits: { callWindowStart: '08:00', callWindowEnd: '22:00' }, clamped: ['callWindowStart', 'callWindowEnd'] });
    // The default stays the stricter bank rule, 08:00–21:00.
    expect(blocks(at('2026-05-06 21:00'))).toEqual(['call-window']);
  });
  it.each([
    ['2026-05-06 07:59', ['call-window'], '07:00', '07:45', false],
    ['2026-05-06 07:59', [], '07:00', '08:00', true],
    ['2026-05-06 21:59', [], '20:00', '22:30', false],
    ['2026-05-06 22:00', [], '20:00', '22:30', true],
    ['2026-05-06 22:30', ['call-window'], '20:00', '22:30', false],
  ] as const)('%s with consent %s–%s → %j (consent noted: %s)', (time, expected, start, end, noted) => {
    const input = at(time, { limits: wide, consentWindow: consent(start, end) });
    expect(blocks(input)).toEqual(expected);
    const info = evaluateCall(input).find((f) => f.ruleId === 'call-window' && f.severity === 'info');
    expect(!!info).toBe(noted);
    if (noted) expect(info!.message['zh-CN']).toContain('已记录');
  });
  it('consent is the debtor’s: it does not open the hours for a third party, nor under us-regf, nor before it was given', () => {
    const c = consent('07:00', '08:00');
    expect(blocks(at('2026-05-06 07:30', { consentWindow: c, contact: 'wife', attempts: [{ at: wall('2026-05-06 07:00'), conversation: false }] }))).toContain('call-window');
    expect(blocks(at('2026-05-06 07:30', { consentWindow: c, profile: 'us-regf' }))).toContain('call-window');
    expect(blocks(at('2026-04-30 07:30', { consentWindow: c }))).toContain('call-window');
  });
  it('the next allowed time counts the consent window', () => {
    const input = at('2026-05-06 06:30', { consentWindow: consent('07:00', '08:00') });
    expect(nextAllowedCallTime(input)).toBe(wall('2026-05-06 07:00'));
  });
});

describe('stop-contact', () => {
  const debtorStop = { contact: 'debtor', at: wall('2026-05-05 10:00') };
  it('the debtor asked: a call is blocked and says why, until a supervisor lifts it', () => {
    const input = at('2026-05-06 10:00', { stopContacts: [debtorStop] });
    expect(blocks(input)).toEqual(['stop-contact']);
    expect(evaluateCall(input)[0]!.message['zh-CN']).toContain('2026-05-05 要求停止来电');
    expect(callStatus(input).canCallNow).toBe(false);
    const lifted = at('2026-05-06 10:00', { stopContacts: [{ ...debtorStop, liftedAt: wall('2026-05-06 09:00'), liftReason: '债务人书面同意恢复电话联系' }] });
    expect(blocks(lifted)).toEqual([]);
  });
  it('names the day of the request as the debtor’s calendar has it, not UTC’s', () => {
    // 01:30 in Shanghai on 5 May is still 4 May in UTC.
    const early = at('2026-05-06 10:00', { stopContacts: [{ contact: 'debtor', at: wall('2026-05-05 01:30') }] });
    expect(evaluateCall(early)[0]!.message['zh-CN']).toContain('2026-05-05 要求停止来电');
  });
  it('before the request, calls were fine', () => {
    expect(blocks(at('2026-05-06 10:00', { stopContacts: [{ contact: 'debtor', at: wall('2026-05-06 10:01') }] }))).toEqual([]);
  });
  it('a third party asked: permanently, even if someone marked it lifted; other contacts and the debtor are not affected', () => {
    const stop = { contact: 'mother', at: wall('2026-05-01 10:00'), liftedAt: wall('2026-05-02 10:00') };
    const failed = [{ at: wall('2026-05-06 09:00'), conversation: false }];
    expect(blocks(at('2026-05-06 10:00', { contact: 'mother', stopContacts: [stop], attempts: failed }))).toEqual(['stop-contact']);
    expect(blocks(at('2026-05-06 10:00', { contact: 'brother', stopContacts: [stop], attempts: failed }))).toEqual([]);
    expect(blocks(at('2026-05-06 10:00', { stopContacts: [stop], attempts: failed }))).toEqual([]);
  });
});

describe('third parties: only when the debtor cannot be reached, once a day per contact', () => {
  const failedDebtor = { at: wall('2026-05-06 09:00'), conversation: false };
  it('never tried the debtor → blocked; the debtor answered last time → blocked', () => {
    expect(blocks(at('2026-05-06 10:00', { contact: 'wife' }))).toEqual(['third-party-contact']);
    expect(blocks(at('2026-05-06 10:00', { contact: 'wife', attempts: [{ at: wall('2026-05-06 09:00'), conversation: true }] }))).toEqual(['third-party-contact']);
  });
  it('the debtor did not answer → the first call to the wife is allowed, with the no-disclosure warning', () => {
    const input = at('2026-05-06 10:00', { contact: 'wife', attempts: [failedDebtor] });
    expect(blocks(input)).toEqual([]);
    expect(evaluateCall(input).find((f) => f.ruleId === 'third-party-contact')?.severity).toBe('warn');
  });
  it('the second call to the same third party on one day is blocked until the next day; another contact is not', () => {
    const attempts = [failedDebtor, { at: wall('2026-05-06 10:00'), conversation: false, contact: 'wife' }];
    const second = at('2026-05-06 15:00', { contact: 'wife', attempts });
    expect(blocks(second)).toEqual(['third-party-contact']);
    expect(nextAllowedCallTime(second)).toBe(wall('2026-05-07 08:00'));
    expect(blocks(at('2026-05-06 15:00', { contact: 'brother', attempts }))).toEqual([]);
    // Configurable: a bank allowing two a day lets the second through.
    expect(blocks(at('2026-05-06 15:00', { contact: 'wife', attempts, limits: { maxThirdPartyAttemptsPerDay: 2 } }))).toEqual([]);
  });
  it('third-party calls count towards the debtor’s daily total too', () => {
    const attempts = [failedDebtor, { at: wall('2026-05-06 10:00'), conversation: false, contact: 'wife' }, { at: wall('2026-05-06 11:00'), conversation: false, contact: 'brother' }];
    expect(blocks(at('2026-05-06 15:00', { attempts }))).toEqual(['frequency-daily']);
  });
});

describe('instalment plan (信用卡办法 Art. 70)', () => {
  const plan = { signedAt: wall('2026-05-01 10:00'), unpaidDueDates: ['2026-06-01', '2026-07-01'], missed: false };
  it('a signed plan being kept stops demand calls', () => {
    expect(blocks(at('2026-05-06 10:00', { instalmentPlan: plan }))).toEqual(['instalment-plan']);
    expect(blocks(at('2026-06-01 10:00', { instalmentPlan: plan }))).toEqual(['instalment-plan']); // due today: not yet missed
  });
  it('a missed instalment (due yesterday, unpaid) lets calls resume and says so', () => {
    const input = at('2026-06-02 10:00', { instalmentPlan: plan });
    expect(blocks(input)).toEqual([]);
    expect(evaluateCall(input).find((f) => f.ruleId === 'instalment-plan')?.message['zh-CN']).toContain('2026-06-01');
  });
  it('an instalment recorded broken resumes calls; a completed plan holds nothing', () => {
    expect(blocks(at('2026-05-06 10:00', { instalmentPlan: { ...plan, missed: true } }))).toEqual([]);
    expect(blocks(at('2026-05-06 10:00', { instalmentPlan: { ...plan, unpaidDueDates: [], completed: true } }))).toEqual([]);
  });
});

describe('override policy', () => {
  const holiday = at('2026-10-01 10:00');
  const daily = at('2026-05-06 15:00', { attempts: ['09:00', '10:00', '11:00'].map((t) => ({ at: wall(`2026-05-06 ${t}`), conversation: false })) });
  const reason = '债务人主动来电要求今日回拨确认还款';
  const cnPolicy = resolveOverridePolicy('cn-bank');

  it.each([
    ['call window', at('2026-05-06 22:30'), 'call-window'],
    ['holiday', holiday, 'holiday'],
    ['stop-contact', at('2026-05-06 10:00', { stopContacts: [{ contact: 'debtor', at: wall('2026-05-05 10:00') }] }), 'stop-contact'],
  ] as const)('cn-bank default: %s cannot be overridden by an agent, whatever the reason', (_, input, rule) => {
    const d = canProceed(evaluateCall(input), reason, 0, { policy: cnPolicy });
    expect(d).toMatchObject({ ok: false, problem: 'not-overridable', notOverridable: [rule] });
  });
  it('cn-bank default: the daily limit can be overridden with a reason, not without', () => {
    expect(canProceed(evaluateCall(daily), reason, 5, { policy: cnPolicy })).toEqual({ ok: true, override: { ruleIds: ['frequency-daily'], reason, at: 5 } });
    expect(canProceed(evaluateCall(daily), '', 5, { policy: cnPolicy })).toMatchObject({ ok: false, problem: 'reason-required' });
  });
  it('a trainee never overrides, even a rule that allows a reason', () => {
    expect(canProceed(evaluateCall(daily), reason, 5, { policy: cnPolicy, trainee: true })).toMatchObject({ ok: false, problem: 'trainee' });
  });
  it('options may only tighten: marking the daily limit "never" works, loosening holidays does not', () => {
    const p = resolveOverridePolicy('cn-bank', { 'frequency-daily': 'never', holiday: 'reason', bogus: 'sometimes' });
    expect(p).toMatchObject({ 'frequency-daily': 'never', holiday: 'never', 'call-window': 'never', 'stop-contact': 'never' });
    expect(canProceed(evaluateCall(daily), reason, 5, { policy: p })).toMatchObject({ ok: false, problem: 'not-overridable' });
  });
  it('enterprise policy decides: it may allow a reasoned holiday call', () => {
    const p = resolveOverridePolicy('cn-bank', undefined, { holiday: 'reason' });
    expect(canProceed(evaluateCall(holiday), reason, 5, { policy: p })).toMatchObject({ ok: true });
  });
  it('us-regf default: call window and stop-contact never; others with a reason', () => {
    expect(resolveOverridePolicy('us-regf')).toEqual({ 'call-window': 'never', 'stop-contact': 'never' });
  });
});

describe('checklist items the law requires', () => {
  it('recording notice on a call that reached someone; the hotline when the caller is doubted; notice before credit reporting', async () => {
    const { requiredChecks, missingChecks } = await import('@/lib/compliance');
    expect(requiredChecks({ scenarios: [], outcome: 'no-answer' })).toEqual([]);
    expect(requiredChecks({ scenarios: [], outcome: 'ptp' }).map((c) => c.id)).toEqual(['recording-notice']);
    expect(requiredChecks({ scenarios: ['scam-suspicion'], outcome: 'refused' }).map((c) => c.id)).toEqual(['recording-notice', 'hotline-offered', 'credit-report-notice']);
    expect(requiredChecks({ scenarios: [], utterances: ['你是不是骗子？'] }).map((c) => c.id)).toContain('hotline-offered');
    expect(missingChecks({ scenarios: [], outcome: 'escalate-legal' }, { 'recording-notice': true }).map((c) => c.id)).toEqual(['credit-report-notice']);
  });
});

describe('status line', () => {
  it('a stop-contact block gives no "next allowed" time; a timing block does', async () => {
    const { formatStatusLine } = await import('@/lib/compliance');
    const stopped = callStatus(at('2026-05-06 10:00', { stopContacts: [{ contact: 'debtor', at: wall('2026-05-06 09:00') }] }));
    expect(stopped.blockedUntilLifted).toBe(true);
    expect(formatStatusLine(stopped, 'zh-CN')).not.toContain('下次可拨');
    expect(formatStatusLine(stopped, 'zh-CN')).toContain('要求停止来电');
    const late = callStatus(at('2026-05-06 21:30'));
    expect(late.blockedUntilLifted).toBe(false);
    expect(formatStatusLine(late, 'zh-CN')).toContain('下次可拨 2026-05-07 08:00');
  });
});
