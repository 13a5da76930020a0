// Steering the debtor into new debt to pay this one: online loans (网贷, 借呗, 微粒贷…), loan apps,
// another card (以卡养卡), card cash-out (套现), borrowing from people. A suggestion warns; an
// instruction ("去网贷借点先还上") blocks. Warning against it ("千万别去借网贷来还") is lawful.
import { rx, scan, type LintRule, type PatternSpec } from './match';

// Where new money would come from. Simplified, lower-case: the matcher folds Traditional and width.
const LENDER =
  '(网贷|网络贷款|网上贷款|小贷|小额贷(款)?|贷款(app|平台|公司)|借(款|贷|钱)(app|平台|软件)|app|平台|借呗|微粒贷|花呗|白条|金条|美团借钱|360借条|借条|分期乐|信用贷|消费贷|现金贷|高利贷|别的银行|其他银行|别家银行|其他平台|别的平台|别的信用卡|其他信用卡|另一张(信用)?卡|别的卡|其他的卡)';
const BORROW = '(借|贷|套现|套出来|取现|提现|刷出来|周转|拆借|倒(一下|腾))';
const REPAY = '(?<![不没别])(还|填|补上|垫上|把~{0,4}(窟窿|坑)填)';
// People the debtor could borrow from.
const PEOPLE = '(你|您)?的?(表|堂)?(亲戚|亲友|朋友|同事|同学|家里人|家人|父母|爸妈|兄弟姐妹|身边的人|别人|熟人|老乡|兄弟|姐妹|哥|姐|弟|妹)';
// Telling, not suggesting: go and do it, now.
const IMPERATIVE = '(去|赶紧|赶快|马上|立刻|立即|现在就|今天就|直接|你就|您就|先去)';

