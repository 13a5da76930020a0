// One rule per debtor field: label synonyms (zh-CN, zh-TW written through the T2S map, en),
// neighbour labels that must never be taken for it, and how its value is read and checked.
// Add a synonym here, never an `if` in the scanner.
import { FIRST_NAME_LABELS, LAST_NAME_LABELS } from './name-labels';
import { AGENT_LABELS } from './logged-in-agent';
import type { FieldName } from './types';
import { bucketFromDays } from '../domain/bucket';
import { toHalfWidth } from '../text/width';
import {
  TRAILING_SEP_RE,
  cleanText,
  detectCurrency,
  parseAmount,
  parseBucket,
  parseDate,
  parseDays,
  labelFoldVersion,
  type LabelHint,
} from './normalize';
import { FILTER_WORD_RE, namesAnAction } from './not-a-value';

export type ValueKind = 'name' | 'text' | 'id' | 'phone' | 'amount' | 'days' | 'date' | 'bucket' | 'currency' | 'region';

export interface FieldRule {
  field: FieldName;
  kind: ValueKind;
  /** Labels as shown (any script); normalized when the dictionary is built. */
  synonyms: string[];
  /** Words that, inside a label, mean it is about something else. */
  negatives?: string[];
  /** Labels that name this field less surely: a page that also shows a plain synonym is read by that one. */
  weaker?: string[];
  /** Labels read only when no other label of the field is on the page (a home phone beside a mobile). */
  secondChoice?: string[];
  /** Labels (also listed as synonyms or weaker) read only when the page shows no value of `field`. */
  notBeside?: { labels: string[]; field: FieldName };
}

/** Every label made of one word from each list, in order. */
const cross = (heads: string[], tails: string[]): string[] => heads.flatMap((h) => tails.map((t) => h + t));
/** How CRMs name the last payment made: 最近还款, 上次缴款, 末次入账… (dates and amounts add their noun). */
const LAST_PAID = cross(['最近', '上次', '最后', '末次', '最近一次'], ['还款', '缴款', '入账']);

/** Another party on the same loan: their name or phone is never the debtor's. */
const CO_PARTY = ['共同', '共借', '附卡', '副卡', 'supplementary', 'co signer', 'cosigner', 'co borrower', 'coborrower', 'co maker', 'co applicant', 'joint'];

