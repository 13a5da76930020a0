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
        re: rx('抓(你|您)(?!的)|抓起来|抓进去|把(你|您)抓|逮捕(你|您)|坐牢|蹲(监狱|大牢|号子)|进(监狱|看守所|局子)|吃牢饭|蹲几年|进去蹲|警察(会|就|马上|明天)?(上门|来抓|来找|去找|找(你|您))|派出所(的人)?(会|就|马上)?(来|上门|找(你|您))'),
        // Correcting a myth ("坐牢这种说法是不对的", "银行不会让警察上门抓人，您不用担心") is the lawful opposite.
        lawful: /(这种|这个|那种)说法|不用担心|民事纠纷|不会因为/,
        lawfulScope: 'sentence',
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
      { re: rx('(就|否则|不然|要不然)~{0,6}上门'), negation: 'tail+match', lawful: /(这种|这个|那种)说法|不用担心|不会因为/, lawfulScope: 'sentence', tacticId: 'group-visit' },
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
      // Knowing the family or the home, said as leverage ("孩子在哪上学，我们心里都有数，你自己掂量掂量").
      {
        re: rx(
          '(住|在)(哪|哪个|哪间|哪栋|几栋|几号)~{0,3}(小区|社区|栋|单元|楼|村)|(在)?哪(个|间|所)?学校|几点(放学|上学|下班|出门)|(地址|住址|住的地方|老家|家在哪|住哪|单位在哪|几口人|一家老小|情况)~{0,8}(都|全|早就|已经)?(知道|清楚|晓得|查到|掌握|摸清|摸得清|有数|门儿清|手上有)',
        ),
        requires: /掂量|看着办|想清楚|想想|好好想|琢磨|识相|好自为之|别逼|后悔|小心|注意|出(什么|点)?事|别怪|过去坐坐|聊聊|自己看|莫装|think about/,
        negation: false,
      },
      {
        re: rx(
          '(住的地方|住址|地址|老家|行踪)~{0,8}(摸得?清|摸清|盯上)|掂量掂量|好自为之|识相(点|一点)|(你|您)自己看着办|别逼(我|我们)|有(你|您)受的|(你|您)跑不掉|躲得了初一|(日子|生活)(就)?(别想|过不)(安生|安稳|好过)|出(了)?(点|什么)?事(可)?(别怪|别说)|(别|不要)到时候后悔|找到(你|您)家只是时间问题|(你|您)(也)?不想(他|她|孩子|家里人|家人)出(什么|点)?事',
        ),
        negation: false,
      },
      // Veiled violence: "出门注意点" (care for safety or health said kindly is fine).
      {
        re: rx('(出门|走路|走夜路|下班|回家|路上|晚上)(的时候)?(多)?(注意|小心|当心|留(个)?(心眼|神))(点|一点|些|着)?'),
        lawful: /安全|身体|保暖|多穿|休息|健康|路滑|天冷|防疫/,
        negation: false,
      },
      // Night visits and waiting at the door.
      {
        re: rx(
          '(今晚|今天晚上|晚上|半夜|凌晨|深夜|夜里)~{0,10}(到|去|上|来|在)(你|您)(们)?(家|屋|小区|单位|楼下|门口|厂)|(到|去|在)(你|您)(们)?(家|小区|单位|公司)?(的)?(楼下|门口|小区门口)~{0,4}(等|守|蹲|堵|坐)',
        ),
        negation: 'tail+match',
        tacticId: 'group-visit',
      },
      // English.
      {
        re: /\b(we('ll| will| are going to)|i('ll| will| am going to))\s+(come|go|show up|send (someone|people|our guys|a team))\s+(to|at|round to)\s+your\s+(house|home|door|place|work|office|job)\b|\byou('ll| will| are going to)\s+(be arrested|go to (jail|prison))\b|\b(arrest|jail|prison)\s+you\b|\bbreak your (legs?|arms?)\b|\bhurt you\b|\byou('ll| will) regret (it|this)\b|\bwatch your back\b|\bseize your (house|car|home|property|things)\b|\btake your (house|car|home)\b|\bbe careful (walking|going) (home|out)\b|\bwe know where (you|your)\b|\bwe know your (address|schedule|routine)\b|\bwaiting outside your\b|\bshame if something happened\b/,
      },
    ]);
  },
};