// A risk warning, a question about what already happened, or a note about what the debtor does
// ("客户以卡养卡，共欠五家") is not advice to borrow.
const LAWFUL_CONTEXT =
  /^\s*(客户|债务人|借款人|持卡人|本人|对方|他|她)|风险|危害|陷阱|越滚越大|利滚利|雪上加霜|雪球|恶性循环|得不偿失|不划算|不值得|只会|反而|负担更重|压力更大|利息更高|成本更高|更贵|停止|不再|避免|摆脱|跳出|是不是|有没有|是否|了解到|之前|以前|已经借|借了|\b(don't|avoid|risk|did you|have you)\b/;

const SUGGESTION = {
  'zh-CN': '不建议借新还旧：“不建议您借网贷或刷别的卡来还，那样利息更高。我们按您的实际收入商量一个还得起的方案，比如申请分期。”',
  'zh-TW': '不建議借新還舊：「不建議您借網貸或刷別的卡來還，那樣利息更高。我們按您的實際收入商量一個還得起的方案，比如申請分期。」',
  en: 'Don\'t steer them into new debt: "Please don\'t borrow from an app or use another card to pay this — it costs more. Let\'s find an amount your income can cover, or apply for an instalment plan."',
} as const;

const SPECS: PatternSpec[] = [
  // Instructions: "去网贷借点先还上", "赶紧去借呗借出来还", "直接刷卡套现还进来", "你去找朋友借点先还上".
  {
    re: rx(`${IMPERATIVE}~{0,4}(${LENDER}|找${PEOPLE}|跟${PEOPLE}|向${PEOPLE}|${PEOPLE}那)?~{0,6}${BORROW}~{0,12}${REPAY}`),
    severity: 'block',
    requires: rx(`${LENDER}|${PEOPLE}|借|套现|刷`),
    lawful: LAWFUL_CONTEXT,
    lawfulScope: 'sentence',
  },
  // Suggestions naming a lender or another card: "可以在借呗借点先还上", "用网贷周转一下".
  { re: rx(`(在|从|用|上|找|通过|开通|申请|下载|下个|借个)?${LENDER}~{0,8}${BORROW}~{0,12}${REPAY}?`), lawful: LAWFUL_CONTEXT, lawfulScope: 'sentence', requires: rx(`${REPAY}|周转|应急|先顶|顶上`) },
  // Borrowing from people to repay: "找朋友借点钱先还上", "跟亲戚借一下还款".
  { re: rx(`(找|跟|向|问|和|让)${PEOPLE}~{0,6}(借|拆借|周转|凑)`), requires: rx(`${REPAY}|应急|先顶|顶上`), lawful: LAWFUL_CONTEXT, lawfulScope: 'sentence' },
  // Borrowing in general, the lender named elsewhere or not at all: "先借出来还上", "借一笔还我们", "刷出来还这张".
  { re: rx(`借(出来|一笔|一点|点|些|钱)~{0,10}${REPAY}|(刷|套|取)出来~{0,6}${REPAY}`), lawful: LAWFUL_CONTEXT, lawfulScope: 'sentence' },
  // A lender offered as the way: "花呗白条都可以用，先凑出来还进来".
  { re: rx(`${LENDER}~{0,6}(都|也)?(可以|能)(用|借|开|申请)`), requires: rx(REPAY), lawful: LAWFUL_CONTEXT, lawfulScope: 'sentence' },
  // The schemes by name, as advice: "不如先以卡养卡", "可以拆东墙补西墙"; card cash-out to pay.
  {
    re: rx('(可以|建议|不如|试试|试一下|要不|干脆|考虑|办法是|方法是|就|先)~{0,6}(以卡养卡|借新还旧|以贷养贷|以贷还贷|拆东墙补西墙|套现)|(以卡养卡|借新还旧|以贷养贷|以贷还贷|拆东墙补西墙)~{0,4}(也行|也可以|就行|可以|撑)'),
    lawful: LAWFUL_CONTEXT,
    lawfulScope: 'sentence',
  },
  { re: rx(`(刷|用|拿)~{0,6}(信用卡|卡|pos机?)~{0,4}(套现|取现|刷出来|套出来)~{0,10}${REPAY}`), lawful: LAWFUL_CONTEXT, lawfulScope: 'sentence' },
  // "Take a loan / get a cash advance / borrow from friends to pay this".
  {
    re: /\b(take out|get|grab|apply for|borrow)\b[^.,;!?]{0,30}\b(loan|payday loan|cash advance|credit line|money)\b[^.;!?]{0,40}\b(pay|repay|cover|clear|settle)\b|\b(use|max out) (another|a different|your other) (credit )?card to (pay|repay|cover)\b|\bborrow\b[^.,;!?]{0,20}\bfrom (your )?(friends?|family|relatives|brother|sister|parents|mom|dad|someone|an app|a lending app)\b/,
    lawful: LAWFUL_CONTEXT,
    lawfulScope: 'sentence',
  },
];

export const borrowToRepayRule: LintRule = {
  id: 'borrow-to-repay',
  title: { 'zh-CN': '诱导借新还旧', 'zh-TW': '誘導借新還舊', en: 'Steering into new debt' },
  severity: 'warn',
  source: {
    kind: 'regulation',
    citation: '银保监规〔2022〕13号（信用卡资金不得用于偿还贷款等非消费领域）; 《商业银行信用卡业务监督管理办法》（禁止信用卡套现）; 行业催收规范：不得诱导债务人借新还旧、以贷养贷',
  },
  message: {
    'zh-CN': '引导债务人借网贷、借呗/微粒贷、其他信用卡、套现或向他人借钱来还款（借新还旧）',
    'zh-TW': '引導債務人借網貸、借唄／微粒貸、其他信用卡、套現或向他人借錢來還款（借新還舊）',
    en: 'Steering the debtor to borrow (online loans, lending apps, another card, cash-out, friends) to pay this debt',
  },
  suggestion: SUGGESTION,
  find(ctx) {
    return scan(ctx, SPECS);
  },
};
