// Telling employers, relatives, neighbours or contacts about the debt, or pressing the debtor through them.
import { rx, scan, type LintRule } from './match';

// Longer alternatives first so 紧急联系人 is not read as 联系人.
const TP =
  '(单位领导|单位|公司|领导|老板|上司|同事|家里人|家人|亲戚|亲友|亲属|父母|爸妈|爸爸|妈妈|老妈|老爸|老汉儿|父亲|母亲|岳父|岳母|丈母娘|公公|婆婆|老婆|媳妇|老公|丈夫|太太|妻子|爱人|配偶|女朋友|男朋友|室友|妈|爸|哥|姐|弟|妹|子女|孩子|儿子|女儿|兄弟|姐妹|邻居|朋友|村委会|村委|居委会|居委|村里|全村|物业|学校|老师|hr|人事|通讯录)';
const TP_WEAK = '(紧急联系人|联系人)';
const PERSON =
  '(儿子|女儿|老公|老婆|媳妇|太太|丈夫|妻子|爱人|父亲|母亲|爸爸|妈妈|哥哥|弟弟|姐姐|妹妹|兄弟|姐妹|同事|员工|下属|朋友|邻居|家人|亲戚)';
const VERB = '(告诉|告知|通知|转告|联系|找|打给|打电话给|打到|发给|发短信给|寄给|寄到|反映给|上报给|跑到|跑去|去|到)';

// Exemptions are scoped to the clause they excuse (issue #15: "…跟你妈说了你欠三万多，让她叫你回个电话"
// passed because the sentence also asked for a call back). A clause that names the debt is never excused.
const LAWFUL = /未透露|不透露|没有透露|没透露|未提及|没提|未告知|不涉及|仅请|只请|回电|回个电话|核实(您的|你的)?(联系方式|地址|电话|身份)|更新联系方式|商量|call (me |us )?back|without (mentioning|disclosing)|did not disclose|didn't disclose/;
// "已联系紧急联系人，未透露欠款信息": a denial of disclosure excuses the contact in the clause before it.
const NOT_DISCLOSED = /^(但|并|且|均|都)?(未透露|不透露|没有透露|没透露|未提及|没提|未告知|不涉及|仅请|只请|只说)/;
const NAMES_DEBT = /欠|逾期|债|没还|未还|还款|多少钱|\bowe|overdue|debt/;
const excused = (clause: RegExp) => new RegExp(`^(?!.*(${NAMES_DEBT.source})).*(${clause.source})`);

