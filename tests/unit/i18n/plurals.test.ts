// English counts outside the locale tables are pluralized too: compliance findings and the status
// line (ICU through lib/i18n/format), the override-reason check.
import { describe, expect, it } from 'vitest';
import { callStatus, evaluateCall, formatStatusLine } from '@/lib/compliance';
import { canProceed } from '@/lib/compliance/override';
import { formatLocalized } from '@/lib/i18n/format';
import { makeInput, wall } from '../compliance/helpers';

const attempt = (at: string) => ({ at: wall(at), conversation: false });

describe('English plurals beside their code', () => {
  it('the daily limit finding and the status line say "1 attempt"', () => {
    const input = makeInput({ limits: { maxAttemptsPerDay: 1 }, attempts: [attempt('2026-05-06 09:00')] });
    const daily = evaluateCall(input).find((f) => f.ruleId === 'frequency-daily');
    expect(daily?.message.en).toBe('1 attempt today: the daily limit of 1 is reached');
    expect(daily?.message['zh-CN']).toBe('今日已拨打 1 次，已达每日上限 1 次');
    expect(formatStatusLine(callStatus(input), 'en')).toMatch(/^Do not call now · 1\/1 attempt today · /);
  });

  it('two or more take the plural', () => {
    const input = makeInput({ limits: { maxAttemptsPerDay: 2 }, attempts: [attempt('2026-05-06 08:30'), attempt('2026-05-06 09:00')] });
    expect(evaluateCall(input).find((f) => f.ruleId === 'frequency-daily')?.message.en).toBe('2 attempts today: the daily limit of 2 is reached');
  });

  it('formatLocalized fills each locale with the same values', () => {
    const text = formatLocalized({ 'zh-CN': '剩余 {n} 天', 'zh-TW': '剩餘 {n} 天', en: '{n, plural, one {# day} other {# days}} left' }, { n: 1 });
    expect(text).toEqual({ 'zh-CN': '剩余 1 天', 'zh-TW': '剩餘 1 天', en: '1 day left' });
  });

  it('the override reason asks for at least N characters', () => {
    const blocked = evaluateCall(makeInput({ now: wall('2026-05-06 22:00') }));
    const decision = canProceed(blocked, 'short');
    expect(decision.ok ? '' : decision.message.en).toBe('The reason needs at least 10 characters');
  });
});
