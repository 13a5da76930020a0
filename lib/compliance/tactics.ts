// Prohibited tactics described in the training material: never suggested; trainee mode explains why
// and shows the lawful route instead. Searching "黑名单" or "上门" finds the explanation, not the tactic.
import { normalizeForMatch } from '../text/normalize';
import type { Localized, TacticId } from './types';

export type LawfulAlternativeId = 'demand-letter' | 'payment-order' | 'pre-litigation-preservation' | 'lawsuit' | 'credit-reporting' | 'security-realisation';

export interface LawfulAlternative {
  id: LawfulAlternativeId;
  name: Localized;
  how: Localized;
  source: string;
}

/** The domain's tactic ids, plus `good-cop-bad-cop` (软硬兼施 / 黑白脸): a §4 strategy the default
 *  pack rates prohibited (its intimidating half), explained here too. It is not a domain tactic id,
 *  so the pack validator treats it as the default pack's prohibition (sticky through merges). */
export type ExplainedTacticId = TacticId | 'good-cop-bad-cop';

export interface ProhibitedTactic {
  id: ExplainedTacticId;
  name: Localized;
  /** How the seed names it, and which seed. */
  seedName: string;
  seeds: string[];
  /** Strategy id in domain.md §4 this tactic corresponds to, when there is one. */
  strategyId?: 'offensive' | 'relay' | 'good-cop-bad-cop';
  why: Localized;
  /** The law it breaks, as an agent would cite it. */
  law: Localized;
  alternatives: LawfulAlternativeId[];
  /** Search terms (Simplified, lower-case English; Traditional queries are converted first). */
  keywords: string[];
}

export const LAWFUL_ALTERNATIVES: Record<LawfulAlternativeId, LawfulAlternative> = {
  'demand-letter': {
    id: 'demand-letter',
    name: { 'zh-CN': '正式催收函 / 律师函', 'zh-TW': '正式催收函／律師函', en: 'Formal demand letter' },
    how: {
      'zh-CN': '以书面形式向借款人本人送达还款要求，写明欠款与还款渠道；送达凭证同时中断诉讼时效。',
      'zh-TW': '以書面形式向借款人本人送達還款要求，寫明欠款與還款管道；送達憑證同時中斷訴訟時效。',
      en: 'Deliver a written demand to the borrower stating the debt and how to pay; proof of delivery also interrupts the limitation period.',
    },
    source: '《民法典》第一百九十五条',
  },
  'payment-order': {
    id: 'payment-order',
    name: { 'zh-CN': '申请支付令', 'zh-TW': '申請支付令', en: 'Payment order' },
    how: {
      'zh-CN': '债权债务关系明确时，可向法院申请支付令（督促程序），债务人未异议即可申请执行。',
      'zh-TW': '債權債務關係明確時，可向法院申請支付令（督促程序），債務人未異議即可申請執行。',
      en: 'Where the debt is clear, apply to the court for a payment order (summary procedure); if the debtor does not object it becomes enforceable.',
    },
    source: '《民事诉讼法》督促程序',
  },
  'pre-litigation-preservation': {
    id: 'pre-litigation-preservation',
    name: { 'zh-CN': '诉前财产保全', 'zh-TW': '訴前財產保全', en: 'Pre-litigation preservation' },
    how: {
      'zh-CN': '有财产转移风险时，向法院申请诉前保全；是否查封、冻结由法院裁定，催收员不得自行处置财产。',
      'zh-TW': '有財產轉移風險時，向法院申請訴前保全；是否查封、凍結由法院裁定，催收員不得自行處置財產。',
      en: 'If assets may be moved, apply to the court for preservation; only the court decides on freezing or seizure — never the collector.',
    },
    source: '《民事诉讼法》财产保全',
  },
  lawsuit: {
    id: 'lawsuit',
    name: { 'zh-CN': '依法起诉', 'zh-TW': '依法起訴', en: 'Lawsuit' },
    how: {
      'zh-CN': '协商不成时经法务评估后起诉，判决生效后申请强制执行；失信名单由法院依法决定。',
      'zh-TW': '協商不成時經法務評估後起訴，判決生效後申請強制執行；失信名單由法院依法決定。',
      en: 'If negotiation fails, legal reviews and files suit; after judgment, apply for enforcement. Only a court can list a judgment defaulter.',
    },
    source: '《民事诉讼法》',
  },
  'credit-reporting': {
    id: 'credit-reporting',
    name: { 'zh-CN': '按合同报送征信', 'zh-TW': '按合約報送徵信', en: 'Credit reporting per contract' },
    how: {
      'zh-CN': '按合同约定并事先告知本人后，如实报送逾期信息；不存在“征信黑名单”，不得夸大影响。',
      'zh-TW': '按合約約定並事先告知本人後，如實報送逾期資訊；不存在「徵信黑名單」，不得誇大影響。',
      en: 'Report the late payment truthfully, as the contract provides and after telling the borrower; there is no "credit blacklist" — do not exaggerate.',
    },
    source: '《征信业管理条例》; 借款合同',
  },
  'security-realisation': {
    id: 'security-realisation',
    name: { 'zh-CN': '依法实现抵押权', 'zh-TW': '依法實現抵押權', en: 'Enforcing the security through court' },
    how: {
      'zh-CN': '有抵押登记的车辆或房产，先与债务人协商以折价、拍卖、变卖方式处置；协商不成，向法院申请实现担保物权，由法院裁定后执行。',
      'zh-TW': '有抵押登記的車輛或房產，先與債務人協商以折價、拍賣、變賣方式處置；協商不成，向法院申請實現擔保物權，由法院裁定後執行。',
      en: 'For a registered car or home loan security, agree a sale with the debtor; failing that, apply to the court to enforce the security and let the court order the sale.',
    },
    source: '《民法典》第四百一十条; 《民事诉讼法》实现担保物权案件',
  },
};

