import { describe, expect, it } from 'vitest';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { buildClassifier, clauseWindows } from '@/lib/suggest/classifier';
import { detectCues } from '@/lib/suggest/cues';
import { normalizeText, stripFillers } from '@/lib/suggest/normalize';

const classifier = buildClassifier(loadDefaultPackNode());
const top1 = (t: string) => classifier.classify(t).top[0]?.id ?? 'none';

describe('normalizeText', () => {
  it('converts Traditional to Simplified, full-width to ASCII, lowercases and strips punctuation', () => {
    expect(normalizeText('我現在沒錢！ＯＫ？')).toBe('我现在没钱 ok');
    expect(normalizeText("I don't   have MONEY...")).toBe('i dont have money');
    expect(normalizeText('冇錢')).toBe('没有钱');
  });

  it('maps Cantonese, Northeastern and Sichuan words to the standard ones', () => {
    expect(normalizeText('我而家真係冇錢，唔該')).toBe('我现在真是没有钱 谢谢');
    expect(normalizeText('佢哋點解揾我，關我咩事')).toBe('他们为什么找我 关我什么事');
    expect(normalizeText('俺们那嘎达咋整')).toBe('我们那里怎么办');
    expect(normalizeText('莫得钱，啥子都晓得')).toBe('没有钱 什么都知道');
    expect(normalizeText('莫再打了，莫名其妙')).toBe('不要再打了 莫名其妙');
    expect(normalizeText('帳單')).toBe('账单');
  });
});

describe('stripFillers', () => {
  const strip = (t: string) => stripFillers(normalizeText(t));
  it('drops spoken fillers from run-on speech', () => {
    expect(strip('嗯那个就是说我现在吧手头真的没有然后呢')).toBe('我现在吧手头真的没有');
    expect(strip('呃 你知道吧 没钱 对吧')).toBe('没钱');
    expect(strip('um so like I lost my job, you know')).toBe('so i lost my job');
  });
  it('keeps content words that look like fillers', () => {
    expect(strip('我不认识那个人')).toBe('我不认识那个人');
    expect(strip('我就是不还')).toBe('我就是不还');
    expect(strip('额度不够')).toBe('额度不够');
    expect(strip("I'd like to pay, do you know how")).toBe('id like to pay do you know how');
  });
  it('leaves a filler-only text as it is', () => {
    expect(strip('嗯嗯')).toBe('嗯嗯');
  });
});

describe('classifier (default pack)', () => {
  it('returns at most 3 ranked entries with scores in 0..1', () => {
    const { top } = classifier.classify('我最近真的没钱，生意也亏了');
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThanOrEqual(3);
    for (const r of top) expect(r.score).toBeGreaterThan(0), expect(r.score).toBeLessThanOrEqual(1);
    expect([...top].sort((a, b) => b.score - a.score)).toEqual(top);
  });

  it('understands Traditional Chinese', () => {
    expect(top1('我老公已經過世了')).toBe('deceased');
    expect(top1('你們主管在嗎？叫他來跟我談')).toBe('ask-supervisor');
  });

  it('understands English and mixed text', () => {
    expect(top1('I want to speak to your manager now')).toBe('ask-supervisor');
    expect(top1('我们已经divorced了，别找我')).toBe('divorced');
    expect(top1('我要打12378 complaint')).toBe('complaint-threat');
  });

  it('tolerates typos and colloquial speech', () => {
    expect(top1('我跟他早离婚了嘛')).toBe('divorced');
    expect(top1('能不能给个折扣啊，一次性给你')).toBe('discount-settlement');
    expect(top1('Let me talk to you supervisr')).toBe('ask-supervisor');
  });

  it('treats a concrete commitment as none, and keeps a vague one', () => {
    expect(classifier.classify('明天上午转五千').top).toEqual([]);
    expect(classifier.classify('好，今晚八点前我用微信还两千').top).toEqual([]);
    expect(top1('过几天吧，我尽量')).toBe('vague-promise');
  });

  it('treats questions about the amount, greetings and how-to-pay questions as none', () => {
    for (const t of ['我现在欠你们多少钱？', '利息是怎么算的呢', '喂，你好', '嗯嗯', '你是哪位', '可以用微信还吗', 'How much do I owe?', "What's the easiest way to pay?"]) {
      expect(classifier.classify(t).top, t).toEqual([]);
    }
  });

  it('finds an objection inside run-on speech with small talk around it', () => {
    expect(top1('喂你好对对是我嗯那个我跟你说一下就是说我前阵子做了个大手术现在还下不了床就这么个情况你们理解一下')).toBe('illness');
    expect(top1('喂你好对对是我嗯那个我跟你说一下就是说明天上午十点我用支付宝还两千就这样')).toBe('none');
  });

  it('cuts long texts into overlapping windows of Han characters and words, short ones not at all', () => {
    expect(clauseWindows('我现在没钱', 10, 5)).toEqual([]);
    expect(clauseWindows('一二三四五六七八九十甲乙丙丁戊己', 10, 5)).toEqual(['一二三四五六七八九十', '六七八九十甲乙丙丁戊', '甲乙丙丁戊己']);
    expect(clauseWindows('a b c d e f g h', 4, 2)).toEqual(['a b c d', 'c d e f', 'e f g h']);
  });

  it('does not read a double negation as a refusal', () => {
    expect(top1('我不是不还，是现在真拿不出来')).toBe('no-money-now');
  });

  it('works for a supervisor-made scenario without code', () => {
    const custom = buildClassifier({
      scenarios: [
        { id: 'moved-abroad', title: { 'zh-CN': '出国' }, examples: ['我人在国外', '我出国了回不来', '现在在国外打工'], scripts: [], techniques: [], nextSteps: [] },
        { id: 'no-money-now', title: { 'zh-CN': '没钱' }, examples: ['没钱', '手头紧', '拿不出钱'], scripts: [], techniques: [], nextSteps: [] },
      ],
    });
    expect(custom.classify('我已经在国外了').top[0]?.id).toBe('moved-abroad');
    expect(custom.size).toBe(6);
  });
});

