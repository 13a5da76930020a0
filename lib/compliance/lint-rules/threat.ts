// Threats: violence, arrest or jail as a threat, coercive or group visits, seizing property without a court.
import { rx, scan, type LintRule } from './match';

const PROPERTY = '(房子|房产|房|车子|车|家具|家电|东西|财产|店|铺子|门面|手机)';

export const threatRule: LintRule = {
  id: 'threat',
  title: { 'zh-CN': '威胁恐吓', 'zh-TW': '威脅恐嚇', en: 'Threat' },
  severity: 'block',
  source: { kind: 'regulation', citation: '《治安管理处罚法》; 银保监规〔2022〕13号（禁止暴力、恐吓催收）; 培训材料003/004' },
  message: {
    'zh-CN': '威胁性语言（暴力、抓捕坐牢、上门施压或未经法院查封财产）',
    'zh-TW': '威脅性語言（暴力、抓捕坐牢、上門施壓或未經法院查封財產）',
    en: 'Threatening language (violence, arrest or jail, coercive visits, seizing property without a court)',
  },
  suggestion: {
    'zh-CN': '如实说明合法后果：“如协商不成，我行可能依法通过诉讼等途径处理，具体以法院裁判为准。”',
    'zh-TW': '如實說明合法後果：「如協商不成，我行可能依法透過訴訟等途徑處理，具體以法院裁判為準。」',
    en: 'State the lawful consequence: "If we cannot agree, the bank may take legal action; any outcome is for the court to decide."',
  },
  find(ctx) {
    return scan(ctx, [
      // Violence and menace.
      {
        re: rx(
          '打断(你|您)?的?(腿|手|胳膊)|打死|弄死|整死|搞死|砍(死|你|您)|捅(死|你|您)|揍(你|您|死)|打(你|您)一顿|收拾(你|您)|废了(你|您)|让(你|您)(好看|吃不了兜着走|付出代价)|要(你|您)(的)?(小)?命|(你|您)(给我)?等着(瞧)?(?!我们|回电|通知)|小心(你|您)(的)?(家人|孩子|小孩|安全|腿|手|脑袋|点)|走夜路(小心|当心)|放火|泼(油漆|粪|红漆)|别怪(我|我们)不客气|后果自负|不得好死|全家(都)?(遭殃|陪葬|别想好过)|(你|您)家人(也)?别想(好过|安生)',
        ),
      },
      // Arrest and jail held over the debtor.
      {
        re: rx('抓(你|您)(?!的)|抓起来|抓进去|把(你|您)抓|逮捕(你|您)|坐牢|蹲(监狱|大牢|号子)|进(监狱|看守所|局子)|吃牢饭|警察(会|就|马上|明天)?(上门|来抓|来找|去找|找(你|您))|派出所(的人)?(会|就|马上)?(来|上门|找(你|您))'),
      },
      { re: rx('拘留(你|您)?'), lawful: /法院|拒不履行|被执行人|可能|依法/, lawfulScope: 'sentence' },
      // Coercive and group visits (seed 003 攻势策略).
      {
        re: rx(
          '(带|派|叫|找|组织)([0-9一两二三四五六七八九十几多好]+个|一帮|一群|一伙|一堆|很多|好多)(人|兄弟|同事)(一起)?~{0,4}(上门|去(你|您)家|到(你|您)家|去(你|您)(单位|公司))',
        ),
        negation: 'tail+match',
        tacticId: 'group-visit',
      },
      {
        re: rx('(带|派|叫|找)人(去|到|上)(你|您)家|(上门|到(你|您)家|去(你|您)家)(去)?(查封|封门|搬东西|搬|收房|收车|抓人|堵|闹|讨债|要债|催债|逼债|拉横幅|守着|蹲守)|堵(你|您)(家)?(的)?门|上(你|您)家(去)?(闹|堵|要)'),
        negation: 'tail+match',
        tacticId: 'group-visit',
      },
      { re: rx('(就|否则|不然|要不然)~{0,6}上门'), negation: 'tail+match', tacticId: 'group-visit' },
      // Property threats without a court (seed 001 财产要挟).
      {
        re: rx(`(收|拿|扣|拉走|开走|搬走|卖|拍卖|查封|封)(掉)?(你|您)(家|的)?(的)?${PROPERTY}|把(你|您)(家|的)?(的)?${PROPERTY}~{0,2}(收|扣|拉走|开走|搬走|卖|拍卖|查封|封)`),
        lawful: /法院|司法|执行程序|court/,
        lawfulScope: 'sentence',
        negation: 'tail+match',
        tacticId: 'property-threat',
      },
      {
        re: rx(`(你|您)(的)?${PROPERTY}~{0,4}(是我们的|归我们|保不住|就没了|别想要了)`),
        lawful: /法院|司法|court/,
        lawfulScope: 'sentence',
        tacticId: 'property-threat',
      },
      // English.
      {
        re: /\b(we('ll| will| are going to)|i('ll| will| am going to))\s+(come|go|show up|send (someone|people|our guys|a team))\s+(to|at|round to)\s+your\s+(house|home|door|place|work|office|job)\b|\byou('ll| will| are going to)\s+(be arrested|go to (jail|prison))\b|\b(arrest|jail|prison)\s+you\b|\bbreak your (legs?|arms?)\b|\bhurt you\b|\byou('ll| will) regret (it|this)\b|\bwatch your back\b|\bseize your (house|car|home|property|things)\b|\btake your (house|car|home)\b/,
      },
    ]);
  },
};