export const FIELD_RULES: FieldRule[] = [
  {
    field: 'name',
    kind: 'name',
    synonyms: [
      '姓名', '客户姓名', '客户名称', '客户名', '借款人', '借款人姓名', '主借款人', '持卡人', '持卡人姓名', '债务人',
      '债务人姓名', '户名', '客户', '贷款人', '申请人', '申请人姓名', '借款人名稱', '卡主',
      'name', 'customer name', 'customer', 'borrower', 'borrower name', 'cardholder', 'card holder', 'cardholder name',
      'debtor', 'debtor name', 'consumer', 'consumer name', 'client name', 'client', 'full name', 'account holder', 'account name', 'obligor',
      'contact name',
      // A company as the borrower (经营贷): its name.
      '借款企业', '借款企业名称', '借款单位', '借款主体', 'company borrower', 'borrowing entity',
    ],
    // A company's name may be the borrower's or the employer's: any other name label on the page wins.
    secondChoice: ['企业名称'],
    negatives: [
      '催收', '坐席', '操作员', '经办', '员工', '联系人', '配偶', '亲属', '担保', '保证人', '单位', '公司', '用户名', '登录',
      '产品', '银行', '网点', '机构', '文件', '客户经理', '负责人', '处理人', '分配', '父', '母', '子女',
      'agent', 'collector', 'operator', 'contact', 'spouse', 'emergency', 'user', 'company', 'employer', 'reference',
      'product', 'branch', 'file', 'officer', 'manager', 'relative', 'guarantor', 'surety', 'bank', ...CO_PARTY,
    ],
  },
  {
    field: 'accountId',
    kind: 'id',
    synonyms: [
      '借款编号',
      '账号', '账户', '帐号', '帐户', '账户号', '账户号码', '卡号', '信用卡号', '银行卡号', '贷款账号', '借据号', '借据编号',
      '贷款编号', '贷款账户', '客户账号', '卡片号码', '信用卡卡号', '贷款号', '放款账号', '账号/卡号',
      'account', 'account no', 'account number', 'account id', 'acct no', 'acct', 'acct nbr', 'account nbr', 'loan nbr', 'a c no', 'card no', 'card number',
      'loan no', 'loan number', 'loan id', 'loan account', 'loan', 'loan ref', 'account ref', 'credit card no',
      'card account', 'card account number', 'card account no', 'agreement no', 'agreement number',
    ],
    weaker: ['合同号', '合同编号', '契约编号', '契约号', 'contract no', 'contract number'],
    negatives: [
      '还款账', '收款', '对公', '入账', '代扣', '扣款', '身份证', '证件', '客服', '银行账户名', '户名', '类型', '状态', '余额',
      'repayment account', 'payee', 'debit account', 'id card', 'national id', 'status', 'type', 'balance', 'holder', 'name',
    ],
  },
  {
    field: 'phone',
    kind: 'phone',
    synonyms: [
      '手机', '手机号', '手机号码', '电话', '联系电话', '联系方式', '移动电话', '本人电话', '客户电话', '客户手机', '行动电话',
      '手提电话', '流动电话', '本人手机', '电话号码', '注册手机', '注册手机号', '预留手机', '预留手机号', '绑定手机',
      'mobile', 'mobile no', 'mobile number', 'mobile phone', 'phone', 'phone no', 'phone number', 'tel', 'telephone',
      'contact no', 'contact number', 'cell', 'cell phone', 'cell ph', 'mobile ph', 'cellphone', 'cellphone no', 'cellphone number', 'ph1', 'phone 1', 'primary phone', 'primary mobile', 'primary contact number',
    ],
    // The debtor's own landline is a phone too, but a mobile on the same page is the one to call.
    // …and a backup number (备用手机) yields to the registered one.
    secondChoice: ['住宅电话', '家庭电话', '宅电', 'home phone', 'home tel', 'landline', 'tel home', 'home ph', '备用手机', '备用电话'],
    negatives: [
      '紧急', '联系人', '单位', '公司', '工作', '客服', '热线', '坐席', '分机', '传真', '配偶', '亲属', '担保', '催收', '银行',
      'emergency', 'reference', 'employer', 'office', 'work', 'hotline', 'agent', 'fax', 'spouse', 'relative', 'bank',
      'extension', 'service', 'guarantor', 'surety', 'trustee', 'executor', 'attorney', 'solicitor', 'lawyer', '律师', ...CO_PARTY,
    ],
  },
  {
    field: 'amountOverdue',
    kind: 'amount',
    synonyms: [
      '逾期金额', '逾期本息合计', '逾期总额', '逾期总金额', '逾期应还', '逾期应还金额', '欠款金额', '欠款总额',
      '总欠款', '当前欠款', '拖欠金额', '拖欠总额', '逾期欠款', '当前逾期金额', '逾期款项', '积欠金额', '欠款', '逾期未还金额',
      '应还逾期金额', '逾期合计', '欠款合计', '催收金额', '逾期额', '逾期款', '逾期本息总额', '逾期欠款总额',
      '逾期应缴', '逾期应缴金额', '逾期应缴总额', '应还未还', '应还未还金额', '逾期未缴', '逾期未缴金额',
      'amount overdue', 'overdue amount', 'past due amount', 'past due', 'total past due', 'amount past due',
      'amount delinquent', 'total amount delinquent', 'overdue amt', 'past due amt', 'ovd amt',
      'delinquent amount', 'delinquent balance', 'arrears', 'amount in arrears', 'arrears amount', 'overdue balance',
      'total overdue', 'overdue', 'total arrears', 'past due balance',
    ],
    // Principal and interest overdue, without penalties: the total on the same page is the amount overdue.
    // …and the amount handed to an agency (委案金额) is what was owed then: today's wins.
    secondChoice: ['逾期本息', '委案金额'],
    negatives: [
      '授信', '信用额度', '额度', '最低', '账单', '合同', '本金', '利息', '罚息', '滞纳', '违约', '手续费', '已还', '减免',
      '承诺', '上次', '最近', '上期', '最后', '期数', '天数', '日数', '日期', '次数', '笔数', '时间', '账龄',
      'limit', 'minimum', 'min ', 'statement', 'principal', 'contract', 'interest', 'fee', 'paid', 'last', 'promise',
      'days', 'date', 'count', 'waiv', '平均', '回收', 'average', 'avg', 'recovered', 'collected',
    ],
  },
  {
    field: 'currency',
    kind: 'currency',
    synonyms: ['币种', '币别', '货币', '币制', '货币种类', 'currency', 'ccy', 'currency code'],
  },
  {
    field: 'daysPastDue',
    kind: 'days',
    synonyms: [
      '延滞天数', '延滞日数',
      '逾期天数', '逾期日数', '逾期天', '逾期日', '拖欠天数', '欠款天数', '逾期时长', '当前逾期天数', '逾期期间', '账龄天数',
      'dpd', 'days past due', 'days overdue', 'days delq', 'days dlq', 'days o/d', 'days delinquent', 'overdue days', 'past due days', 'delinquent days',
      'days in arrears', 'day past due', 'dpd days',
    ],
    negatives: ['日期', '次数', '最长', '历史', '累计', '平均', 'date', 'max', 'history', 'total', 'average', 'avg'],
  },
  {
    field: 'bucket',
    kind: 'bucket',
    synonyms: [
      '逾期阶段', '账龄', '帐龄', '逾期等级', '催收阶段', '逾期档位', '账龄阶段', '逾期期数', '逾期状态', '逾期级别', '风险阶段',
      'bucket', 'delinquency bucket', 'aging bucket', 'aging', 'delinquency stage', 'stage', 'cycle', 'collection stage',
    ],
    negatives: ['天数', '日数', 'days'],
  },
  {
    field: 'product',
    kind: 'text',
    synonyms: [
      '卡片名称', '卡片产品', 'card product', 'card name',
      '产品', '产品名称', '产品类型', '贷款产品', '业务类型', '贷款类型', '贷款品种', '产品种类',
      '业务品种', '借款类型', '产品名', '产品类别', '贷款种类', '商品名称',
      'product', 'product name', 'product type', 'loan type', 'loan product', 'facility type',
    ],
    // The kind of card (鈦金卡, 正卡) where the page also names the product (信用卡帳單分期).
    secondChoice: ['卡种', '卡片类型', '卡类型', '卡别', '卡片种类', '卡等级', '卡类', 'card type'],
    negatives: ['编号', '代码', 'code', 'id'],
  },
  {
    field: 'principal',
    kind: 'amount',
    synonyms: [
      '本金', '剩余本金', '本金余额', '未还本金', '剩余未还本金', '在贷本金', '待还本金', '应还本金', '贷款余额', '借款余额', '放款余额',
      '尚欠本金', '欠款本金',
      'loan balance',
      'principal', 'principal balance', 'princ bal', 'unpaid principal balance', 'unpaid principal', 'outstanding principal', 'remaining principal', 'principal amount', 'outst prin', 'outstanding prin', 'prin bal',
      'principal outstanding', 'capital outstanding', 'outstanding capital', 'capital balance',
      // What is left on the loan's IOU, or on the loan: 借据余额, 在贷余额 (as 贷款余额).
      '借据余额', '在贷余额',
    ],
    // The principal lent, where a page may also show what is left of it.
    // …and a loan's outstanding balance (the principal left, with some interest) when no principal label is on the page.
    weaker: ['贷款本金', '借款本金', 'original principal', 'orig prin', 'outstanding balance', 'balance outstanding'],
    // A revolving account (a credit limit on the page) owes a balance with its interest and fees, no principal.
    notBeside: { labels: ['outstanding balance', 'balance outstanding'], field: 'creditLimit' },
    negatives: ['逾期', '已还', 'overdue', 'past due', 'paid', '原', '让与'],
  },
  {
    field: 'creditLimit',
    kind: 'amount',
    synonyms: [
      '授信额度', '信用额度', '额度', '授信金额', '信用卡额度', '固定额度', '核定额度', '卡片额度', '信用限额',
      'credit limit', 'credit line', 'limit', 'approved limit',
    ],
    // A customer's total over all their cards, when a card's own limit is on the page too.
    secondChoice: ['总额度', '授信总额', 'total limit'],
    // …nor the original creditor's (原信用額度 on a debt buyer's page).
    negatives: ['可用', '剩余', '临时', 'available', 'remaining', 'temporary', '原'],
  },
  {
    field: 'minimumPayment',
    kind: 'amount',
    synonyms: [
      '最低还款额', '最低还款', '最低还款金额', '最低应还', '最低应还金额', '最低应缴', '最低应缴金额', '最低缴款', '最低缴款金额',
      '最低付款额', '最低还款额度',
      'minimum payment', 'min payment', 'minimum due', 'minimum amount due', 'min due', 'minimum payment due',
      'min amount due',
    ],
  },
  {
    field: 'lastPaymentDate',
    kind: 'date',
    synonyms: [
      // The bare "上次还款：2026-05-20 还款 ¥1,000.00" names both; the amount is read from the same text.
      ...cross(LAST_PAID, ['日期', '日', '时间', '']),
      'last payment date', 'last paid date', 'date of last payment', 'last payment', 'last pay date', 'last repayment date',
      'last pmt date', 'last pmt', 'lpd', 'last payment received', 'last payment on', 'last pmt dt', 'last pay dt',
      // Agency systems' abbreviations: LST PD (last paid), Last repayment.
      'lst pd', 'lst pd dt', 'last repayment', 'last pd', 'last pd dt',
    ],
    negatives: ['金额', 'amount'],
  },
  {
    field: 'lastPaymentAmount',
    kind: 'amount',
    synonyms: [
      ...cross(LAST_PAID, ['金额', '额']),
      'last payment amount', 'last paid amount', 'amount of last payment', 'last repayment amount', 'last pmt amount', 'last pmt amt', 'last pay amt',
      'last payment amt', 'lst amt', 'lst pd amt', 'last pd amt',
    ],
    negatives: ['日期', '时间', 'date'],
  },
  {
    field: 'region',
    kind: 'region',
    synonyms: [
      '地区', '所在地区', '所在地', '省市', '所属地区', '城市', '所在城市', '居住地', '常住地', '区域',
      '所属区域', '省份', '居住城市', '地域', '县市', '居住县市', '所在县市', '省市区', '现居地', '现居住地',
      'region', 'city', 'city/st', 'city/state', 'province', 'location', 'area', 'state', 'federal state', 'state province', 'province state',
      'mailing city', 'home city', 'mailing state', 'home state', 'town', 'county', 'district', 'postcode area', 'suburb', 'suburb state',
    ],
    // An address line may be a region only (city and district) or a street address that contains one.
    weaker: ['通讯地址', '联系地址', '居住地址', '账单地址', '帐单地址', '现住址', '现居住址', '经营地址', '送达地址'],
    // The place of household registration (户籍) is where the debtor came from, not where they live.
    // …and a phone number's 归属地 is where the number was issued (a caller's, on a call bar).
    secondChoice: ['户籍地', '户籍所在地', '户籍地址', '户籍地区', '归属地'],
    negatives: ['号码', '电话', '代码', 'code', 'phone'],
  },
  {
    field: 'guarantor',
    kind: 'name',
    synonyms: ['担保人', '保证人', '担保人姓名', '保证人姓名', '连带担保人', 'guarantor', 'guarantor name', 'co signer', 'cosigner', 'surety', 'surety name'],
    negatives: ['电话', '手机', '证件', '关系', 'phone', 'mobile', 'relation', 'id'],
  },
  {
    field: 'caseId',
    kind: 'id',
    synonyms: [
      '案件号', '案件编号', '案件id', '委案编号', '委案号', '案号', '催收编号', '案件流水号', '任务编号', '案件代码', '个案编号', '个案号', '档案编号', '催收单号', '催收案号',
      'case id', 'case no', 'case number', 'case ref', 'case reference', 'case',
      'collection case', 'collection case no', 'collection case number', 'collections case', 'collection case id', 'recovery case',
      'collection ref', 'collection reference',
    ],
    // A workflow ticket's number is the case in workflow-built CRMs, but not always; an agency's
    // file number is its case (File #, File No.).
    weaker: ['流程编号', 'file no', 'file number'],
    // A help desk's ticket is the case only when no collection case is shown beside it.
    secondChoice: ['ticket no', 'ticket id', 'ticket number', '工单号'],
    negatives: ['状态', '类型', 'status', 'type'],
  },
];

