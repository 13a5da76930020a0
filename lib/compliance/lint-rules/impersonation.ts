// Posing as police, a court, a prosecutor, a lawyer or the government.
import { rx, scan, type LintRule } from './match';

const AUTHORITY = '(法院|公安|警察|派出所|检察院|律师|律所|法官|执行局|执行庭|经侦|刑警|民警|警官|政府|司法局|仲裁委|仲裁|司法调解|银保监|监管局|失信办|清欠|片警|刑侦|书记员|执行法官|检察)';

export const impersonationRule: LintRule = {
  id: 'impersonation',
  title: { 'zh-CN': '冒充公检法或律师', 'zh-TW': '冒充公檢法或律師', en: 'Impersonation' },
  severity: 'block',
  source: { kind: 'regulation', citation: '《刑法》第二百七十九条（招摇撞骗）; 银保监规〔2022〕13号' },
  message: {
    'zh-CN': '冒充或暗示自己是公安、法院、检察院或律师',
    'zh-TW': '冒充或暗示自己是公安、法院、檢察院或律師',
    en: 'Posing as, or implying to be, police, a court, a prosecutor or a lawyer',
  },
  suggestion: {
    'zh-CN': '如实表明身份：“您好，我是××银行信用卡中心的工作人员，工号××。”',
    'zh-TW': '如實表明身分：「您好，我是××銀行信用卡中心的工作人員，工號××。」',
    en: 'Say who you are: "Hello, I\'m calling from the card centre of ×× Bank, staff number ××."',
  },
  find(ctx) {
    return scan(ctx, [
      { re: rx(`(我|我们|这里|这边|我这边|本人|咱们)(就)?是~{0,8}?${AUTHORITY}`) },
      { re: rx(`(我|我们)(代表|受)~{0,2}(法院|公安|检察院|派出所|警方)`) },
      { re: rx('(法院|公安局?|派出所|检察院|警方|警察)(让|叫|委托|授权|派|委派|派来)(我|我们)|(法院|公安|检察院)(委派|派来|派过来)') },
      {
        re: /\b(this is|i am|i'm|we are|we're)\s+(calling\s+)?(from\s+|with\s+)?(the\s+|a\s+|an\s+)?(police|sheriff|court|district attorney|attorney|lawyer|officer|detective|law firm|fbi|government)\b|\bcalling from the (district |county |federal |high )?court\b/,
      },
    ]);
  },
};
