// Meta-test over the default pack: the product's own conventions, enforced.
import { describe, expect, it } from 'vitest';
import { DOMAIN_PERSONA_IDS, DOMAIN_SCENARIO_IDS, DOMAIN_STRATEGY_IDS, DOMAIN_TECHNIQUE_IDS, PROHIBITED_TACTIC_IDS } from '@/lib/packs/domain-ids';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { SHORT_FORM_CHARS, STAGE_IDS } from '@/lib/packs/schema';
import { findVariables, isKnownVariable } from '@/lib/packs/variables';
import { lintText } from '@/lib/compliance/lint';
import { toSimplified } from '@/lib/suggest/normalize';

const pack = loadDefaultPackNode();
const allScripts = [...pack.scenarios.flatMap((s) => s.scripts), ...pack.stageScripts];
const DISCLOSURE = /欠款|欠钱|逾期|还款|金额|债|账单|贷款|{amountOverdue}|{minimumPayment}|{daysPastDue}/;
/** The same in an English short form (a non-disclosing script's short form names no debt in any language). */
const DISCLOSURE_EN = /\b(debts?|overdue|owe[sd]?|owing|arrears|loans?|repay(ment)?s?)\b|{amountOverdue}|{minimumPayment}|{daysPastDue}/i;
/** Over-promises the pack once made: credit "kept safe", calls that "stop", limits an overdue debt does not carry, borrowed authority, reputation. */
const OVER_PROMISES = ['先把信用保住', '信用记录也不会', '逾期就不会继续扩大', '出行消费', '效力是一样的', '名声', '不会要求您还款', '不会再有人打电话'];
const NO_MORE_CALLS = /不会再有人|不会再(给您|跟您)?(打电话|来电|联系您|催)|以后不再打扰|不会再接到/;
const THREAT = /抓你|坐牢|上门|找你(家人|单位|领导)|曝光你|黑名单|让你好看|后果自负|拘留/;