export const PROHIBITED_TACTICS: readonly ProhibitedTactic[] = [
  {
    id: 'group-visit',
    name: { 'zh-CN': '攻势策略（聚众上门胁迫）', 'zh-TW': '攻勢策略（聚眾上門脅迫）', en: 'Offensive: coercive group visits' },
    seedName: '攻势策略「聚集多人上门胁迫其还款……直接控制相关财产」',
    seeds: ['003'],
    strategyId: 'offensive',
    why: {
      'zh-CN': '聚众上门胁迫、控制财产属于暴力或软暴力催收，可能构成寻衅滋事、非法侵入住宅，银行须承担责任。',
      'zh-TW': '聚眾上門脅迫、控制財產屬於暴力或軟暴力催收，可能構成尋釁滋事、非法侵入住宅，銀行須承擔責任。',
      en: 'Gathering people to coerce a debtor at home or taking control of property is (soft) violence; it can be a criminal offence and the bank is liable.',
    },
    law: {
      'zh-CN': '《刑法》第二百四十五条（非法侵入住宅）、第二百九十三条（寻衅滋事）；银保监规〔2022〕13号禁止暴力、胁迫催收',
      'zh-TW': '《刑法》第二百四十五條（非法侵入住宅）、第二百九十三條（尋釁滋事）；銀保監規〔2022〕13號禁止暴力、脅迫催收',
      en: 'Criminal Law Art. 245 (unlawful entry into a home) and Art. 293 (affray); CBIRC Rule [2022] No. 13 forbids violent or coercive collection',
    },
    alternatives: ['demand-letter', 'payment-order', 'lawsuit'],
    keywords: ['攻势', '上门', '聚众', '多人上门', '群体进攻', '堵门', '围堵', '堵人', '上门围堵', 'group visit', 'home visit', 'offensive'],
  },
  {
    id: 'property-threat',
    name: { 'zh-CN': '财产要挟', 'zh-TW': '財產要挾', en: 'Property threats' },
    seedName: '财产要挟',
    seeds: ['001'],
    why: {
      'zh-CN': '只有法院能查封、冻结、扣押财产；以收房、收车、查封相要挟是威胁，自行处置财产违法。',
      'zh-TW': '只有法院能查封、凍結、扣押財產；以收房、收車、查封相要挾是威脅，自行處置財產違法。',
      en: 'Only a court can freeze or seize property; threatening to take a house or car is a threat, and taking it is unlawful.',
    },
    law: {
      'zh-CN': '《民事诉讼法》财产保全由法院裁定；《刑法》第二百七十四条（敲诈勒索）',
      'zh-TW': '《民事訴訟法》財產保全由法院裁定；《刑法》第二百七十四條（敲詐勒索）',
      en: 'Civil Procedure Law: only a court orders preservation of property; Criminal Law Art. 274 (extortion)',
    },
    alternatives: ['pre-litigation-preservation', 'lawsuit'],
    keywords: ['财产要挟', '威胁财产', '要挟财产', '查封', '收房', '收车', '扣车', '冻结', '搬东西', 'seize', 'repossess', 'property threat', 'threaten property'],
  },
  {
    id: 'public-blacklist',
    name: { 'zh-CN': '公布黑名单', 'zh-TW': '公佈黑名單', en: 'Publishing a blacklist' },
    seedName: '公布黑名单',
    seeds: ['001'],
    why: {
      'zh-CN': '公开债务人信息侵犯名誉权与个人信息；“失信被执行人名单”只能由法院依法作出。',
      'zh-TW': '公開債務人資訊侵犯名譽權與個人資訊；「失信被執行人名單」只能由法院依法作出。',
      en: "Publishing a debtor's details violates reputation and personal-information rights; only a court can list a judgment defaulter.",
    },
    law: {
      'zh-CN': '《民法典》第一千零二十四条（名誉权）、第一千零三十四条（个人信息）；《个人信息保护法》第十条',
      'zh-TW': '《民法典》第一千零二十四條（名譽權）、第一千零三十四條（個人資訊）；《個人資訊保護法》第十條',
      en: 'Civil Code Art. 1024 (reputation) and Art. 1034 (personal information); Personal Information Protection Law Art. 10',
    },
    alternatives: ['credit-reporting', 'lawsuit'],
    keywords: ['黑名单', '公布', '曝光', '失信名单', '老赖名单', '挂网', 'blacklist', 'shame', 'expose'],
  },
  {
    id: 'pressure-third-parties',
    name: { 'zh-CN': '社会影响施压（亲友、单位）', 'zh-TW': '社會影響施壓（親友、單位）', en: 'Pressure through relatives or employer' },
    seedName: '社会影响施压回款; 借助关系; 组织干预; 领导出面',
    seeds: ['000', '001'],
    why: {
      'zh-CN': '向亲友、单位、通讯录透露债务或借其施压，违反个人信息保护规定，也是对无关第三人的骚扰。',
      'zh-TW': '向親友、單位、通訊錄透露債務或藉其施壓，違反個人資訊保護規定，也是對無關第三人的騷擾。',
      en: 'Telling relatives, employers or contacts about the debt, or pressing through them, breaches personal-information law and harasses third parties.',
    },
    law: {
      'zh-CN': '银保监规〔2022〕13号：不得向与债务无关的第三人催收或透露债务；《个人信息保护法》第十条',
      'zh-TW': '銀保監規〔2022〕13號：不得向與債務無關的第三人催收或透露債務；《個人資訊保護法》第十條',
      en: 'CBIRC Rule [2022] No. 13: no collection from, or disclosure to, third parties unrelated to the debt; Personal Information Protection Law Art. 10',
    },
    alternatives: ['demand-letter', 'credit-reporting', 'lawsuit'],
    keywords: ['社会影响', '施压', '亲友', '家人', '家属', '单位', '领导', '同事', '通讯录', '爆通讯录', '通讯录轰炸', '组织干预', '借助关系', 'employer', 'relatives', 'family', 'contacts'],
  },
  {
    id: 'relay',
    name: { 'zh-CN': '车轮策略（轮番催收）', 'zh-TW': '車輪策略（輪番催收）', en: 'Relay calling' },
    seedName: '车轮策略',
    seeds: ['003'],
    strategyId: 'relay',
    why: {
      'zh-CN': '多人轮番、不间断拨打超出频率限制，属于骚扰式催收。',
      'zh-TW': '多人輪番、不間斷撥打超出頻率限制，屬於騷擾式催收。',
      en: 'Several collectors calling in turns without a break exceeds the frequency limits and is harassment.',
    },
    law: {
      'zh-CN': '银保监规〔2022〕13号禁止骚扰催收；《治安管理处罚法》（多次发送信息、拨打电话干扰他人正常生活）',
      'zh-TW': '銀保監規〔2022〕13號禁止騷擾催收；《治安管理處罰法》（多次發送資訊、撥打電話干擾他人正常生活）',
      en: "CBIRC Rule [2022] No. 13 forbids harassing collection; Public Security Administration Punishments Law (repeated calls or messages that disturb someone's life)",
    },
    alternatives: ['demand-letter', 'payment-order'],
    keywords: ['车轮', '车轮战', '轮番', '轮流', '轰炸', '电话轰炸', '短信轰炸', '打爆', '呼死你', '呼叫轰炸', 'relay', 'nonstop', 'call bombing'],
  },
  {
    id: 'kill-one-warn-hundred',
    name: { 'zh-CN': '杀一儆百', 'zh-TW': '殺一儆百', en: 'Making an example of one debtor' },
    seedName: '杀一儆百，震慑回款',
    seeds: ['000'],
    why: {
      'zh-CN': '公开惩戒个别债务人以震慑他人，涉及曝光与羞辱，侵犯名誉权和隐私。',
      'zh-TW': '公開懲戒個別債務人以震懾他人，涉及曝光與羞辱，侵犯名譽權和隱私。',
      en: 'Publicly punishing one debtor to scare others means exposure and humiliation; it violates reputation and privacy rights.',
    },
    law: {
      'zh-CN': '《民法典》第一千零二十四条（名誉权）、第一千零三十二条（隐私权）',
      'zh-TW': '《民法典》第一千零二十四條（名譽權）、第一千零三十二條（隱私權）',
      en: 'Civil Code Art. 1024 (reputation) and Art. 1032 (privacy)',
    },
    alternatives: ['lawsuit', 'credit-reporting'],
    keywords: ['杀一儆百', '杀鸡儆猴', '震慑', '典型', 'example', 'deterrent'],
  },
  {
    id: 'good-cop-bad-cop',
    name: { 'zh-CN': '软硬兼施（黑白脸）', 'zh-TW': '軟硬兼施（黑白臉）', en: 'Good cop, bad cop' },
    seedName: '软硬兼施（鹰派“制造威吓气势”、鸽派调解）; 黑白脸',
    seeds: ['001', '003'],
    strategyId: 'good-cop-bad-cop',
    why: {
      'zh-CN': '一人唱黑脸恐吓、一人唱白脸调解，靠的是威吓制造的压力：其中的恐吓、胁迫部分就是不当催收，调解也不能建立在恐吓之上。',
      'zh-TW': '一人唱黑臉恐嚇、一人唱白臉調解，靠的是威嚇製造的壓力：其中的恐嚇、脅迫部分就是不當催收，調解也不能建立在恐嚇之上。',
      en: 'One collector intimidates while the other plays the mediator: the pressure comes from the intimidation, which is improper collection however friendly the second voice is.',
    },
    law: {
      'zh-CN': '银保监规〔2022〕13号禁止恐吓、威胁、胁迫催收；《治安管理处罚法》（威胁他人人身安全）',
      'zh-TW': '銀保監規〔2022〕13號禁止恐嚇、威脅、脅迫催收；《治安管理處罰法》（威脅他人人身安全）',
      en: 'CBIRC Rule [2022] No. 13 forbids intimidating, threatening or coercive collection; Public Security Administration Punishments Law (threats to personal safety)',
    },
    alternatives: ['demand-letter', 'payment-order', 'lawsuit'],
    keywords: ['软硬兼施', '黑白脸', '红白脸', '唱黑脸', '唱红脸', '唱白脸', '鹰派', '刚柔相济', 'good cop', 'bad cop'],
  },
  {
    id: 'device-lock',
    name: { 'zh-CN': '锁机（远程锁定债务人手机/设备）', 'zh-TW': '鎖機（遠端鎖定債務人手機／設備）', en: "Locking the debtor's phone or device" },
    seedName: '锁机拖车（“造成一种紧张气氛”）',
    seeds: ['003'],
    why: {
      'zh-CN': '远程锁定、停用债务人的手机或设备，是擅自控制他人财产、侵入他人设备；合同里写了“可锁机”也不能让这种自力处置合法，还会危及其紧急求助。',
      'zh-TW': '遠端鎖定、停用債務人的手機或設備，是擅自控制他人財產、侵入他人設備；合約裡寫了「可鎖機」也不能讓這種自力處置合法，還會危及其緊急求助。',
      en: "Remotely locking or disabling the debtor's phone or device is taking control of their property and intruding into their device; a contract clause does not make this self-help lawful, and it can cut off emergency calls.",
    },
    law: {
      'zh-CN': '《刑法》第二百八十六条（破坏计算机信息系统）；《民法典》第二百零七条（私人财产受法律平等保护）；《个人信息保护法》',
      'zh-TW': '《刑法》第二百八十六條（破壞計算機信息系統）；《民法典》第二百零七條（私人財產受法律平等保護）；《個人資訊保護法》',
      en: 'Criminal Law Art. 286 (sabotaging computer information systems); Civil Code Art. 207 (private property is equally protected); Personal Information Protection Law',
    },
    alternatives: ['demand-letter', 'payment-order', 'lawsuit'],
    keywords: ['锁机', '锁手机', '锁定手机', '远程锁', '锁设备', '锁定设备', '手机锁', 'lock phone', 'lock the phone', 'device lock', 'lock device'],
  },
  {
    id: 'vehicle-repossession',
    name: { 'zh-CN': '拖车（未经法院自行收车）', 'zh-TW': '拖車（未經法院自行收車）', en: 'Towing the car away without a court order' },
    seedName: '锁机拖车',
    seeds: ['003'],
    why: {
      'zh-CN': '即使车辆有抵押，抵押权人也不能自己把车拖走、扣下：未经协商或法院裁定强行收车，是侵占他人财产，可能构成抢夺、盗窃或非法拘禁（车内有人时）。',
      'zh-TW': '即使車輛有抵押，抵押權人也不能自己把車拖走、扣下：未經協商或法院裁定強行收車，是侵佔他人財產，可能構成搶奪、盜竊或非法拘禁（車內有人時）。',
      en: 'Even a mortgaged car may not be towed or held by the lender on its own: taking it without the debtor’s agreement or a court order is seizing their property and can be theft or robbery.',
    },
    law: {
      'zh-CN': '《民法典》第四百一十条（抵押权经协商或由法院拍卖、变卖实现）；《民事诉讼法》实现担保物权案件；《刑法》第二百六十四条、第二百六十七条',
      'zh-TW': '《民法典》第四百一十條（抵押權經協商或由法院拍賣、變賣實現）；《民事訴訟法》實現擔保物權案件；《刑法》第二百六十四條、第二百六十七條',
      en: 'Civil Code Art. 410 (a mortgage is enforced by agreement or by court sale); Civil Procedure Law, enforcement of security interests; Criminal Law Arts. 264 and 267',
    },
    alternatives: ['security-realisation', 'pre-litigation-preservation', 'lawsuit'],
    keywords: ['拖车', '收车', '扣车', '拖走', '开走', '强行收车', '私自收车', 'tow', 'repossess car', 'repossess the car', 'repossession'],
  },
  {
    id: 'covert-surveillance',
    name: { 'zh-CN': '暗访（跟踪、蹲守、偷拍债务人）', 'zh-TW': '暗訪（跟蹤、蹲守、偷拍債務人）', en: 'Covert visits and surveillance' },
    seedName: '暗访客户，直击“死穴”',
    seeds: ['000'],
    why: {
      'zh-CN': '不表明身份去债务人家里、单位打听，跟踪、蹲守、拍照，是侵犯隐私、非法收集个人信息，也会向邻居同事泄露债务。',
      'zh-TW': '不表明身分去債務人家裡、單位打聽，跟蹤、蹲守、拍照，是侵犯隱私、非法收集個人資訊，也會向鄰居同事洩露債務。',
      en: "Going undercover to the debtor's home or workplace, following, watching or photographing them invades their privacy, collects personal information unlawfully and exposes the debt to neighbours and colleagues.",
    },
    law: {
      'zh-CN': '《民法典》第一千零三十二条、第一千零三十三条（隐私权）；《个人信息保护法》第十条；《治安管理处罚法》（偷窥、偷拍、跟踪）',
      'zh-TW': '《民法典》第一千零三十二條、第一千零三十三條（隱私權）；《個人資訊保護法》第十條；《治安管理處罰法》（偷窺、偷拍、跟蹤）',
      en: 'Civil Code Arts. 1032–1033 (privacy); Personal Information Protection Law Art. 10; Public Security Administration Punishments Law (spying, secret filming, stalking)',
    },
    alternatives: ['demand-letter', 'lawsuit'],
    keywords: ['暗访', '跟踪他', '跟踪客户', '跟踪债务人', '跟踪本人', '蹲守', '蹲点', '盯梢', '偷拍', '打听住址', 'surveillance', 'stake out', 'follow the debtor', 'undercover'],
  },
];

/** Tactics a trainee's search touches ("黑名单", "上門", "relay"), each with why and the lawful route. */
export function explainProhibitedSearch(query: string): ProhibitedTactic[] {
  const q = normalizeForMatch(query).trim();
  if (q.length < 2) return [];
  return PROHIBITED_TACTICS.filter((t) =>
    t.keywords.some((k) => q.includes(k) || (k.length >= 2 && q.length >= 2 && k.includes(q))),
  );
}

export function isProhibitedStrategy(strategyId: string): boolean {
  return PROHIBITED_TACTICS.some((t) => t.strategyId === strategyId);
}

export function tacticById(id: ExplainedTacticId): ProhibitedTactic | undefined {
  return PROHIBITED_TACTICS.find((t) => t.id === id);
}
