// Demanding more than is owed (seed 003 (10)): extra fees, payment to a private account, amounts above the debt.
import { findAmounts } from '../amounts';
import { clauseBounds, isNegated, isReportedSpeech, rx, scan, sentenceBounds, type LintHit, type LintRule } from './match';

const FEES =
  '(手续费|催收费|上门费|外访费|服务费|处理费|茶水费|辛苦费|好处费|罚款|保证金|解冻费|解封费|工本费|销账费|消除记录费|洗白费|征信修复费|修复费|额外费用|疏通费|差旅费|加急费|结案费|佣金|油费|路费|辛苦钱|话费|处理费)';
// Fees with no lawful use in collection: named at all, they are a demand.
const INVENTED_FEE = '(上门催收费|催收服务费|外访费|上门费|催收佣金|结案费|加急费|解冻费|疏通费|差旅费|催收成本)';

const DEMAND_VERB = /还|交|付|转|打款|缴|支付|结清|还清|补足|凑齐|\bpay\b|\btransfer\b|\bsend\b|\bwire\b/;
// A warning against scams that ask for private transfers is the lawful opposite of the demand.
const SCAM_WARNING = /警惕|谨防|小心|冒充|骗子|诈骗|beware|scam|fraud|never ask/;
const NOT_A_DEMAND = /额度|本金|授信|已还|还了|已经还|共借|借款金额|limit|principal|already paid/;

export const demandAboveOwedRule: LintRule = {
  id: 'demand-above-owed',
  title: { 'zh-CN': '超额索要', 'zh-TW': '超額索要', en: 'Demand above the amount owed' },
  severity: 'block',
  source: { kind: 'bank-policy', citation: '培训材料003 (10)「不得索要超过欠款的金额」; 行内还款渠道管理规定' },
  message: {
    'zh-CN': '索要超过欠款的金额、额外费用，或要求转账到个人账户',
    'zh-TW': '索要超過欠款的金額、額外費用，或要求轉帳到個人帳戶',
    en: 'Demanding more than is owed, extra fees, or payment to a personal account',
  },
  suggestion: {
    'zh-CN': '只收取欠款：“请通过官方渠道向您的还款账户还款，金额以账单为准，我行不会要求向个人账户转账。”',
    'zh-TW': '只收取欠款：「請透過官方管道向您的還款帳戶還款，金額以帳單為準，我行不會要求向個人帳戶轉帳。」',
    en: 'Collect only what is owed: "Please pay through the official channels; the amount is on your statement, and we never ask for payment to a personal account."',
  },
  find(ctx) {
    const hits: LintHit[] = scan(ctx, [
      {
        re: rx(
          '(转|打|汇|存|付|还|交)(款|钱|账)?(到|给|进|入)(我|我的|我个人|个人|私人|我私人|我同事|同事|我们经理|指定的?个人)(的)?(账户|帐户|账号|卡|银行卡|微信|支付宝|名下|手机)|(?<!你的|您的|你|您)(私人|个人)(账户|帐户|账号|微信|支付宝|银行卡)',
        ),
        lawful: SCAM_WARNING,
        lawfulScope: 'sentence',
      },
      {
        re: rx(`(交|付|缴|收|收取|加收|另收|另付|另交|额外(支付|收取|交|付)?|多(交|付|还)|再(交|付))(一笔|一些|点|个)?~{0,4}?${FEES}|征信修复|洗白征信|消除逾期记录|删除不良记录`),
        lawful: /合同约定|按合同|根据合同|不收取|无需|不需要|不会收取|免费|公示|费率|分期手续费|no (extra )?fees?|not charge|no charge/,
        lawfulScope: 'sentence',
      },
      { re: rx(INVENTED_FEE), lawful: /不收|无需|不需要|不会收取|免费|没有|不存在/, lawfulScope: 'clause' },
      { re: rx(`${FEES}~{0,8}(要|得|也得|都得|另|算(你|您)|(你|您)(来)?(出|付|承担))|(欠款|本金|账单)(之外|以外)(再|还|另)?(加|收|付|交|多)|收款码|私人(的)?(卡号|账户|帐户)|不在账单(上|里)|(逾期|不良)记录~{0,2}(消|删|洗)(掉|除)|(消|删|洗)(掉|除)(你的)?(逾期|不良)记录`), lawful: SCAM_WARNING, lawfulScope: 'sentence' },
      {
        re: /\bhome visit fee\b|\bextra (collection )?charge\b|\bcollection charge\b/,
      },
      {
        re: /\b(pay|send|transfer|wire)\b[^.!?]{0,30}\b(to )?(my|me|my personal)\b[^.!?]{0,15}\b(account|card|venmo|paypal|zelle|cash app)\b|\b(processing|handling|collection|service) fee\b|\bpersonal account\b/,
        lawful: SCAM_WARNING,
        lawfulScope: 'sentence',
      },
    ]);

    const owed = ctx.options.amountOverdue;
    if (typeof owed === 'number' && Number.isFinite(owed) && owed >= 0) {
      const { text } = ctx;
      for (const a of findAmounts(text)) {
        if (a.value <= owed + 0.005) continue;
        const [cs, ce] = clauseBounds(text, a.start, a.end);
        const clause = text.slice(cs, ce);
        if (!DEMAND_VERB.test(clause) || NOT_A_DEMAND.test(clause)) continue;
        if (isNegated(text, cs, a.start)) continue;
        const [ss] = sentenceBounds(text, a.start, a.end);
        if (isReportedSpeech(text, ss, a.start)) continue;
        hits.push({ start: a.start, end: a.end });
      }
    }
    return hits;
  },
};
