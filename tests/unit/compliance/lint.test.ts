import { describe, expect, it } from 'vitest';
import { lintText, type LintRuleId } from '@/lib/compliance';

// [sentence, the rule that must fire, amountOverdue?]
const SHOULD_FLAG: [string, LintRuleId, number?][] = [
  ['不还钱就去你单位找你领导', 'third-party-disclosure'],
  ['再不还钱我们就派几个人上门找你', 'threat'],
  ['你信不信我明天带一帮兄弟去你家', 'threat'],
  ['小心你的家人', 'threat'],
  ['不还钱就让你坐牢', 'threat'],
  ['警察马上就来抓你', 'threat'],
  ['我们会上门查封你的房子', 'threat'],
  ['再拖下去就把你的车拉走', 'threat'],
  ['别怪我们不客气，后果自负', 'threat'],
  ['你这个老赖，真不要脸', 'insult'],
  ['你就是个骗子', 'insult'],
  ['滚蛋吧你，穷鬼', 'insult'],
  ['我是法院的，今天通知你出庭', 'impersonation'],
  ['我们是公安局经侦大队的', 'impersonation'],
  ['法院委托我们来通知你', 'impersonation'],
  ['我们会联系你的家人和同事', 'third-party-disclosure'],
  ['我们会给你老板打电话说明情况', 'third-party-disclosure'],
  ['让你父母帮你还', 'third-party-disclosure'],
  ['您儿子在我行的信用卡逾期了三个月', 'third-party-disclosure'],
  ['麻烦你转告他尽快还款', 'third-party-disclosure'],
  ['你的单位领导很快都会知道', 'third-party-disclosure'],
  ['我们会在朋友圈曝光你', 'shaming'],
  ['把你列入黑名单', 'shaming'],
  ['再不还就爆你通讯录', 'shaming'],
  ['我们会把你的照片挂到网上', 'shaming'],
  ['拿你开刀，杀一儆百', 'shaming'],
  ['不还就是诈骗罪', 'false-legal-claim'],
  ['明天就起诉并冻结你所有账户', 'false-legal-claim'],
  ['你的孩子以后不能考公务员', 'false-legal-claim'],
  ['你以后不能坐飞机了', 'false-legal-claim'],
  ['我们已经对你立案了', 'false-legal-claim'],
  ['利息全免，今天还本金就行', 'unauthorized-waiver'],
  ['我给你免掉所有罚息', 'unauthorized-waiver'],
  ['只还一半就行', 'unauthorized-waiver'],
  ['你今天还的话，我保证给你打个折', 'unauthorized-waiver'],
  // The agent's own say-so, with no waiver keyword the older patterns knew (issue #15).
  ['剩下的两万我做主全部给你免了', 'unauthorized-waiver'],
  ['剩下的我做主不收了', 'unauthorized-waiver'],
  // The narrow exemptions below do not open these: a promise after the hypothetical, a waiver after asking for proof.
  ['要是随便打折就不公平了，不过我给你打个折', 'unauthorized-waiver'],
  ['您有减免的书面文件吗？没有的话我给你减免', 'unauthorized-waiver'],
  ['如果你今天还，我就给你打折', 'unauthorized-waiver'],
  ['把钱转到我个人支付宝', 'demand-above-owed'],
  ['另外要交500元手续费', 'demand-above-owed'],
  ['需要先交一笔解冻费', 'demand-above-owed'],
  ['今天必须还8000元', 'demand-above-owed', 5000],
  ['请一次性还清一万二', 'demand-above-owed', 5000],
  ['我们会轮番给你打电话', 'harassment'],
  ['天天打到你还钱为止', 'harassment'],
  ['这钱你不还，你的房子迟早是我们的', 'threat'],
  ['拖欠不还是违法行为', 'false-legal-claim'],
  ['你们村委会的电话我们已经有了', 'third-party-disclosure'],
  ['你今天不还明天就上征信黑名单', 'shaming'],
  ['你再不接电话，我就打到你们公司去', 'third-party-disclosure'],
  // Traditional Chinese
  ['不還錢就去你單位找你領導', 'third-party-disclosure'],
  ['我們是律師事務所的', 'impersonation'],
  ['把你列入黑名單', 'shaming'],
  ['再不還就讓你坐牢', 'threat'],
  ['利息全免，今天還清就好', 'unauthorized-waiver'],
  ['我們會聯繫你的家人和同事', 'third-party-disclosure'],
  // English
  ['We will send someone to your house tonight.', 'threat'],
  ["You will be arrested if you don't pay.", 'threat'],
  ['This is the police department calling about your debt.', 'impersonation'],
  ['We will tell your employer about this debt.', 'third-party-disclosure'],
  ["If you don't pay we will call your boss.", 'third-party-disclosure'],
  ["We'll post your name online.", 'shaming'],
  ["Not paying is fraud and it's a crime.", 'false-legal-claim'],
  ['We can waive all the interest today.', 'unauthorized-waiver'],
  ['Send the payment to my personal Venmo account.', 'demand-above-owed'],
  ['You stupid deadbeat.', 'insult'],
  ['We will call you every hour until you pay.', 'harassment'],
  ["We'll take you to court tomorrow and freeze your accounts.", 'false-legal-claim'],
  ['Your neighbors will find out about this.', 'third-party-disclosure'],
];

