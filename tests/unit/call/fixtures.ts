// A small pack built in code for the call-logic and panel tests of the situations that need special
// routing (crisis, third parties, an heir, broken promises, stop-contact): it holds only what the
// tests need, so they never depend on the default pack's wording.
import type { PackInput } from '@/lib/packs/schema';
import { validatePack } from '@/lib/packs/validate';
import type { Pack } from '@/lib/packs/schema';
import { mergePacks, type MergedPack } from '@/lib/packs/merge';

type ScriptIn = { id: string; text: string; stage: string; discloses: boolean };
const sc = (id: string, title: string, examples: string[], scripts: ScriptIn[]) => ({
  id,
  title: { 'zh-CN': title, 'zh-TW': title, en: id },
  examples,
  scripts,
});

export function routingPackInput(over: Partial<PackInput> = {}): PackInput {
  return {
    formatVersion: 1,
    id: 'routing-test',
    name: { 'zh-CN': '路由测试包' },
    version: '1.0.0',
    locales: ['zh-CN'],
    author: 'tester',
    updatedAt: '2026-11-26',
    stages: [
      { id: 'open', title: { 'zh-CN': '开场' }, goal: { 'zh-CN': '自我介绍' }, checklist: [] },
      { id: 'verify', title: { 'zh-CN': '核实身份' }, goal: { 'zh-CN': '确认本人' }, checklist: [{ id: 'identity-verified', text: { 'zh-CN': '已核实本人身份' }, required: true }] },
      { id: 'purpose', title: { 'zh-CN': '说明来意' }, goal: { 'zh-CN': '告知欠款' }, checklist: [] },
    ],
    stageScripts: [
      { id: 'st-open', text: '您好，我是{agentName}。', stage: 'open', discloses: false },
      { id: 'st-purpose', text: '{name}，您的账户逾期了，金额{amountOverdue}元。', stage: 'purpose', discloses: true },
      { id: 'st-close', text: '感谢您接听，再见。', stage: 'close', discloses: false },
    ],
    scenarios: [
      sc('crisis', '危机', ['不想活了', '活着没意思', '人晕倒了'], [
        { id: 'crisis-listen', text: '我先不谈别的，您现在安全吗？我在听。', stage: 'understand', discloses: false },
        { id: 'crisis-help', text: '您可以拨打 12356 心理援助热线，紧急情况请拨 120 或 110。', stage: 'understand', discloses: false },
      ]),
      sc('no-money-now', '暂时没钱', ['没钱', '手头紧'], [
        { id: 'nm-empathy', text: '我理解您现在的难处。', stage: 'understand', discloses: false },
        { id: 'nm-ask', text: '最低还款{minimumPayment}元，您看哪天能安排？', stage: 'negotiate', discloses: true },
        { id: 'nm-commit', text: '那我们约定一个日期好吗？', stage: 'commit', discloses: false },
      ]),
      sc('illness', '生病', ['住院了', '生病了'], [
        { id: 'ill-care', text: '先祝早日康复，身体最重要。', stage: 'understand', discloses: false },
        { id: 'ill-plan', text: '您的欠款可以申请困难还款安排。', stage: 'negotiate', discloses: true },
      ]),
      sc('not-the-debtor', '非本人', ['你打错了', '他不在'], [
        { id: 'ntd-callback', text: '不好意思打扰了，麻烦转告他回电找{agentName}。', stage: 'verify', discloses: false },
      ]),
      sc('divorced', '已离婚', ['我们离婚了', '别找我'], [
        { id: 'div-third-party', text: '打扰了，我们只找他本人处理个人事务，麻烦您转告他回电。', stage: 'verify', discloses: false },
        { id: 'div-coborrower', text: '您是这笔贷款的共同借款人，仍需还款。', stage: 'understand', discloses: true },
      ]),
      sc('deceased', '已去世', ['他已经去世了', '人没了'], [
        { id: 'deceased-condolence', text: '非常抱歉，请您节哀。今天不谈其他事情。', stage: 'verify', discloses: false },
        { id: 'deceased-estate', text: '继承人只在继承的遗产范围内承担还款责任。', stage: 'understand', discloses: true },
      ]),
      sc('broken-promise', '多次承诺未兑现', ['这次一定还', '上次没还这次肯定还'], [
        { id: 'bp-quote', text: '您上次答应过的日期没有到账，这次我们约一个更近、您一定能做到的日子好吗？', stage: 'commit', discloses: false },
      ]),
      sc('vague-promise', '含糊承诺', ['好好好我尽量', '我想想办法'], [
        { id: 'vp-pin', text: '具体是哪一天、用什么方式呢？', stage: 'commit', discloses: false },
      ]),
      sc('stop-contact', '要求停止联系', ['别再打了', '不要再打电话'], [
        { id: 'sc-ack', text: '好的，我会记录您的要求。', stage: 'close', discloses: false },
      ]),
    ] as PackInput['scenarios'],
    ...over,
  };
}

export function routingPack(over: Partial<PackInput> = {}): Pack {
  const r = validatePack(routingPackInput(over));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

export const mergedRoutingPack = (over: Partial<PackInput> = {}): MergedPack => mergePacks([routingPack(over)]);