/**
 * Labels of neighbouring numbers that look like ours but are not: claimed here so that a
 * looser synonym of a real field never takes them.
 */
export const DECOY_LABELS: string[] = [
  '月结单结余', '结单结余', '月结单欠款', '账单金额', '本期账单', '本期账单金额', '账单余额', '本期应还', '本期应还金额', '本期应缴', '本期应缴金额', '本期应缴总额',
  '合同金额', '贷款金额', '借款金额', '放款金额', '申请金额', '可用额度', '剩余额度', '临时额度', '已还金额', '累计还款',
  '减免金额', '承诺金额', '承诺还款金额', '逾期本金', '逾期利息', '罚息', '滞纳金', '违约金', '手续费', '利息', '年费',
  '到期还款日', '还款日', '账单日', '出生日期', '放款日期', '开户日期', '承诺还款日期', '下次还款日', '逾期日期', '首次逾期日期',
  '身份证号', '身份证', '证件号码', '证件号', '紧急联系人', '联系人', '联系人电话', '紧急联系人电话', '单位电话', '单位名称',
  '催收员', '坐席', '客服电话', '还款账号', '还款账户', '操作员', '经办人', '最长逾期天数', '累计逾期天数', '历史最高逾期天数',
  '逾期次数', '分期期数', '剩余期数', '地址', '家庭地址', '住址', '单位地址', '邮箱', '电子邮箱',
  // Another borrower on the loan: their section's labels are found (lib/extract/sections.ts), their values claimed for nobody.
  '共同借款人', '共借人', '共同还款人', 'co borrower', 'joint borrower', 'co applicant', 'co maker',
  // Other people's sections and tables, found the same way (their titles and relationship columns).
  'authorized user', 'authorised user', 'third party authority', '授权人', '关系', '与借款人关系', '与客户关系', 'relationship',
  ...cross(['共同借款人', '担保人', '保证人', '联系人', '紧急联系人', '配偶'], ['信息', '资料', '情况']),
  'statement balance', 'new balance', 'statement amount', 'current balance', 'contract amount', 'loan amount',
  'original amount', 'available credit', 'available limit', 'amount paid', 'total paid', 'payment due date', 'due date',
  'statement date', 'date of birth', 'dob', 'promise amount', 'ptp amount', 'id number', 'emergency contact',
  'interest', 'late fee', 'fees', 'address', 'email', 'agent', 'collector',
  // A court's number for the lawsuit is no case of the collection system.
  // The part of an instalment plan's principal not yet billed is no outstanding principal.
  '未到期本金',
  // Taiwan's ID card number (身分證字號: 分, not 份).
  '身分证', '统一编号',
  // A name in two fields (CRMs' First name / Last name): joined when no label names the whole (index.ts).
  ...FIRST_NAME_LABELS, ...LAST_NAME_LABELS,
  '法院案号', '法院案件号', '诉讼案号', '执行案号', 'court case',
  // Titles of other parties' sections: an agency the case was handed to, a company's legal representative.
  '委外信息', '委外机构', '法定代表人', '法人代表', 'legal representative', 'collection agency', 'nominee', '受益人',
  // The Portuguese half of a Macau label ("姓名 Nome"): no value of the Chinese half.
  'nome', 'telemóvel', 'telefone', 'morada', 'endereço',
  ...AGENT_LABELS,
];

