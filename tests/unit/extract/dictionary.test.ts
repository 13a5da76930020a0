import { describe, expect, it } from 'vitest';
import { LabelDictionary, defaultDictionary } from '@/lib/extract/dictionary';
import { FIELD_RULES } from '@/lib/extract/fields';
import { FIELD_NAMES } from '@/lib/extract/types';

const dict = defaultDictionary();
const field = (label: string) => dict.match(label)?.field ?? null;

describe('synonym dictionary', () => {
  it('prefilter: turns away values and prose, keeps labels wherever they sit in the text', () => {
    for (const v of ['2026-08-03 10:15', '6225 **** **** 8812', '¥12,680.50', '138****5521', '47', 'CS100234']) expect(dict.mightContainLabel(v)).toBe(false);
    // A label at an even index, behind digits, or spaced out ("姓 名"), with or without its value.
    for (const l of ['姓名', '1姓名', '12姓名', '1、客户姓名：张三', '姓 名', '姓  名：', '客 户 姓 名', 'x逾期金额', '9 Days Past Due']) expect(dict.mightContainLabel(l)).toBe(true);
  });
  it('prefilter: a separator at an odd index counts only beside a label character; verdicts repeat', () => {
    for (const v of ['2026-08-01 10:00', '130****1000', '10:00:31', '1-2-3-4']) expect(dict.mightContainLabel(v)).toBe(false);
    for (const l of ['A/C No', 'TEL HOME . . :', '逾 期 天 数', 'x:姓名']) expect(dict.mightContainLabel(l)).toBe(true);
    // Judged once, the same text gets the same verdict (a page repeats its column titles).
    for (const t of ['通话时间', '拨打电话', '承诺还款', '第 12 次联系']) expect(dict.mightContainLabel(t)).toBe(dict.mightContainLabel(t));
    expect(dict.mightContainLabel('拨打电话')).toBe(true);
  });
  it('prefilter: two texts that share a slot of the verdict table (same length and ends) keep their own verdicts', () => {
    // Both pass the first check (a label character at an odd index); only one holds a label.
    const fresh = new LabelDictionary();
    for (let i = 0; i < 3; i++) {
      expect(fresh.mightContainLabel('逾期金额')).toBe(true);
      expect(fresh.mightContainLabel('逾12额')).toBe(false);
    }
  });
  it('prefilter: a digit some label holds ("PH1") makes no number look like a label; every field synonym still passes', () => {
    for (const v of ['1001', '1110', '2011-11-11 11:11', '131****1001', '１２１１']) expect(dict.mightContainLabel(v)).toBe(false);
    for (const l of ['PH1', 'ph1: 555-0100', 'Phone 1']) expect(dict.mightContainLabel(l)).toBe(true);
    const synonyms = FIELD_RULES.flatMap((r) => [...r.synonyms, ...(r.weaker ?? []), ...(r.secondChoice ?? [])]);
    expect(synonyms.filter((s) => s.replace(/\s/g, '').length >= 2 && !dict.mightContainLabel(s))).toEqual([]);
  });
  it('prefilter: a text longer than a line of labels is prose', () => {
    expect(dict.mightContainLabel(`客户姓名：张三${'备'.repeat(400)}`)).toBe(false);
    expect(dict.mightContainLabel(`客户姓名：张三${'备'.repeat(300)}`)).toBe(true);
  });
  it('has a rule for every context field', () => {
    expect(FIELD_RULES.map((r) => r.field).sort()).toEqual([...FIELD_NAMES].sort());
  });
  it.each([
    ['姓名', 'name'], ['客户姓名', 'name'], ['借款人', 'name'], ['持卡人', 'name'], ['客戶姓名', 'name'],
    ['Customer Name', 'name'], ['Borrower', 'name'],
    ['逾期金额', 'amountOverdue'], ['逾期本息合计', 'amountOverdue'], ['欠款金额', 'amountOverdue'],
    ['逾期金額', 'amountOverdue'], ['Past Due Amount', 'amountOverdue'], ['Amount Overdue', 'amountOverdue'],
    ['当前逾期金额（元）', 'amountOverdue'],
    ['逾期天数', 'daysPastDue'], ['逾期日數', 'daysPastDue'], ['DPD', 'daysPastDue'], ['Days Past Due', 'daysPastDue'],
    ['Days Delinquent', 'daysPastDue'],
    ['卡号', 'accountId'], ['帳號', 'accountId'], ['Account No.', 'accountId'],
    ['手机号码', 'phone'], ['行動電話', 'phone'], ['Mobile', 'phone'],
    ['最低还款额', 'minimumPayment'], ['最低應繳金額', 'minimumPayment'], ['Minimum Payment Due', 'minimumPayment'],
    ['信用额度', 'creditLimit'], ['授信额度', 'creditLimit'], ['Credit Limit', 'creditLimit'],
    ['本金余额', 'principal'], ['上次还款日期', 'lastPaymentDate'], ['上次还款金额', 'lastPaymentAmount'],
    ['案件编号', 'caseId'], ['Case #', 'caseId'], ['担保人', 'guarantor'], ['所在地区', 'region'], ['币种', 'currency'],
  ])('%s → %s', (label, f) => expect(field(label)).toBe(f));

  it.each([
    '信用额度', '授信额度', '最低还款额', '账单金额', '合同金额', '本金', 'Credit Limit', 'Minimum Payment',
    'Statement Balance', 'Principal', 'Contract Amount', '本期應繳總額', '逾期本金', '已还金额',
  ])('never takes %s for the overdue amount', (label) => expect(field(label)).not.toBe('amountOverdue'));

  it.each([
    ['客户态度', null], ['客户类型', null], ['客户等级', null], ['借款人身份证号', null], ['Customer Type', null],
    ['客户编号', null], ['手机归属地', 'region'],
    ['本行客户', 'name'], ['逾期本息金额', 'amountOverdue'], ['逾期金额合计', 'amountOverdue'], ['欠款总额', 'amountOverdue'],
    ['Past Due Total', 'amountOverdue'], ['借款人手机', 'phone'], ['持卡人电话', 'phone'], ['卡号后四位', 'accountId'],
  ])('a tail that is its own head noun changes what %s names (→ %s)', (label, f) => expect(field(label)).toBe(f));

  it.each(['催收员姓名', '紧急联系人', '联系人电话', '单位电话', '客服电话', '查看客户', '客户信息', 'Agent Name', 'User Name'])(
    '%s is no debtor name or phone',
    (label) => {
      expect(field(label)).not.toBe('name');
      expect(field(label)).not.toBe('phone');
    },
  );

  it('prefers whole-label matches', () => {
    expect(dict.match('逾期金额')!.score).toBeGreaterThan(dict.match('本月逾期金额')!.score);
  });

  it('lets adapter labels outrank built-in synonyms', () => {
    const d = new LabelDictionary(undefined, undefined, [['应收未收', 'amountOverdue']]);
    expect(d.match('应收未收')).toMatchObject({ field: 'amountOverdue' });
    expect(d.match('应收未收')!.score).toBeGreaterThan(1);
  });
});
