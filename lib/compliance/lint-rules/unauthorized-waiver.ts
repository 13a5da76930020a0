// Promising waivers or discounts on one's own authority (seed 003 (9)); an application "subject to approval" is fine.
import { clauseBounds, rx, scan, sentenceBounds, type LintHit, type LintRule } from './match';

// Process words excuse a waiver only inside its own clause, and bare "符合"/"政策" excuse nothing
// ("我做主，利息全免，符合政策" is the agent's own promise with a compliance label stuck on).
const LAWFUL =
  /申请|审批|批准|批复|批下来|核准|审核|上级|主管|按政策|根据政策|政策规定|符合(申请)?条件|评估|提交|以.{0,10}为准|不能保证|无法承诺|不保证|不承诺|审批结果|可能|有机会|视情况|说法|流程|权限|有.{0,8}政策|需要(您|你)?提供|是否|能不能|能否|需(要)?(向|经|提交|申请|审批|上级)|approv|apply|application|eligible|subject to|review|request|\bmay\b|\bmight\b|cannot promise|can't promise|no promise/;

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
      // Own authority anywhere in the sentence with a waiver anywhere in it: nothing excuses it.
      {
        re: rx('(我|我们|我这边)(来|就|可以|直接)?(做主|做个主|拍板|说了算|特批|破例|权限够|个人给(你|您)保证)|我跟领导关系好'),
        requires: /免|减|不用还|不用交|不收|打折|折|抹|去掉|销掉|勾掉|算了|不要了|结清|少算|只还|一分都不用/,
        negation: false,
      },
      {
        re: rx(
          '利息全免|全免|免(掉|除|了|去)?(你|您)?(的)?(全部|所有)?(利息|罚息|违约金|滞纳金|手续费|本金|费用)|免息(?!期)|减免|打(个)?折|(只|仅)(需|要|用)?还本金(就)?(行|可以)?|只还一半|还一半就行|一笔勾销|既往不咎|不用(再)?还了|剩下的不用还|(利息|罚息)(都|全部|全)?(不用还|不要了|免了|给(你|您)免|可以免)|停息挂账|退(你|您)?(利息|罚息)|打(个)?[一二三四五六七八九几]?五?折|[一二三四五六七八九]五?折|少算|(抹|去)(了|掉)?(零头|利息|罚息)|(利息|罚息|违约金|滞纳金|零头|零碎的)~{0,8}(抹|去掉|销掉|勾掉|免除|免了|不要了|不用(交|还|付))|剩下的(钱|那点钱)?~{0,4}(就)?(算了|不用还|不要了)|还一半~{0,4}(就|销账|结清)|~{0,2}万的账~{0,8}了结',
        ),
        lawful: LAWFUL,
        lawfulScope: 'clause',
      },
      {
        re: /\bwaive[sd]?\b|\bforgiv(e|en|eness)\b|\bwrite (it |this |the debt )?off\b|\bwritten off\b|\bsettle for (half|less|\d+ ?%)|\bonly pay the principal\b|\bdrop (all )?the (interest|fees)\b|\binterest[- ]free\b|\bknock off\b|\btake care of (the )?interest\b/,
        lawful: LAWFUL,
        lawfulScope: 'sentence',
      },
    ]);
    return hits.filter((h) => !promisesNothing(ctx.text, h));
  },
};
