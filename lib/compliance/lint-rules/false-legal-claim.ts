// False or overstated legal claims: "not paying is fraud", certain arrest or freezing, sanctions that do not exist.
import { rx, scan, type LintRule } from './match';

export const falseLegalClaimRule: LintRule = {
  id: 'false-legal-claim',
  title: { 'zh-CN': '虚假法律后果', 'zh-TW': '虛假法律後果', en: 'False legal claim' },
  severity: 'block',
  source: { kind: 'regulation', citation: '银保监规〔2022〕13号（不得虚构、夸大法律后果）; 《民事诉讼法》（保全与执行由法院决定）' },
  message: {
    'zh-CN': '虚构或夸大法律后果（如“不还就是诈骗罪”“明天就冻结你所有账户”）',
    'zh-TW': '虛構或誇大法律後果（如「不還就是詐騙罪」「明天就凍結你所有帳戶」）',
    en: 'A false or overstated legal consequence (e.g. "not paying is fraud", "we freeze all your accounts tomorrow")',
  },
  suggestion: {
    'zh-CN': '只陈述真实、有条件的后果：“如协商不成，我行可能依法提起诉讼，是否采取保全措施由法院决定。”',
    'zh-TW': '只陳述真實、有條件的後果：「如協商不成，我行可能依法提起訴訟，是否採取保全措施由法院決定。」',
    en: 'State only real, conditional consequences: "If we cannot agree, the bank may sue; any freezing of assets is for the court to decide."',
  },
  find(ctx) {
    const court = /法院|司法|失信被执行人|被执行人|court/;
    return scan(ctx, [
      {
        re: rx('(就是|就算|属于|构成|已经构成|已经是|这是|这就是|就是在|这叫|算)(信用卡)?(诈骗罪?|犯罪|违法犯罪|刑事犯罪|恶意透支罪|拒执罪|经济犯罪)'),
        lawful: /可能|涉嫌|或将|有可能|恶意透支|经发卡银行|依法|根据|may|might|could/,
      },
      {
        re: rx('(明天|今天|马上|立刻|立即|下午|晚上|今晚|一会儿?|即将|24小时内|三天内|3天内)(就|会|将|要)*(起诉|冻结|查封|扣押|强制执行|拘留|拍卖|划扣|判|上门执行|执行)'),
        lawful: /可能|或将|视情况|评估|may|might|could|consider/,
      },
      {
        re: rx('(冻结|查封|扣押|划扣|扣除|扣)(你|您)(的)?(名下)?(所有|全部)?(的)?(账户|帐户|银行卡|资产|财产|工资|存款|微信|支付宝|社保|公积金)'),
        lawful: court,
        lawfulScope: 'sentence',
      },
      { re: rx('(不还|拖欠|欠钱不还|欠款不还|逾期)(钱|款)?(就)?(是|属于|算)(违法|犯罪)(行为)?'), lawful: /可能|恶意|may|might|could/ },
      { re: rx('(已经|已)(对(你|您))?(立案|报案|移交(公安|法院|检察院)|发出逮捕令|上报公安)'), severity: 'warn' },
      { re: rx('(发|寄|送)(了)?(一份|一张)?(法院)?(的)?(传票|逮捕令|拘留通知书?|通缉令)'), lawful: /法院(已)?(依法)?送达|核实|官方渠道/ },
      {
        re: rx('(全国|所有)(的)?银行(都)?(会)?(不能|无法|不会|不再|禁止|拒绝)|(子女|孩子|小孩|儿女)~{0,6}(不能|无法|没法)(上学|考公|考公务员|当兵|入党|上大学|政审)|(影响|连累)(你|您)?(的)?(子女|孩子|小孩)(的)?(上学|考公|政审|前途)|(不能|无法|禁止)(再)?(坐|乘)(飞机|高铁|火车)|(永久|一辈子|终身)(上|进)?(黑名单|征信|失信)|征信(永远|一辈子|终身)',
        ),
        lawful: court,
        lawfulScope: 'sentence',
      },
      // Sanctions that do not follow from a card debt, or only from a court (issue #15: 政审, travel, "全部被冻结").
      {
        re: rx(
          '政审|(限制|限)(了)?(你|您)?(的)?出行|限制出境|出不了国|(坐|乘)不了(飞机|高铁|火车)|高铁(飞机)?都坐不了|(全部|所有|都)(会)?(被)?(自动)?冻结|自动冻结|(社保|医保|公积金|退休金|驾照|户口|工资卡|工资)~{0,6}(停|扣|吊销|冻结|划走)|判刑|(这辈子|一辈子|终身)~{0,6}(贷不了|出不了|买不了)|(全家|家人|父母|老公|老婆)(人)?(的)?(征信|工资|退休金)~{0,6}(受影响|被扣|扣)|通知运营商停机|法拍|(孩子|儿子|女儿|子女)~{0,8}(上学|考公|当兵|好学校)~{0,6}(受影响|过不了|通不过|不收|要受)|已经是(被)?(限制高消费|失信)|就是诈骗|法院的人~{0,6}(来|上门|到)',
        ),
        lawful: /法院|失信被执行人|被执行人|court/,
        lawfulScope: 'sentence',
      },
      {
        // "Not paying is fraud": the 'not' belongs to the claim, so negation must not clear it.
        re: /\b(not paying|non-?payment|failing to pay|failure to pay)\b[^.!?]{0,20}\b(is|counts as|amounts to|means)\s+(fraud|a crime|criminal|theft|illegal)\b/,
        negation: false,
      },
      {
        re: /\b(it'?s|this is|that is|that's|you are committing|you're committing)\s+(a crime|fraud|a felony|criminal)\b|\bwe (will|are going to) (sue|freeze|garnish|seize)\b[^.!?]{0,30}\b(tomorrow|today|now|immediately|tonight)\b|\bwarrant for your arrest\b|\byour (kids|children) (can't|cannot|won't)\b|\b(take you to court|sue you)\s+(tomorrow|today|tonight|right now|immediately)\b/,
        lawful: /\bmay\b|\bmight\b|\bcould\b/,
      },
      {
        re: /\bfreeze (all )?(of )?your (bank )?(accounts?|assets)\b|\b(all )?your (bank )?accounts (will|are going to) be frozen\b|\b(can no longer|cannot|can't|won't be able to) (travel|fly|leave the country)\b/,
        lawful: /\b(court (may|can|could|order)|if the court|may|might|could)\b/,
        lawfulScope: 'sentence',
      },
    ]);
  },
};
