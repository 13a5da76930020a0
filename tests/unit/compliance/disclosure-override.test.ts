import { describe, expect, it } from 'vitest';
import { canProceed, filterScriptsForDisclosure, textDisclosesDebt, validateOverrideReason } from '@/lib/compliance';
import type { Finding } from '@/lib/compliance';

const scripts = [
  { id: 'open', discloses: false, scenarioId: 'hard-times', text: '您好，请问是张伟先生本人吗？' },
  { id: 'amount', discloses: true, scenarioId: 'hard-times', text: '您的信用卡已逾期，欠款5000元。' },
  { id: 'callback', discloses: false, scenarioId: 'not-the-debtor', text: '麻烦您转告他方便时回个电话，谢谢。' },
  { id: 'leaky', discloses: false, scenarioId: 'not-the-debtor', text: '麻烦转告他尽快还款5000元。' },
  { id: 'tp-disclose', discloses: true, scenarioId: 'not-the-debtor', text: '他欠我行的钱还没还。' },
];
const idsOf = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('filterScriptsForDisclosure', () => {
  it('before verification holds back disclosing scripts', () => {
    const r = filterScriptsForDisclosure(scripts, { identityVerified: false, thirdPartyOnLine: false });
    expect(idsOf(r.shown)).toEqual(['open', 'callback', 'leaky']);
    expect(r.heldBack.map((h) => [h.script.id, h.reason])).toEqual([
      ['amount', 'identity-not-verified'],
      ['tp-disclose', 'identity-not-verified'],
    ]);
    expect(r.reason).toBe('identity-not-verified');
  });
  it('a third party only gets not-the-debtor scripts that say nothing about the debt', () => {
    for (const identityVerified of [false, true]) {
      const r = filterScriptsForDisclosure(scripts, { identityVerified, thirdPartyOnLine: true });
      expect(idsOf(r.shown)).toEqual(['callback']);
      expect(r.heldBack.every((h) => h.reason === 'third-party-on-line')).toBe(true);
      expect(r.reason).toBe('third-party-on-line');
    }
  });
  it('a script the caller marks as written for a third party passes too, still only if it says nothing about the debt', () => {
    const more = [
      ...scripts,
      { id: 'divorced', discloses: false, scenarioId: 'divorced', text: '打扰了，麻烦您转告他回电。', forThirdParty: true },
      { id: 'divorced-leaky', discloses: false, scenarioId: 'divorced', text: '他的贷款逾期了，麻烦转告。', forThirdParty: true },
      { id: 'divorced-disclose', discloses: true, scenarioId: 'divorced', text: '您是共同借款人。', forThirdParty: true },
      { id: 'ntd-not-for-them', discloses: false, scenarioId: 'not-the-debtor', text: '麻烦转告他回电。', forThirdParty: false },
    ];
    const r = filterScriptsForDisclosure(more, { identityVerified: false, thirdPartyOnLine: true });
    expect(idsOf(r.shown)).toEqual(['callback', 'divorced']);
  });
  it('everything is shown to the verified debtor', () => {
    const r = filterScriptsForDisclosure(scripts, { identityVerified: true, thirdPartyOnLine: false });
    expect(r.shown).toHaveLength(scripts.length);
    expect(r.reason).toBeNull();
  });
  it('works on any object with discloses/scenarioId (text optional)', () => {
    const r = filterScriptsForDisclosure([{ discloses: false, scenarioId: 'not-the-debtor', n: 1 }], { identityVerified: false, thirdPartyOnLine: true });
    expect(r.shown[0]?.n).toBe(1);
  });
  it.each([
    ['麻烦您转告他回个电话', false],
    ['Please ask them to call us back.', false],
    ['他的信用卡逾期了', true],
    ['欠款5000元', true],
    ['He owes us money', true],
    ['his balance is overdue', true],
  ])('textDisclosesDebt(%s) = %s', (text, expected) => {
    expect(textDisclosesDebt(text)).toBe(expected);
  });
});

const block = (ruleId: Finding['ruleId']): Finding => ({
  ruleId,
  severity: 'block',
  message: { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' },
  source: { kind: 'bank-policy', citation: 'x' },
});
const warn: Finding = { ...block('limitation-period'), severity: 'warn' };

describe('canProceed / overrides', () => {
  it('no block: proceed without a record', () => {
    expect(canProceed([warn])).toEqual({ ok: true, override: null });
  });
  it('a block needs a written reason', () => {
    const r = canProceed([block('call-window'), warn]);
    expect(r).toMatchObject({ ok: false, blockedBy: ['call-window'], problem: 'reason-required' });
    expect(canProceed([block('call-window')], '   ')).toMatchObject({ ok: false, problem: 'reason-required' });
  });
  it.each([
    ['债务人要求回电', 'reason-too-short'], // 7 characters
    ['债务人要求今晚回电', 'reason-too-short'], // 9
    ['债务人要求今晚回电话', null], // 10
    ['！！！！！！！！！！！！', 'reason-not-meaningful'],
    ['1111111111111', 'reason-not-meaningful'],
    ['aaaaaaaaaaaa', 'reason-not-meaningful'],
    ['...??!!..,,;;', 'reason-not-meaningful'],
    ['Debtor asked us to call after 9pm', null],
  ])('reason %j → %s', (reason, problem) => {
    expect(validateOverrideReason(reason)).toBe(problem);
  });
  it('returns the record to log with the call (rule ids de-duplicated, reason trimmed)', () => {
    const r = canProceed([block('call-window'), block('call-window'), block('frequency-daily')], '  债务人主动来电要求今晚九点后回电  ', 1_770_000_000_000);
    expect(r).toEqual({
      ok: true,
      override: { ruleIds: ['call-window', 'frequency-daily'], reason: '债务人主动来电要求今晚九点后回电', at: 1_770_000_000_000 },
    });
  });
});
