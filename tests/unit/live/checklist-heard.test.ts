// The checklist matcher (lib/live/checklist-heard): the pack's per-item examples, the classifier's
// n-gram machinery, the promise's elements. Measured on held-out agent lines written apart from the
// examples (checklist-heldout.ts; `npx tsx scripts/checklist-eval.ts` prints the details).
import { describe, expect, it } from 'vitest';
import { IDENTITY_VERIFIED } from '@/lib/call/session';
import { buildChecklistMatcher, checklistExamples, linePieces } from '@/lib/live/checklist-heard';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import type { Stage } from '@/lib/packs/schema';
import { HELD_OUT } from './checklist-heldout';

const pack = loadDefaultPackNode();
const matcher = buildChecklistMatcher(pack.stages);
const TODAY = '2026-11-23';
const ids = (text: string) => matcher.heard(text, TODAY).map((h) => h.id).sort();

describe('the pack’s checklist examples', () => {
  it('give 8–15 varied zh-CN examples, with zh-TW and English, for each item words can tick', () => {
    const items = pack.stages.flatMap((s) => s.checklist).filter((c) => c.examples);
    expect(items.map((i) => i.id).sort()).toEqual(['agent-intro', 'amount-stated', 'hotline-offered', 'identity-asked', 'plan-offered', 'purpose-stated', 'recap', 'recording-notice', 'thanks', 'third-party-noted']);
    for (const i of items) {
      expect(i.examples!['zh-CN'].length).toBeGreaterThanOrEqual(8);
      expect(i.examples!['zh-CN'].length).toBeLessThanOrEqual(15);
      expect(new Set(i.examples!['zh-CN']).size).toBe(i.examples!['zh-CN'].length);
      expect(i.examples!['zh-TW']?.length).toBeGreaterThan(0);
      expect(i.examples!.en?.length).toBeGreaterThan(0);
    }
  });

  it('never lets words tick identity verified, even with examples', () => {
    const stages: Stage[] = [{ ...pack.stages.find((s) => s.id === 'verify')!, checklist: [{ id: IDENTITY_VERIFIED, text: { 'zh-CN': '核实' }, required: true, examples: { 'zh-CN': ['身份证后四位对上了，是您本人', '好的，身份核实无误'] } }] }];
    expect(checklistExamples(stages)).toEqual([]);
    const m = buildChecklistMatcher(stages);
    expect(m.heard('好的，身份核实无误', TODAY)).toEqual([]);
  });
});

describe('heard on held-out agent lines', () => {
  it(`precision ≥ 0.9 and recall ≥ 0.85 over ${HELD_OUT.length} lines`, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const line of HELD_OUT) {
      const got = ids(line.text);
      for (const g of got) if (line.items.includes(g)) tp++; else fp++;
      for (const w of line.items) if (!got.includes(w)) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.85);
  });

  it('unrelated talk ticks nothing', () => {
    for (const t of ['今天天气不错', '您那边信号不太好', '好的好的', '我帮您查一下账单明细', 'Sorry, could you say that again?']) expect(ids(t)).toEqual([]);
  });

  it('two items said in one turn both tick', () => {
    expect(ids('您好，先说明一下本次通话有录音，请问您是刘洋先生本人吗')).toEqual(['identity-asked', 'recording-notice']);
  });
});

describe('the promise read back', () => {
  it('two elements tick them; all three tick the recap too', () => {
    expect(ids('那就是下个月8号还两千元，对吧')).toEqual(['ptp-amount', 'ptp-date']);
    expect(ids('我确认一下，下个月8号用微信还两千元')).toEqual(['ptp-amount', 'ptp-date', 'ptp-method', 'recap']);
  });
  it('thanks close the call only at the end of a turn', () => {
    expect(ids('好的，今天就先这样，感谢您的配合，再见')).toContain('thanks');
    expect(ids('谢谢张先生。今天来电是关于您的信用卡，目前逾期金额是12860元')).not.toContain('thanks');
  });

  it('the past, or the debt itself, is not a read-back', () => {
    expect(ids('您上个月15号已经还了1000元')).toEqual([]);
    expect(ids('您之前说过10号还3000元，但没到账')).toEqual([]);
    // Stating the debt is its own item, never the promise's elements.
    expect(ids('您目前逾期金额3000元，最低还款1286元')).toEqual(['amount-stated']);
  });
});

describe('line pieces', () => {
  it('are the line, its sentences and its clauses (and clause pairs)', () => {
    const p = linePieces('您好，本次通话有录音。请问您是王芳本人吗？');
    expect(p).toContain('您好，本次通话有录音。请问您是王芳本人吗？');
    expect(p).toContain('本次通话有录音');
    expect(p).toContain('请问您是王芳本人吗');
  });
});