export interface ParsedValue {
  value: string | number;
  currency?: string;
}

/** Placeholders a CRM shows for "nothing here" (also bilingual: "无 none", "無 / N/A"): the field is absent, not this text. */
const EMPTY = String.raw`(?:无|無|暂无|暫無|没有|沒有|空|未填写?|未填寫|未知|不详|不詳|不适用|不適用|[无無](?:记录|紀錄|纪录|資料|资料|数据|數據)|暂无记录|暫無紀錄|no records?|none recorded|[-—–_/*]+|n\/?a|none|null|nil|unknown|not available|not applicable)`;
/** A placeholder for "nothing here" (无, 無紀錄, N/A, --): no value, and nothing beside it stands in for one. */
export const isPlaceholder = (text: string): boolean => EMPTY_RE.test(text.trim());
const EMPTY_RE = new RegExp(String.raw`^${EMPTY}(?:\s*[\s/|]\s*${EMPTY})?$`, 'i');

/** People and, for business loans and guarantors, companies ("Yida Auto Trading Co., Ltd.", "某某（深圳）有限公司"). */
/** A code of letters and digits (at least one digit, at least 5 characters): "1-8XKQ2LZ", "CS-7Q". */
const IDENTIFIER_RE = /^(?=.*\d)(?=(?:.*[A-Za-z0-9]){5})[A-Za-z0-9][A-Za-z0-9\-_./#]*$/;

/**
 * A gender or honorific shown after a name behind a clear separator: "<name> / 男", "<name>（女）",
 * "<name> 先生", "Lee, Ms". (No example names here: this file's characters feed the fold table.)
 */
const GENDER_TAIL_RE = /\s*(?:[/／|｜,，(（]\s*(?:[男女]|先生|女士|m[rs]s?)\.?\s*[)）]?|\s(?:先生|女士|[男女]))$/i;

/** A Chinese name or place with its romanization after it ("陳嘉欣 CHAN Ka Yan", "觀塘 Kwun Tong"): the Chinese is the value. */
const ROMANIZED_RE = /^([\u3400-\u9fff·]{2,}[^A-Za-z]*?)\s+[A-Z][A-Za-z ,.'-]*$/;

const NAME_RE = /^[\p{L}\p{M}*＊·•.'’\-&,，()（） ]{1,60}$/u;

/**
 * Values read, by kind, locale, hint and text: a watched page is read again on every change, and
 * its texts are mostly the same (bounded, cleared when full). The values are shared: never changed.
 */
const readValues = new Map<string, ParsedValue | null>();

const COURT_CASE_RE = /^[（(]\d{4}[）)][\u4e00-\u9fff]{0,3}\d{0,6}[\u4e00-\u9fff]{1,6}\d{1,6}号$/;
const APPROX_RE = /^(?:约|約|大约|大約|约合|約合|大概|approx\.?|approximately|about|around|circa|~|≈)\s*|(?:左右|上下)\s*$/i;

/** Read a raw value text for a field kind; null when the text cannot be this field's value. */
export function parseFieldValue(kind: ValueKind, raw: string, locale: string, hint?: LabelHint): ParsedValue | null {
  const key = `${labelFoldVersion()}\u0001${kind}\u0001${locale}\u0001${hint ? `${hint.multiplier ?? ''}\u0002${hint.currency ?? ''}` : ''}\u0001${raw}`;
  let v = readValues.get(key);
  if (v === undefined) {
    v = readValue(kind, raw, locale, hint);
    if (readValues.size >= 2048) readValues.clear();
    readValues.set(key, v);
  }
  return v;
}

function readValue(kind: ValueKind, raw: string, locale: string, hint?: LabelHint): ParsedValue | null {
  const text = cleanText(raw);
  if (!text || text.length > 200 || EMPTY_RE.test(text) || FILTER_WORD_RE.test(text)) return null;
  // "编辑客户", "查看借款人详情", "Edit Co-Borrower", "请输入客户姓名": controls and prompts, not values.
  if ((kind === 'name' || kind === 'text' || kind === 'region') && namesAnAction(text)) return null;
  switch (kind) {
    case 'amount': {
      // An approximation ("约 2.3 万元", "2万左右", "approx. $2,300") is no amount owed.
      if (APPROX_RE.test(text)) return null;
      const a = parseAmount(text, locale, hint);
      return a ? { value: a.value, currency: a.currency } : null;
    }
    case 'days': {
      const d = parseDays(text);
      return d === null ? null : { value: d };
    }
    case 'date': {
      const d = parseDate(text, locale);
      return d ? { value: d } : null;
    }
    case 'bucket': {
      const b = parseBucket(text);
      if (b) return { value: b };
      const d = parseDays(text);
      return d !== null && /天|日|day/i.test(text) ? { value: bucketFromDays(d) } : null;
    }
    case 'currency': {
      const c = detectCurrency(text, locale);
      return c ? { value: c } : /^[A-Z]{3}$/.test(text) ? { value: text } : null;
    }
    case 'name': {
      // …nor a bucket or status tag after a Chinese name ("張家豪 M2", "王磊 VIP").
      // A role tag before it is no part of it either ("主借人 宋佳豪").
      // …nor a note in brackets after it ("黃淑芬（配偶）", "Lee (home)").
      const name = text.replace(/^(?:主借人|借款人|主贷人|本人|持卡人|主卡人|申请人|债务人)\s+(?=[\u3400-\u9fff])/, '').replace(GENDER_TAIL_RE, '').replace(/(\S)\s*[（(][^()（）]{1,8}[)）]$/, '$1').replace(ROMANIZED_RE, '$1').replace(/^([\u3400-\u9fff·]{2,5})\s+(?=[A-Z\d])[A-Za-z\d+]{1,5}$/, '$1');
      // A name in Latin letters has a capital ("Megan Walsh", "ZHANG WEI"); "hardship", "active" are tags.
      // A role is no name ("主借款人 · 私人分期貸款": a card's subtitle under its title).
      // …nor a status tag ("逾期", "結清") beside the title.
      if (/^[a-z .'’-]+$/.test(name) || /借款人|貸款人|贷款人|[担擔]保人|保[证證]人|持卡人|申[请請]人|[债債][务務]人|[联聯][系繫络絡]人/.test(name) || /^(?:逾期|正常|[结結]清|已[结結]清|呆[账帳]|催收中|核[销銷]|[冻凍][结結]|止付)$/.test(name)) return null;
      return name.length <= 60 && NAME_RE.test(name) ? { value: name } : null;
    }
    case 'id': {
      // "NB-2026-11-02217 ·", "A-1 |": a separator before the next item is no part of the number.
      // …nor a closing bracket it did not open ("（案件編號：WO-115-0063）").
      // A court's case number ("（2026）浙0281民督76号") is no account or case of the collection system.
      if (COURT_CASE_RE.test(text)) return null;
      const id = text.replace(TRAILING_SEP_RE, '').replace(/[)）\]】]+$/, (b) => (/[(（[【]/.test(text) ? b : ''));
      // Words are no number: "Lisa M. Fong (NZ$ 212.90 due)" after "Next account:" is a name.
      if (/[A-Za-z]{2,}[.,]?\s+(?:[A-Za-z][.,]?\s+)*[A-Za-z]{2,}/.test(id)) return null;
      // Card / loan / case numbers as shown (masks kept): some digits or mask stars, no prose.
      // (or an identifier of letters and digits: Siebel's row ids "1-8XKQ2LZ").
      return id.length <= 48 && !/[\u3400-\u9fff]{3}/.test(id) && (/[\d*＊•●×]{3}/.test(id) || IDENTIFIER_RE.test(id)) ? { value: id } : null;
    }
    case 'phone': {
      // A note after the number is no part of it: "138****1234（本人）", "555-0142 (home)".
      const tel = toHalfWidth(text).replace(/\s*[（(][^()（）\d]{1,10}[)）]$/, '');
      const digits = tel.replace(/\D/g, '').length;
      // Masked with stars, bullets or dots as CRMs draw them: "138****5521", "(470) •••-3318".
      return tel.length <= 32 && /^[+\d*＊•●×\s()\-–xX#]+$/.test(tel) && digits >= 3 && tel.replace(/[^\d*＊•●×]/g, '').length >= 7
        ? { value: tel }
        : null;
    }
    case 'region': {
      // A house number ("88号", "5弄", "301室") makes it a street address, not a region.
      // A note in brackets after it (a postcode, a district) is no part of it: "Leeds (LS6)".
      let place = text.replace(ROMANIZED_RE, '$1').replace(/\s*[(（][^()（）]*[)）]$/, '');
      // A street address (a house number, a street, masked house details): its city is the region…
      // (Province and city; a city of no province, such as 新北市 or 北京市, with its district.)
      if (/\d{3}|\d\s*[号號弄巷室栋棟]|[街路巷弄村]|[*＊]{2}/.test(place)) place = (/^[^*＊\d]{2,}?省[^*＊\d]*?(?:市|[州盟](?!市))/.exec(place) ?? /^[^*＊\d]{2,}?(?:市|[州盟](?!市))(?:[^*＊\d\s]{1,4}?[区區县縣])?/.exec(place))?.[0] ?? '';
      return place && place.length <= 40 ? { value: place } : null;
    }
    case 'text':
      // A system code before its description ("PERSONAL.INSTALMENT.LOAN Personal Instalment Loan"): the description.
      return text.length <= 80 ? { value: text.replace(/^[A-Z\d]+(?:[._][A-Z\d]+)+\s+(?=\S)/, '') } : null;
  }
}
