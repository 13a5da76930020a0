// Generic linguistic cues that n-gram similarity misses: a real commitment (concrete time + pay
// verb, no hedge or condition) and a plain question about the amount are not objections.
// Knows no scenario id: it only tells the classifier when to answer `none`.

const TIME =
  /(今天|今日|今晚|今儿|明天|明早|明晚|明儿|后天|大后天|上午|下午|中午|晚上|早上|马上|立刻|立即|现在就|这就|等会儿?|一会儿?|待会儿?|今天之内|下班后|[0-9一二两三四五六七八九十]+\s*(号|日)|([0-9]+|[两三四五六七八九十]|十[一二])\s*点|(周|星期|礼拜)[一二三四五六日天]|today|tonight|tomorrow|this (morning|afternoon|evening)|right now|right away|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]+))/;
const PAY =
  /(就|会|去|先|马上|立刻|一定|肯定|可以|能|都|全部)还|还(款|钱|清|上|给|掉|你们?|进去|[0-9#一二两三四五六七八九十百千万])|还\s*$|转(账|过去|给|到|你|[0-9#一二两三四五六七八九十百千万])|打(款|钱|过去|给你|到)|付(款|钱|清)|存(钱|进去|进)|交(钱|上|清)|\b(pay|transfer|send|deposit)\b/;
const NEGATED_PAY = /还不(了|上|起|出)|没法还|没办法还|不能还|不会还|不还|不想还|还没|暂时还不|pay.*\b(not|cant|cannot|wont)\b|\b(cant|cannot|wont|not|never)\b.*pay/;
const HEDGE = /尽量|尽力|争取|看看|试试|想办法|可能|也许|大概|应该吧|再说|考虑|估计|说不定|看情况|尽快|\b(try|maybe|perhaps|probably|see|might|hopefully)\b/;
const CONDITION = /收回|拿到|到手|下来|结了|如果|要是|除非|只要|前提|条件|等我|等到|等他|等钱|到时候|发工资|工资|薪水|发薪|发饷|出粮|关饷|到账|回款|结款|但是|不过|可是|减免|免息|打折|利息|\b(if|unless|when|after|once|but|paycheck|payday|salary)\b/;

// A payment already made, or a promise renewed after a broken one, is not a fresh commitment.
const PAST = /已经|早就|刚才|刚刚|昨天|前天|上(个)?(礼拜|星期|周|月)|之前就|\b(already|yesterday|last (week|month))\b/;
const PRIOR = /上次|上回|上一次|之前(说|答应|承诺|讲)|这次|这回|\b(last time|this time)\b/;

const AMOUNT_Q = /多少|几多|几块|金额|数目|明细|怎么算|怎么来的|哪来的|是多少|\bhow much\b|\bwhat.*(amount|balance)\b|\bbalance\b|\bminimum\b/;
const AMOUNT_ASKED = /(罚息|利息|费用|滞纳金|违约金|手续费|年费|金额|账单)(到底)?(是)?(怎么|咋|如何)(算|来的|计算|收)/;
const QUESTION_END = /[?？]|[吗呢么嘛啊呀]\s*$|多少\s*$|\bhow much\b|\bwhat\b/;
// Words that carry a situation of their own: with them, a line is not mere call talk. Besides the
// classic objections: no money (as dialect normalizes it), a relative paying for the debtor, doubting the caller.
const OBJECTION_WORDS =
  /打折|折扣|减免|免|少还|优惠|只还本金|凭什么|为什么|没借|不还|不是我|没钱|没有钱|投诉|报警|乱扣|离婚|去世|过世|主管|领导|经理|打错|不认识|(帮|替|给)(他|她)(还|垫|付|出)|代(他|她)还|骗子|诈骗|核实|客服电话|官方电话/;

// Talk about the call itself rather than the debt: acknowledgements, who-is-calling, how-to-pay
// questions. These are never objections unless something else in the line is strong. "Call me later",
// "I already paid" and "how do I know you are the bank" are NOT call talk: they are scenarios
// (call-back-later, already-paid, scam-suspicion) and must reach the classifier.
const ACK_ONLY = /^(?:(?:好|的|行|嗯|恩|哦|噢|啊|呀|吧|是|对|可以|没问题|知道了?|明白了?|收到|谢谢|再见|拜拜|喂|你好|您好|请讲|你说|我在|我听着|听着呢|呢|了|ok|okay|yes|yeah|sure|thanks|thank you|bye|speaking|hello|hi|我就是|是我|本人)\s*)+$/;
const CALLER_Q = /(你们?是(谁|哪|什么)|哪位|哪个(部门|单位|银行)|哪间|什么(机构|单位|公司|部门)|工号|who is|which bank|who are you)/;
const LOGISTICS =
  /(稍等|等一下|换个地方|信号不好|听不清|没听清|(怎么|在哪|哪里|用什么|可以用|能用|能不能用)(还|付|转|缴|交)|还款(账号|账户|方式|日|渠道)|账单日|结清证明|bank transfer|account number|way to pay|how (can|do|should) i pay|pay (by|via|through|with) (card|app|wechat|alipay|transfer|bank))/;
// Words that make a caller question or a logistics remark an objection after all.
const SUSPICION = /骗子|诈骗|骗人|骗局|怎么证明|证明你|凭什么信|假的|scam|fraud|fake/;
const Q_END = /[?？]\s*$|[吗呢么嘛]\s*$/;

// Words of despair, self-harm or a medical emergency on the line. A missed crisis costs far more than
// a false alarm (the agent dismisses the safety card), so these are matched as words, not learned.
const SELF_HARM = new RegExp(
  [
    '不想(再)?活|活不(下去|成了)|不活了|活够了|(活着|活得|人生|日子)(也|都|还|真|实在)?(没|有什么)(有)?(什么)?(意思|意义|盼头|希望|奔头)|(活着|活得|人生|日子).{0,4}(意思|意义|盼头|希望)都没有?',
    '活着干(嘛|什么)|活着就是.{0,6}(麻烦|拖累|累赘)|没脸(再)?活|(我)?(真)?想死|寻死|自杀|轻生|不如死了',
    '跳楼|跳河|跳江|跳下去|喝农药|吃安眠药|割腕|上吊|一了百了|(死了|死一死)(算了|干净)|一死了之|死了之',
    '结束(自己的?)?生命|了结(自己|我自己)',
    '喘不(上|过)气|晕倒了|昏过去了|快不行了|叫救护车',
    '\\bkill(ing)? myself\\b|\\bend (it all|my life)\\b|\\bsuicid|\\bwant to die\\b|\\bdont want to (live|be alive)\\b|\\bno reason to live\\b',
  ].join('|'),
);
const SELF_HARM_NEGATED = /(不会|不要|别|不能|没有?)(去)?(想不开|自杀|轻生|寻死|想死)/;

export interface Cues {
  /** Concrete time + a pay verb, not hedged, not conditional, not negated, not past, not a renewed promise. */
  commitment: boolean;
  /** A question about how much is owed / how it is computed, with no objection words. */
  amountQuestion: boolean;
  /** Acknowledgement, who-is-calling question or how-to-pay logistics, with no objection or suspicion words. */
  callTalk: boolean;
  /** Nothing but acknowledgements / fillers ("好的", "嗯嗯", "你说"). */
  ackOnly: boolean;
  /** Despair, self-harm or a medical emergency: the safety protocol comes first, whatever else was said. */
  selfHarm: boolean;
}

/** `raw` is the original text (punctuation matters for questions), `norm` its normalized form. */
export function detectCues(raw: string, norm: string): Cues {
  const lower = raw.toLowerCase();
  const commitment =
    TIME.test(norm) && PAY.test(norm) && !NEGATED_PAY.test(norm) && !HEDGE.test(norm) && !CONDITION.test(norm) && !PAST.test(norm) && !PRIOR.test(norm);
  // Speech as a recognizer writes it has no question mark: an interrogative about the amount is enough.
  const amountQuestion = AMOUNT_Q.test(norm) && (QUESTION_END.test(lower.trim()) || AMOUNT_ASKED.test(norm)) && !OBJECTION_WORDS.test(norm);
  const ack = ACK_ONLY.test(norm);
  const callTalk = ack || ((LOGISTICS.test(norm) || CALLER_Q.test(norm)) && !OBJECTION_WORDS.test(norm) && !SUSPICION.test(norm));
  const selfHarm = SELF_HARM.test(norm) && !SELF_HARM_NEGATED.test(norm);
  return { commitment, amountQuestion, callTalk, ackOnly: ack, selfHarm };
}
