// Generic linguistic cues that n-gram similarity misses: a real commitment (concrete time + pay
// verb, no hedge or condition) and a plain question about the amount are not objections.
// Knows no scenario id: it only tells the classifier when to answer `none`.

const TIME =
  /(今天|今日|今晚|今儿|明天|明早|明晚|明儿|后天|大后天|上午|下午|中午|晚上|早上|马上|立刻|立即|现在就|这就|等会儿?|一会儿?|待会儿?|今天之内|下班后|[0-9一二两三四五六七八九十]+\s*(号|日)|([0-9]+|[两三四五六七八九十]|十[一二])\s*点|(周|星期|礼拜)[一二三四五六日天]|today|tonight|tomorrow|this (morning|afternoon|evening)|right now|right away|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]+))/;
const PAY =
  /(就|会|去|先|马上|立刻|一定|肯定|可以|能|都|全部)还|还(款|钱|清|上|给|掉|你们?|进去|[0-9#一二两三四五六七八九十百千万])|还\s*$|转(账|过去|给|到|你|[0-9#一二两三四五六七八九十百千万])|打(款|钱|过去|给你|到)|付(款|钱|清)|存(钱|进去|进)|交(钱|上|清)|\b(pay|transfer|send|deposit)\b/;
const NEGATED_PAY = /还不(了|上|起|出)|没法还|没办法还|不能还|不会还|不还|不想还|还没|暂时还不|pay.*\b(not|cant|cannot|wont)\b|\b(cant|cannot|wont|not|never)\b.*pay/;
const HEDGE = /尽量|尽力|争取|看看|试试|想办法|可能|也许|大概|应该吧|再说|考虑|估计|说不定|看情况|尽快|\b(try|maybe|perhaps|probably|see|might|hopefully)\b/;
const CONDITION = /收回|拿到|到手|下来|结了|如果|要是|除非|只要|前提|条件|等我|等到|等他|等钱|发工资|工资|发薪|到账|回款|结款|但是|不过|可是|减免|免息|打折|利息|\b(if|unless|when|after|once|but)\b/;

const AMOUNT_Q = /多少|几多|几块|金额|数目|明细|怎么算|怎么来的|哪来的|是多少|\bhow much\b|\bwhat.*(amount|balance)\b|\bbalance\b|\bminimum\b/;
const QUESTION_END = /[?？]|[吗呢么嘛啊呀]\s*$|多少\s*$|\bhow much\b|\bwhat\b/;
const OBJECTION_WORDS = /打折|折扣|减免|免|少还|优惠|只还本金|凭什么|为什么|没借|不还|不是我|没钱|投诉|报警|乱扣|离婚|去世|过世|主管|领导|经理|打错|不认识/;

// Talk about the call itself rather than the debt: acknowledgements, who-is-calling, call-me-later,
// how-to-pay questions. These are never objections unless something else in the line is strong.
const ACK_ONLY = /^(?:(?:好|的|行|嗯|恩|哦|噢|啊|呀|吧|是|对|可以|没问题|知道了?|明白了?|收到|谢谢|再见|拜拜|喂|请讲|你说|我在|我听着|听着呢|呢|了|ok|okay|yes|yeah|sure|thanks|thank you|bye|speaking|hello|hi|我就是|是我|本人)\s*)+$/;
const CALLER_Q = /(你们?是(谁|哪|什么)|哪位|哪个|哪里|哪间|什么(机构|单位|公司|部门)|官方|正规|怎么证明|工号|who is|which bank|who are you)/;
const LOGISTICS = /(稍等|等一下|换个地方|开会|开车|在忙|很忙|上班呢|不方便接|晚点(再)?(打|联系)|等会(儿)?(再)?打|稍后(再)?(打|联系)|下班(再|后)(说|联系|打)|晚上再打|下午再(打|联系)|信号不好|听不清|(怎么|在哪|哪里|用什么|可以用|能用|能不能用)(还|付|转)|还款(账号|账户|方式|日|渠道)|账单|结清证明|(已经|刚刚?|昨天|刚才)(还|转|付|打)(了|过|款)?|busy|call (me )?later|bank transfer|account number|already paid)/;
const Q_END = /[?？]\s*$|[吗呢么嘛]\s*$/;

export interface Cues {
  /** Concrete time + a pay verb, not hedged, not conditional, not negated. */
  commitment: boolean;
  /** A question about how much is owed / how it is computed, with no objection words. */
  amountQuestion: boolean;
  /** Acknowledgement, caller-identity question or call logistics, with no objection words. */
  callTalk: boolean;
  /** Nothing but acknowledgements / fillers ("好的", "嗯嗯", "你说"). */
  ackOnly: boolean;
}

/** `raw` is the original text (punctuation matters for questions), `norm` its normalized form. */
export function detectCues(raw: string, norm: string): Cues {
  const lower = raw.toLowerCase();
  const commitment =
    TIME.test(norm) && PAY.test(norm) && !NEGATED_PAY.test(norm) && !HEDGE.test(norm) && !CONDITION.test(norm);
  const amountQuestion = AMOUNT_Q.test(norm) && QUESTION_END.test(lower.trim()) && !OBJECTION_WORDS.test(norm);
  const ack = ACK_ONLY.test(norm);
  const callTalk =
    ack || ((LOGISTICS.test(norm) || CALLER_Q.test(norm)) && !OBJECTION_WORDS.test(norm));
  return { commitment, amountQuestion, callTalk, ackOnly: ack };
}