// Lawful, truthful or neutral sentences: none may be flagged. [sentence, amountOverdue?]
const MUST_NOT_FLAG: [string, number?][] = [
  ['我们不会上门'],
  ['我们不会联系您的家人和单位'],
  ['我们不会曝光您的信息'],
  ['如需减免需要向上级申请审批'],
  // The default pack's own lawful scripts (already-waived-writeoff, discount-settlement-fair):
  // asking for the bank's waiver document, and explaining why there is no arbitrary discount.
  ['如果您手里有银行出具的减免或结清的书面文件，请发给我们，我马上核对。'],
  ['换位想一想：银行的钱来自千千万万储户，如果随便打折，对按时还款的客户也不公平。'],
  ['逾期可能按合同约定报送征信'],
  ['您好，请问是张伟先生本人吗？'],
  ['我是XX银行信用卡中心的工作人员，工号1234'],
  ['您本期应还金额为5000元，请在10号前还款', 5000],
  ['请通过官方渠道还款，我行不会要求您转账到个人账户'],
  ['如协商不成，我行可能会依法提起诉讼'],
  ['恶意透支经两次催收后超过三个月仍不归还的，可能涉嫌信用卡诈骗'],
  ['如进入诉讼程序，法院可能依法冻结您名下的账户'],
  ['我理解您的难处，我们一起看看怎么安排还款'],
  ['麻烦您转告他回个电话，谢谢'],
  ['您可以申请个性化分期，结果以审批为准'],
  ['信用卡有最长56天免息期'],
  ['请警惕冒充银行的骗子，不要向陌生账户转账'],
  ['客户说要去媒体曝光我们'],
  ['客户称我们是骗子'],
  ['客户表示会跟家人商量后再还款'],
  ['为了您的家人着想，建议尽快处理'],
  ['我们只会与您本人沟通，不会告诉您的单位'],
  ['您今天能还多少？最低还款额是500元', 5000],
  ['我们没有所谓的黑名单，只会按合同报送征信'],
  ['本次通话将被录音，以保障双方权益'],
  ['请问您什么时间方便？我们在约定时间再联系您'],
  ['您的还款日是每月15号'],
  ['已联系紧急联系人，未透露欠款信息，仅请其转告回电'],
  ['我们不会打扰您的同事和邻居'],
  ['如果您对账单有异议，可以向我行申请核实'],
  ['我们绝不会威胁您，也不会上门骚扰'],
  ['您上次承诺15号还款3000元，今天是跟进提醒', 5000],
  ['已经收到您的还款，谢谢'],
  ['这笔欠款的本金是20000元，目前逾期金额5000元', 5000],
  ['如果您一直不处理，我行可能委托律师发送律师函'],
  ['我们可以帮您申请停息挂账，但不能保证一定通过'],
  ['明天上午我再给您打电话确认'],
  ['您按时还款，我们就不会再打扰您'],
  ['请您抓紧时间处理，避免产生更多罚息'],
  ['我们不会给您的家人打电话'],
  ['您家里孩子还好吗？最近工作顺利吗？'],
  ['请不要把钱转给任何个人'],
  ['客户承诺5月15日还款2000元，已告知还款渠道', 5000],
  ['客户家属接听，称客户外出打工，已请其转告回电'],
  ['逾期会产生罚息和违约金，按合同约定计算'],
  ['你要是还不上，就只能走法律程序了'],
  ['失信被执行人会被限制高消费'],
  ['下周我们会安排同事上门拜访，请您在家'],
  ['您好，这里是招商银行信用卡中心'],
  ['我们会按规定上报征信'],
  ['恶意拖欠可能构成违法，请您重视'],
  // Traditional Chinese
  ['減免需要按政策提交申請審批'],
  ['我們不會聯繫您的家人'],
  ['逾期資訊可能按合約約定報送徵信'],
  ['請您透過官方管道還款'],
  ['我們不會上門，也不會曝光您的資訊'],
  // English
  ['We will never contact your employer or family.'],
  ['Late payments may be reported to the credit bureau as your contract provides.'],
  ['Any reduction is subject to approval; I can submit a request for you.'],
  ['Please call us back at your convenience.'],
  ['If we cannot reach an agreement, the bank may take legal action.'],
  ["I'm calling from XYZ Bank about your account."],
  ['We do not charge any extra fees for paying online.'],
  ['Beware of scammers who ask you to pay into a personal account.'],
  ['If the court grants an order, it may freeze your accounts.'],
  ["I understand, let's set up a payment plan."],
];

