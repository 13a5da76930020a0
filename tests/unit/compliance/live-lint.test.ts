// Lint of words said live on a call: with a third party on the line, naming the debt at all is a
// disclosure (LintOptions.thirdPartyOnLine); asking for a call back is not.
import { describe, expect, it } from 'vitest';
import { lintText } from '@/lib/compliance';

const rules = (text: string, thirdPartyOnLine: boolean) => lintText(text, { model: null, thirdPartyOnLine }).map((f) => `${f.ruleId}:${f.severity}`);

describe('thirdPartyOnLine', () => {
  it('makes naming the debt a blocking disclosure, in Chinese and English', () => {
    expect(rules('这笔欠款比较急，麻烦您让他尽快回个电话', true)).toEqual(['third-party-disclosure:block']);
    expect(rules('他的信用卡已經逾期三個月了', true)).toContain('third-party-disclosure:block');
    expect(rules('Please tell him his payment is overdue', true)).toContain('third-party-disclosure:block');
  });
  it('leaves a lawful message for a third party alone', () => {
    expect(rules('麻烦您转告他给我们回个电话，谢谢', true)).toEqual([]);
    expect(rules('Could you ask him to call us back? Thank you.', true)).toEqual([]);
  });
  it('changes nothing when the debtor is on the line', () => {
    expect(rules('这笔欠款比较急，您看什么时候能处理', false)).toEqual([]);
  });
});
