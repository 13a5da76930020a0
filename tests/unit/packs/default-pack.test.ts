// Meta-test over the default pack: the product's own conventions, enforced.
import { describe, expect, it } from 'vitest';
import { DOMAIN_PERSONA_IDS, DOMAIN_SCENARIO_IDS, DOMAIN_STRATEGY_IDS, DOMAIN_TECHNIQUE_IDS, PROHIBITED_TACTIC_IDS } from '@/lib/packs/domain-ids';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { STAGE_IDS } from '@/lib/packs/schema';
import { findVariables, isKnownVariable } from '@/lib/packs/variables';
import { lintText } from '@/lib/compliance/lint';
import { toSimplified } from '@/lib/suggest/normalize';

const pack = loadDefaultPackNode();
const allScripts = [...pack.scenarios.flatMap((s) => s.scripts), ...pack.stageScripts];
const DISCLOSURE = /欠款|欠钱|逾期|还款|金额|债|账单|贷款|{amountOverdue}|{minimumPayment}|{daysPastDue}/;
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