describe('lintText: must flag', () => {
  it.each(SHOULD_FLAG)('%s → %s', (text, rule, amountOverdue) => {
    const findings = lintText(text, amountOverdue === undefined ? {} : { amountOverdue });
    expect(findings.map((f) => f.ruleId)).toContain(rule);
  });
  it('has at least 40 cases', () => expect(SHOULD_FLAG.length).toBeGreaterThanOrEqual(40));
});

describe('lintText: must not flag (false positives matter as much as misses)', () => {
  it.each(MUST_NOT_FLAG)('%s', (text, amountOverdue) => {
    const findings = lintText(text, amountOverdue === undefined ? {} : { amountOverdue });
    expect(findings.map((f) => `${f.ruleId}:${text.slice(f.span!.start, f.span!.end)}`)).toEqual([]);
  });
  it('has at least 40 cases', () => expect(MUST_NOT_FLAG.length).toBeGreaterThanOrEqual(40));
});

describe('lintText: findings', () => {
  it('spans point into the original text, Traditional included', () => {
    const text = '您好。不還錢就去你單位找你領導';
    const f = lintText(text);
    expect(f.length).toBeGreaterThan(0);
    const first = f[0]!;
    expect(text.slice(first.span!.start, first.span!.end)).toBe('去你單位');
  });
  it('every finding names its rule, source, severity and a lawful phrasing in three languages', () => {
    for (const [text, , amountOverdue] of SHOULD_FLAG) {
      for (const f of lintText(text, amountOverdue === undefined ? {} : { amountOverdue })) {
        expect(f.source.citation.length).toBeGreaterThan(0);
        expect(['block', 'warn', 'info']).toContain(f.severity);
        for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
          expect(f.message[lang].length).toBeGreaterThan(0);
          expect(f.suggestion?.[lang].length).toBeGreaterThan(0);
        }
      }
    }
  });
  it('the amount check needs amountOverdue and only fires above it', () => {
    expect(lintText('今天必须还8000元').map((f) => f.ruleId)).not.toContain('demand-above-owed');
    expect(lintText('今天必须还8000元', { amountOverdue: 8000 })).toEqual([]);
    expect(lintText('今天必须还8000.5元', { amountOverdue: 8000 }).map((f) => f.ruleId)).toEqual(['demand-above-owed']);
    expect(lintText('请还款¥1.2万', { amountOverdue: 11999 }).map((f) => f.ruleId)).toEqual(['demand-above-owed']);
  });
  it('marks tactics from the training material', () => {
    expect(lintText('把你列入黑名单')[0]?.tacticId).toBe('public-blacklist');
    expect(lintText('我们会轮番给你打电话')[0]?.tacticId).toBe('relay');
  });
  it('can be limited to some rules; empty text has no findings', () => {
    expect(lintText('你这个老赖，把你列入黑名单', { rules: ['shaming'] }).map((f) => f.ruleId)).toEqual(['shaming']);
    expect(lintText('')).toEqual([]);
  });
});
