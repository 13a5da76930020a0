// The lint's learned layer: the committed model is what the generator makes from the training split,
// the held-out split (never trained on) meets the acceptance bar, and each rule's boundaries hold.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText, loadLintModel, type LintRuleId } from '@/lib/compliance';
import { lintModel, sentenceSpans } from '@/lib/compliance/lint-learned';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { HELDOUT_FILE, lintModelSource, OUTPUT, readCorpus, TRAIN_FILE } from '../../../scripts/gen-lint-model';
import { score } from '../../../scripts/lint-eval';

beforeAll(async () => {
  await loadLintModel();
});

describe('lint model', () => {
  it('lint-model.gen.ts is up to date (run `npm run gen:lint-model`)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(lintModelSource());
  }, 60_000);

  it('the corpus has at least 300 lines, every rule and lawful lines in both splits, and no line in both', () => {
    const train = readCorpus(TRAIN_FILE);
    const heldout = readCorpus(HELDOUT_FILE);
    expect(train.length + heldout.length).toBeGreaterThanOrEqual(300);
    const ids = ['lawful', 'threat', 'insult', 'impersonation', 'third-party-disclosure', 'shaming', 'false-legal-claim', 'harassment', 'unauthorized-waiver', 'demand-above-owed', 'borrow-to-repay'];
    for (const split of [train, heldout]) expect(new Set(split.map((e) => e.label))).toEqual(new Set(ids));
    const seen = new Set(train.map((e) => e.text));
    expect(heldout.filter((e) => seen.has(e.text))).toEqual([]);
  });

  it('held-out lines: at least 94% of unlawful lines caught, at most 6% of lawful lines flagged', () => {
    const s = score(readCorpus(HELDOUT_FILE), lintModel());
    expect(s.caught / s.unlawful, s.misses.join('\n')).toBeGreaterThanOrEqual(0.94);
    expect(s.flagged / s.lawful, s.falseFlags.join('\n')).toBeLessThanOrEqual(0.06);
  });

  it('the default pack raises no finding at all with the model loaded, in any language', () => {
    const pack = loadDefaultPackNode();
    const texts = [...pack.scenarios.flatMap((s) => s.scripts), ...pack.stageScripts].flatMap((s) => [s.text, s.translations?.['zh-TW'], s.translations?.en]);
    const found = texts.flatMap((t) => (t ? lintText(t).map((f) => `${f.ruleId}: ${t}`) : []));
    expect(found).toEqual([]);
  });

  it('a learned finding warns, names a rule, spans its sentence and offers a lawful phrasing', () => {
    const text = '您好。你那辆车停楼下挺显眼的，哪天被人划了可别怪我。';
    const f = lintText(text).filter((x) => x.learned !== undefined);
    for (const x of f) {
      expect(x.severity).toBe('warn');
      expect(x.suggestion?.en.length).toBeGreaterThan(0);
      expect(sentenceSpans(text).some((s) => s.start <= x.span!.start && x.span!.end <= text.length)).toBe(true);
    }
    expect(lintText(text, { model: null }).every((x) => x.learned === undefined)).toBe(true);
  });

  it('sentence spans skip blanks and punctuation-only parts', () => {
    expect(sentenceSpans('你好。  。出门注意点！')).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 12 },
    ]);
  });
});

// Boundaries per rule: the first line of each pair must be caught by that rule (rules alone), the second must pass.
const BOUNDARIES: [LintRuleId, string, string][] = [
  ['threat', '孩子在哪个学校上学我们都清楚，你自己想想', '孩子在哪个学校上学，方便的话可以跟我说说您的开销'],
  ['threat', '晚上出门小心点', '晚上出门注意安全'],
  ['threat', '今晚我们就到你家楼下', '今晚十点前还款都算今天入账'],
  ['third-party-disclosure', '刚才已经跟你妈说了你欠的钱，让她叫你回个电话', '麻烦您转告他回个电话，谢谢'],
  ['third-party-disclosure', '要不我跟你老婆讲讲', '我们不会跟你老婆讲'],
  ['third-party-disclosure', '已联系紧急联系人，让他转告你欠款的事', '已联系紧急联系人，未透露欠款信息，仅请其转告回电'],
  ['shaming', '我们去你们村口贴告示', '我们不会去你们村里张贴任何东西'],
  ['shaming', '回头跟你们公司HR说一声', '我们不会联系您公司的HR'],
  ['insult', '你就是个蛀虫', '您是家里的顶梁柱'],
  ['insult', '你还算个男人吗', '您是个有担当的人'],
  ['false-legal-claim', '你孩子以后政审过不了', '您的孩子不会因为信用卡逾期被政审卡住'],
  ['false-legal-claim', '你名下的卡全部被冻结了', '是否冻结由法院决定，所有账户都要依法处理'],
  ['demand-above-owed', '上门催收费要另外交', '上门不收取任何费用'],
  ['unauthorized-waiver', '我做主，利息全免，符合政策', '利息减免要按政策提交申请审批'],
  ['unauthorized-waiver', '我给你打个八折', '我没有打折的权限，可以帮您提交协商申请'],
  ['unauthorized-waiver', '剩下的两万我说了算，给你免了', '剩下的两万能否减免要等审批结果，我做不了主'],
  ['harassment', '你拉黑一个号我就换一个号继续打', '我们会在约定的时间再联系您'],
  ['impersonation', '我是市法院执行局的', '法院的文书以法院送达为准，我是银行的工作人员'],
  ['borrow-to-repay', '去网贷借点先还上', '我们不建议您借新还旧'],
  ['borrow-to-repay', '找朋友借点钱先还上', '千万别去借网贷来还'],
];

describe('lint rules: boundaries (rules alone)', () => {
  it.each(BOUNDARIES)('%s: 「%s」 caught, 「%s」 passes', (rule, bad, good) => {
    expect(lintText(bad, { model: null }).map((f) => f.ruleId)).toContain(rule);
    expect(lintText(good, { model: null }).map((f) => `${f.ruleId}:${good.slice(f.span!.start, f.span!.end)}`)).toEqual([]);
  });
  it('the rules and the model agree on the lawful sides too', () => {
    expect(BOUNDARIES.flatMap(([, , good]) => lintText(good).map((f) => `${f.ruleId}~${f.learned}: ${good}`))).toEqual([]);
  });
});
