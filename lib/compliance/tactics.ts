// Prohibited tactics described in the training material: never suggested; trainee mode explains why
// and shows the lawful route instead. Searching "黑名单" or "上门" finds the explanation, not the tactic.
import { normalizeForMatch } from '../text/normalize';
import type { Localized, TacticId } from './types';

export type LawfulAlternativeId = 'demand-letter' | 'payment-order' | 'pre-litigation-preservation' | 'lawsuit' | 'credit-reporting';

export interface LawfulAlternative {
  id: LawfulAlternativeId;
  name: Localized;
  how: Localized;
  source: string;
}

export interface ProhibitedTactic {
  id: TacticId;
  name: Localized;
  /** How the seed names it, and which seed. */
  seedName: string;
  seeds: string[];
  /** Strategy id in domain.md §4 this tactic corresponds to, when there is one. */
  strategyId?: 'offensive' | 'relay';
  why: Localized;
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
    alternatives: ['demand-letter', 'payment-order', 'lawsuit'],
    keywords: ['攻势', '上门', '聚众', '多人上门', '群体进攻', '堵门', 'group visit', 'home visit', 'offensive'],
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
    alternatives: ['pre-litigation-preservation', 'lawsuit'],
    keywords: ['财产要挟', '查封', '收房', '收车', '扣车', '冻结', 'seize', 'repossess', 'property'],
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
    alternatives: ['credit-reporting', 'lawsuit'],
    keywords: ['黑名单', '公布', '曝光', '失信名单', '老赖名单', 'blacklist', 'shame', 'expose'],
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
    alternatives: ['demand-letter', 'credit-reporting', 'lawsuit'],
    keywords: ['社会影响', '施压', '亲友', '家人', '单位', '领导', '同事', '通讯录', '组织干预', '借助关系', 'employer', 'relatives', 'family', 'contacts'],
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
    alternatives: ['demand-letter', 'payment-order'],
    keywords: ['车轮', '轮番', '轮流', '电话轰炸', '打爆', 'relay', 'nonstop'],
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
    alternatives: ['lawsuit', 'credit-reporting'],
    keywords: ['杀一儆百', '杀鸡儆猴', '震慑', '典型', 'example', 'deterrent'],
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

export function tacticById(id: TacticId): ProhibitedTactic | undefined {
  return PROHIBITED_TACTICS.find((t) => t.id === id);
}
