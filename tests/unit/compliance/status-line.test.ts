import { describe, expect, it } from 'vitest';
import { callStatus, formatStatusLine, parseComplianceInput } from '@/lib/compliance';
import { makeInput, wall } from './helpers';

describe('formatStatusLine', () => {
  it('OK with the count', () => {
    const s = callStatus(makeInput({ attempts: [{ at: wall('2026-05-06 09:00'), conversation: false }] }));
    expect(formatStatusLine(s, 'zh-CN')).toBe('可拨打 · 今日已拨 1/3 次');
    expect(formatStatusLine(s, 'en')).toBe('OK to call · 1/3 attempts today');
  });
  it('blocked: when and why', () => {
    const s = callStatus(makeInput({ now: wall('2026-05-06 21:00') }));
    const line = formatStatusLine(s, 'zh-TW');
    expect(line).toContain('暫不可撥打');
    expect(line).toContain('下次可撥 2026-05-07 08:00 (Asia/Shanghai)');
  });
  it('us-regf shows the 7-day count', () => {
    const s = callStatus(makeInput({ profile: 'us-regf', debtor: { timeZone: 'America/New_York' }, now: wall('2026-05-06 10:00', 'America/New_York') }));
    expect(formatStatusLine(s, 'en', 'us-regf')).toBe('OK to call · 0/7 calls in 7 days');
  });
});

describe('parseComplianceInput', () => {
  it('accepts ISO strings for instants and fills defaults', () => {
    const input = parseComplianceInput({ now: '2026-05-06T10:00:00+08:00', attempts: [{ at: '2026-05-06T09:00:00+08:00' }] });
    expect(input).toMatchObject({ profile: 'cn-bank', identityVerified: false, attempts: [{ at: wall('2026-05-06 09:00'), conversation: false }] });
  });
  it('rejects a bad shape', () => {
    expect(() => parseComplianceInput({ now: 'yesterday-ish' })).toThrow();
    expect(() => parseComplianceInput({ now: 1, profile: 'eu-gdpr' })).toThrow();
  });
});
