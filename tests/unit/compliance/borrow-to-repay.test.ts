// The borrow-to-repay lint: steering the debtor into new debt (online loans, lending apps, another
// card, cash-out, borrowing from people) warns; an instruction to do it blocks; warning against it,
// asking about it, or a note about what the debtor does is lawful.
import { describe, expect, it } from 'vitest';
import { lintText, type Severity } from '@/lib/compliance';

const rule = (text: string) => lintText(text, { model: null }).filter((f) => f.ruleId === 'borrow-to-repay');
const worst = (text: string): Severity | undefined => {
  const f = rule(text);
  return f.some((x) => x.severity === 'block') ? 'block' : f.length ? 'warn' : undefined;
};

const BLOCK = [
  '去网贷借点先还上',
  '你赶紧去借呗借出来还了',
  '马上去微粒贷借一笔把这个月的还上',
  '你直接刷卡套现还进来',
  '现在就去找朋友借点钱先还上',
  '今天就去别的银行贷一笔把窟窿填上',
  '去網貸借點先還上',
];
const WARN = [
  '您可以在借呗借点先还上',
  '要不用微粒贷周转一下，先把最低还款还了',
  '下个贷款app借一点应急，还了再说',
  '你可以找亲戚朋友借点钱先还上',
  '跟同事借一下先把这期还了',
  '不如先以卡养卡，撑过这几个月',
  '用别的信用卡取现还这边的',
  '可以刷信用卡套现还款',
  'You could take out a payday loan to pay this off.',
  'Maybe borrow some money from friends to cover it.',
  'Just use another credit card to pay this one.',
  '先借出来还上我们这边',
  '花呗白条都可以用，先凑出来还进来',
  '找你表哥周转一下，先把这期补上',
  'Grab a quick loan from an app and pay us today.',
];
const LAWFUL = [
  '我们不建议您借新还旧',
  '千万别去借网贷来还',
  '不要以卡养卡，利息只会越滚越大',
  '借网贷来还风险很大，我们一起按收入商量个方案',
  '您是不是借了网贷来还我们这边？',
  '客户目前以卡养卡，共欠五家机构',
  '客户说他准备去借呗借钱还款',
  '请通过我行APP还款',
  '您可以申请个性化分期，结果以审批为准',
  '家里人愿意帮您还的话，需要您本人同意',
  '不建议您用其他信用卡套现来还款',
  "Please don't take out a new loan to pay this.",
  'Have you borrowed from an app to pay us before?',
  '您可以通过手机银行转账还款',
  '贷款和信用卡分开算，这期先还最低还款额',
  '借钱不还是不对的，我们一起想办法',
  '耽误您一点时间，还想跟您确认一下地址',
  '借款人需按合同约定按时还款',
];

describe('borrow-to-repay lint', () => {
  it.each(BLOCK)('blocks the instruction %s', (text) => expect(worst(text)).toBe('block'));
  it.each(WARN)('warns on the suggestion %s', (text) => expect(worst(text)).toBe('warn'));
  it.each(LAWFUL)('leaves %s alone', (text) => expect(rule(text)).toEqual([]));
  it('names its source and a lawful phrasing in three languages', () => {
    const f = rule('您可以在借呗借点先还上')[0]!;
    expect(f.source.citation).toMatch(/银保监规/);
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) expect(f.suggestion?.[lang].length).toBeGreaterThan(10);
  });
});
