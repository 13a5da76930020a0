// Promising waivers or discounts on one's own authority (seed 003 (9)); an application "subject to approval" is fine.
import { clauseBounds, rx, scan, sentenceBounds, type LintHit, type LintRule } from './match';

const LAWFUL =
  /申请|审批|批准|核准|审核|上级|主管|政策|符合|条件|评估|提交|以.{0,10}为准|不能保证|无法承诺|不保证|不承诺|结果|可能|有机会|视情况|需(要)?(向|经|提交|申请|审批|上级)|approv|apply|application|eligible|subject to|review|request|\bmay\b|\bmight\b|cannot promise|can't promise|no promise/;

// Two lawful uses of the words, each recognised only in its exact shape:
// the waiver names a document the debtor holds ("您手里有银行出具的减免或结清的书面文件，请发给我们")…
const HOLDS_DOCUMENT = rx('(您|你)~{0,4}(有|持有|收到过?|拿到过?)~{0,12}$');
const DOCUMENT = rx('^~{0,12}(书面|正式)?(文件|证明|凭证|通知书?|协议|材料)');
// …or a hypothetical the same sentence rejects ("如果随便打折，对按时还款的客户也不公平").
const ARBITRARY_IF = /(如果|要是|假如|若是?)(银行|我们|我行)?(随便|随意|轻易)(给人|给大家)?$/;
const REJECTED = /不公平|不合理|做不到|不可能/;

function promisesNothing(text: string, h: LintHit): boolean {
  const [cs, ce] = clauseBounds(text, h.start, h.end);
  const before = text.slice(cs, h.start);
  if (HOLDS_DOCUMENT.test(before) && DOCUMENT.test(text.slice(h.end, ce))) return true;
  const [, se] = sentenceBounds(text, h.start, h.end);
  return ARBITRARY_IF.test(before) && REJECTED.test(text.slice(h.end, se));
}

export const unauthorizedWaiverRule: LintRule = {
  id: 'unauthorized-waiver',
  title: { 'zh-CN': '擅自承诺减免', 'zh-TW': '擅自承諾減免', en: 'Unauthorised waiver' },
  severity: 'block',
  source: { kind: 'bank-policy', citation: '培训材料003 (9)「不得擅自减免利息或本金」; 行内减免审批制度' },
  message: {
    'zh-CN': '擅自承诺减免利息、费用或本金（须经审批）',
    'zh-TW': '擅自承諾減免利息、費用或本金（須經審批）',
    en: 'Promising to waive interest, fees or principal without approval',
  },
  suggestion: {
    'zh-CN': '不作承诺：“减免需要按政策提交申请审批，我可以帮您提交，结果以审批为准。”',
    'zh-TW': '不作承諾：「減免需要按政策提交申請審批，我可以幫您提交，結果以審批為準。」',
    en: 'Make no promise: "A reduction needs an application and approval; I can submit it for you, and the decision is the bank\'s."',
  },
  find(ctx) {
    const hits = scan(ctx, [
      // The agent's own say-so ("剩下的两万我做主全部给你免了"): no approval wording makes it lawful.
      { re: rx('(我|我们|我这边)(来|就|可以)?(做主|做个主|拍板|说了算|特批|破例)~{0,12}(免|减|不用还|不收|打折|抹)') },
      {
        re: rx(
          '利息全免|全免|免(掉|除|了|去)?(你|您)?(的)?(全部|所有)?(利息|罚息|违约金|滞纳金|手续费|本金|费用)|免息(?!期)|减免|打(个)?折|(只|仅)(需|要|用)?还本金(就)?(行|可以)?|只还一半|还一半就行|一笔勾销|既往不咎|不用(再)?还了|剩下的不用还|(利息|罚息)(都|全部|全)?(不用还|不要了|免了|给(你|您)免|可以免)|停息挂账|退(你|您)?(利息|罚息)',
        ),
        lawful: LAWFUL,
        lawfulScope: 'sentence',
      },
      {
        re: /\bwaive[sd]?\b|\bforgiv(e|en|eness)\b|\bwrite (it |this |the debt )?off\b|\bwritten off\b|\bsettle for (half|less|\d+ ?%)|\bonly pay the principal\b|\bdrop (all )?the (interest|fees)\b|\binterest[- ]free\b/,
        lawful: LAWFUL,
        lawfulScope: 'sentence',
      },
    ]);
    return hits.filter((h) => !promisesNothing(ctx.text, h));
  },
};