export const thirdPartyDisclosureRule: LintRule = {
  id: 'third-party-disclosure',
  title: { 'zh-CN': '向第三方透露或施压', 'zh-TW': '向第三方透露或施壓', en: 'Third-party disclosure' },
  severity: 'block',
  source: {
    kind: 'regulation',
    citation: '《个人信息保护法》; 银保监规〔2022〕13号（不得向无关第三人催收）; 培训材料003「切记不要透露贷款信息」',
  },
  message: {
    'zh-CN': '向单位、亲友、邻居等第三方透露债务或借其施压',
    'zh-TW': '向單位、親友、鄰居等第三方透露債務或藉其施壓',
    en: 'Disclosing the debt to, or pressing the debtor through, an employer, relatives, neighbours or contacts',
  },
  suggestion: {
    'zh-CN': '只与本人沟通：“这件事我们只会和您本人沟通，不会告诉您的家人或单位。”对第三方只说：“麻烦您转告他回个电话，谢谢。”',
    'zh-TW': '只與本人溝通：「這件事我們只會和您本人溝通，不會告訴您的家人或單位。」對第三方只說：「麻煩您轉告他回個電話，謝謝。」',
    en: 'Deal only with the debtor: "We only discuss this with you, never with your family or employer." To anyone else: "Please ask them to call me back."',
  },
  find(ctx) {
    const pressure = 'pressure-third-parties' as const;
    // Said live on a call while a third party is on the line: naming the debt at all discloses it.
    // Asking for a call back does not name it.
    const live = ctx.options.thirdPartyOnLine ? scan(ctx, [{ re: LIVE_DEBT_WORDS, suggestion: TO_THIRD_PARTY, negation: false }]) : [];
    return [...live, ...scan(ctx, [
      { re: rx(`${VERB}(你|您|他|她|其)(们)?(的)?~{0,3}?${TP}`), lawful: excused(LAWFUL), lawfulNext: NOT_DISCLOSED, tacticId: pressure },
      { re: rx(`${VERB}(你|您|他|她|其)(们)?(的)?~{0,3}?${TP_WEAK}`), lawful: excused(LAWFUL), lawfulNext: NOT_DISCLOSED, severity: 'warn' },
      { re: rx(`(给|跟|和|向)(你|您|他|她)(的)?${TP}~{0,3}(打电话|打个电话|发短信|发信息|说|讲|反映|通报|透露)`), lawful: excused(LAWFUL), lawfulNext: NOT_DISCLOSED, tacticId: pressure },
      { re: rx(`让(你|您|他|她)(的)?${TP}(都|也|全)?(知道|来还|帮(你|您|他|她)?还|替(你|您|他|她)还|代还|还钱|出钱|承担|评评理)`), tacticId: pressure },
      { re: rx(`(你|您|他|她)(的)?${TP}~{0,3}?(都|也|全|会|就|将|马上)+(知道|收到通知|接到电话)`), lawful: /商量|由(您|你)决定/, lawfulScope: 'sentence', tacticId: pressure },
      // Already told, or offering to tell: "刚才我已经跟你妈说了你欠我们三万多", "要不我跟你老婆说说".
      { re: rx(`(跟|和|给|对|向)(你|您|他|她)(的)?${TP}~{0,6}?(说了|讲了|说过|讲过|提了|聊过|说说|讲讲|讲一下|说一下|打个招呼|说清楚|讲清楚)`), lawful: excused(LAWFUL), tacticId: pressure },
      { re: rx(`(你|您)(的)?${TP}(那边|那儿|那里)?~{0,4}(我|我们)(已经|都|也)?~{0,2}(通知|联系|打过|说过|讲过|告诉)`), negation: 'tail+match', tacticId: pressure },
      // Speaking to a third party about the debtor's debt.
      { re: rx('(他|她)(在)?(我行|我们(这|这里|银行)?|银行)?~{0,3}欠(了)?(我们|我行|银行)|(他|她)的(信用卡|贷款|欠款)~{0,6}(逾期|没还|未还)|(他|她)在(我行|我们)~{0,8}(逾期|欠)|(你|您)(太太|老公|老婆|丈夫|妻子|爱人|儿子|女儿)在(我行|我们)~{0,10}(欠|逾期)') , lawful: /是否|认识/ },
      // "We already have your village committee's number": a veiled threat to go through them.
      { re: rx(`(你|您|他|她)(们)?(的)?${TP}(的)?(电话|地址|联系方式)~{0,6}(已经|都|早就)(有|知道|掌握|拿到)`), severity: 'warn', tacticId: pressure },
      // Telling a third party that the debtor owes.
      { re: rx(`(你|您)(的)?${PERSON}[^你您，,。！？!?；;\\n]{0,10}?(欠|逾期|拖欠|没还|未还|违约)`), lawful: /是否|认识/ },
      { re: rx('(转告|告诉|提醒|通知|让)(他|她|其)~{0,6}?(还款|还钱|欠款|逾期|还债|处理欠款|还信用卡|还贷|交钱)') },
      {
        re: /\b(tell|inform|notify|contact|call|visit|email|text|reach out to|talk to|speak (to|with))\s+(your|his|her)\s+(employer|boss|manager|family|relatives|parents|wife|husband|spouse|kids|children|son|daughter|neighbou?rs?|co-?workers|colleagues|friends|hr|workplace|office)\b/,
        lawful: excused(LAWFUL),
        lawfulNext: NOT_DISCLOSED,
        tacticId: pressure,
      },
      { re: /\b(told|tell|let) (your|his|her) (mother|mom|father|dad|wife|husband|manager|boss|family)\b[^.!?]{0,30}\b(owe|debt|balance)|\b(spoke|talked) to your (manager|boss|wife|husband|mother|father|family)\b|\blet your (wife|husband|mother|father|family|boss|hr|hr department|employer|co-?workers) know\b/, tacticId: pressure },
      { re: /\byour (employer|boss|family|neighbou?rs|relatives|co-?workers|colleagues|friends) (will|are going to) (know|find out|hear)\b/, tacticId: pressure },
      { re: /\b(your|his|her) (son|daughter|husband|wife|father|mother|brother|sister|dad|mom) (owes|is overdue|has a debt|hasn't paid|is behind)\b/ },
    ])];
  },
};

// The debt named in the agent's own words (normalised text: Simplified, lower-case).
const LIVE_DEBT_WORDS = /欠款|欠了|欠我们|欠银行|欠费|逾期|拖欠|没还|未还|还款|还钱|还清|债务|催收|最低还款|\b(owe[sd]?|overdue|debt|past due|repay(ment)?|balance due|missed payments?)\b/;
const TO_THIRD_PARTY = {
  'zh-CN': '对方不是本人：不提任何欠款信息，只说“麻烦您转告他给我们回个电话，谢谢。”',
  'zh-TW': '對方不是本人：不提任何欠款資訊，只說「麻煩您轉告他給我們回個電話，謝謝。」',
  en: 'Not the debtor: say nothing about the debt, only "Could you ask them to call us back? Thank you."',
};