describe('detectCues', () => {
  const cues = (t: string) => detectCues(t, normalizeText(t));
  it('detects commitments only with a concrete time and an un-hedged pay verb', () => {
    expect(cues('明天上午转五千').commitment).toBe(true);
    expect(cues('我尽量明天还').commitment).toBe(false);
    expect(cues('发了工资明天还').commitment).toBe(false);
    expect(cues('明天还不上').commitment).toBe(false);
    expect(cues('少还一点行不行').commitment).toBe(false);
  });
  it('does not take a payment already made or a renewed promise for a fresh commitment', () => {
    expect(cues('我昨天已经转过去了').commitment).toBe(false);
    expect(cues('今天上午已经还了两千').commitment).toBe(false);
    expect(cues('上次没还上，这次明天一定还').commitment).toBe(false);
  });
  it('leaves call-me-later, already-paid and scam suspicion to the classifier (they are scenarios)', () => {
    for (const t of ['我在开车，晚点打给我', 'Sorry, I am busy, call me later', '我已经还了，你查一下', 'I already paid', '怎么证明你是银行的', '你们是骗子吧']) {
      expect(cues(t).callTalk, t).toBe(false);
    }
    for (const t of ['喂，你好', '你们是哪个部门的', '还款账号是多少', '稍等一下，我换个地方接']) expect(cues(t).callTalk, t).toBe(true);
  });
  it('detects amount questions but not discount requests', () => {
    expect(cues('一共多少钱？').amountQuestion).toBe(true);
    expect(cues('能减免多少？').amountQuestion).toBe(false);
  });
});

describe('safety first: words of self-harm or an emergency', () => {
  it('put crisis first whatever else the line says, in every register', () => {
    for (const t of [
      '钱我是真还不上了，你们再这样我就从楼上跳下去',
      '我已經走投無路了，乾脆死一死算了',
      '嗯那个就是说我现在这个样子活着也没意思你们别打了',
      'Honestly I just want to end it all',
      '我老婆突然晕倒了，快叫救护车',
    ]) {
      expect(top1(t), t).toBe('crisis');
    }
  });
  it('is not raised by a death in the family, an insult or a reassurance', () => {
    expect(top1('他去年已经死了，你们别打了')).not.toBe('crisis');
    expect(classifier.classify('我不会想不开的，你放心').top.map((r) => r.id)).not.toContain('crisis');
    expect(classifier.classify('没钱，要命一条').top[0]?.id ?? 'none').not.toBe('crisis');
  });
  it('leaves a pack without a crisis scenario alone', () => {
    const custom = buildClassifier({
      scenarios: [{ id: 'no-money-now', title: { 'zh-CN': '没钱' }, examples: ['没钱', '手头紧', '拿不出钱'], scripts: [], techniques: [], nextSteps: [] }],
    });
    expect(custom.classify('没钱，不想活了').top.every((r) => r.id !== 'crisis')).toBe(true);
  });
});

describe('call talk is not a situation of its own', () => {
  const cues = (t: string) => detectCues(t, normalizeText(t));
  it('a relative paying, doubt about the caller or no money (in dialect) is more than call talk', () => {
    expect(cues('我是他妈，这钱我替他还，怎么转给你们').callTalk).toBe(false);
    expect(cues('报个工号，我打你们客服电话核实一下').callTalk).toBe(false);
    expect(cues('冇钱，點還啊').callTalk).toBe(false);
  });
  it('a plain who-is-calling or how-to-pay question still is', () => {
    expect(cues('请问您是哪位').callTalk).toBe(true);
    expect(cues('用什么还比较方便').callTalk).toBe(true);
  });
});