describe('default pack', () => {
  it('holds every §1 scenario with titles in three locales, ≥ 8 examples and ≥ 3 scripts', () => {
    expect(pack.id).toBe('daihou-default');
    for (const id of DOMAIN_SCENARIO_IDS) {
      const sc = pack.scenarios.find((s) => s.id === id);
      expect(sc, id).toBeDefined();
      expect(sc!.title['zh-TW'] && sc!.title.en, id).toBeTruthy();
      expect(sc!.examples.length, id).toBeGreaterThanOrEqual(8);
      expect(sc!.examples.some((e) => toSimplified(e) !== e), `${id} has Traditional examples`).toBe(true);
      expect(sc!.scripts.length, id).toBeGreaterThanOrEqual(3);
      expect(sc!.nextSteps.length, id).toBeGreaterThan(0);
    }
  });

  it('uses only known variables, and every scenario uses variables in its scripts', () => {
    for (const s of allScripts) {
      for (const v of [s.text, s.translations?.en ?? '', s.translations?.['zh-TW'] ?? ''].flatMap(findVariables)) expect(isKnownVariable(v), `${s.id}: {${v}}`).toBe(true);
    }
    for (const sc of pack.scenarios) expect(sc.scripts.some((s) => findVariables(s.text).length > 0), sc.id).toBe(true);
  });

  it('marks every script that mentions the debt as disclosing, and never threatens', () => {
    for (const s of allScripts) {
      if (DISCLOSURE.test(s.text)) expect(s.discloses, `${s.id} mentions the debt`).toBe(true);
      expect(THREAT.test(s.text), `${s.id} threatens`).toBe(false);
      expect(STAGE_IDS).toContain(s.stage);
    }
  });

  it('passes its own compliance lint: no script, in any language, has a blocking finding', () => {
    // The panel skips the lint for the bundled pack at start (load-default.ts); this is where it is checked.
    const blocked = allScripts.flatMap((s) =>
      [s.text, s.translations?.['zh-TW'], s.translations?.en]
        .filter((x): x is string => !!x)
        .flatMap((text) => lintText(text).filter((f) => f.severity === 'block').map((f) => `${s.id}: ${f.ruleId} ${text.slice(f.span!.start, f.span!.end)}`)),
    );
    expect(blocked).toEqual([]);
  });

  it('gives every script a one-breath short form: zh-CN ≤ 60 characters ending in one question, zh-TW and en, lawful, disclosing nothing the script does not', () => {
    const scenarioScriptIds = new Set(pack.scenarios.flatMap((sc) => sc.scripts.map((s) => s.id)));
    const problems: string[] = [];
    for (const s of allScripts) {
      const short = s.short;
      if (!short) {
        problems.push(`${s.id}: no short form`);
        continue;
      }
      const cn = short['zh-CN'];
      const tw = short['zh-TW'];
      const en = short.en;
      // Characters as written: a `{variable}` counts with its braces and name.
      if ([...cn].length > SHORT_FORM_CHARS) problems.push(`${s.id}: zh-CN short form has ${[...cn].length} characters`);
      const marks = cn.match(/[？?]/g) ?? [];
      if (scenarioScriptIds.has(s.id)) {
        if (marks.length !== 1 || !cn.endsWith('？')) problems.push(`${s.id}: zh-CN short form must end in exactly one question: ${cn}`);
      } else if (marks.length > 1 || (marks.length === 1 && !cn.endsWith('？'))) {
        problems.push(`${s.id}: a stage short form asks at most one question, at its end: ${cn}`);
      }
      if (!tw || !en) problems.push(`${s.id}: short form lacks zh-TW or en`);
      for (const text of [cn, tw, en].filter((x): x is string => !!x)) {
        for (const v of findVariables(text)) if (!isKnownVariable(v)) problems.push(`${s.id}: short form uses {${v}}`);
        for (const f of lintText(text).filter((x) => x.severity === 'block')) problems.push(`${s.id}: short form ${f.ruleId} ${text.slice(f.span!.start, f.span!.end)}`);
      }
      if (!s.discloses) {
        if (DISCLOSURE.test(cn) || (tw && DISCLOSURE.test(toSimplified(tw)))) problems.push(`${s.id}: short form of a non-disclosing script mentions the debt`);
        if (en && DISCLOSURE_EN.test(en)) problems.push(`${s.id}: English short form of a non-disclosing script mentions the debt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('makes none of the over-promises it once made, in any text or short form', () => {
    const hits: string[] = [];
    for (const s of allScripts) {
      const texts = [s.text, s.translations?.['zh-TW'], s.short?.['zh-CN'], s.short?.['zh-TW']].filter((x): x is string => !!x).map(toSimplified);
      for (const text of texts) {
        for (const phrase of OVER_PROMISES) if (text.includes(phrase)) hits.push(`${s.id}: ${phrase}`);
        const m = NO_MORE_CALLS.exec(text);
        if (m) hits.push(`${s.id}: ${m[0]}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('has a no-disclosure call-back script for not-the-debtor', () => {
    const sc = pack.scenarios.find((s) => s.id === 'not-the-debtor')!;
    const safe = sc.scripts.filter((s) => !s.discloses && !/欠款|逾期|债|金额|\{amount/.test(s.text) && /回拨|回电|转告/.test(s.text));
    expect(safe.length).toBeGreaterThan(0);
  });

  it('covers personas, strategies, techniques, stages and legal notes; risky tactics are prohibited with an alternative', () => {
    expect(pack.personas.map((p) => p.id).sort()).toEqual([...DOMAIN_PERSONA_IDS].sort());
    for (const id of DOMAIN_TECHNIQUE_IDS) expect(pack.techniques.find((t) => t.id === id), id).toBeDefined();
    expect(DOMAIN_STRATEGY_IDS.length).toBe(7);
    for (const id of ['offensive', ...PROHIBITED_TACTIC_IDS.filter((t) => t !== 'kill-one-warn-hundred')]) {
      const t = pack.techniques.find((x) => x.id === id)!;
      expect(t.rating, id).toBe('prohibited');
      expect(t.alternative?.['zh-CN'], id).toBeTruthy();
    }
    const prohibited = new Set(pack.techniques.filter((t) => t.rating === 'prohibited').map((t) => t.id));
    for (const s of allScripts) for (const t of s.techniques) expect(prohibited.has(t), `${s.id} uses ${t}`).toBe(false);
    expect(pack.stages.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(pack.legalNotes.map((n) => n.id)).toEqual(expect.arrayContaining(['limitation-period', 'payment-order', 'pre-litigation-preservation', 'enforcement', 'credit-reporting']));
    const checks = new Set(allScripts.flatMap((s) => s.checks ?? []));
    for (const c of ['recording-notice', 'identity-verified', 'ptp-date', 'ptp-amount', 'ptp-method']) expect(checks.has(c), c).toBe(true);
  });
  // Leave-one-out, dev-set and hard-set gates: tests/unit/suggest/quality.test.ts.
});
