// Meta-tests: the registry follows its own conventions (every rule is reachable, sourced and fully translated).
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { CALL_RULES, LAWFUL_ALTERNATIVES, LINT_RULES, PROFILES, PROHIBITED_TACTICS } from '@/lib/compliance';
import type { Localized } from '@/lib/compliance';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function allLocalized(): [string, Localized][] {
  const out: [string, Localized][] = [];
  for (const r of CALL_RULES) out.push([`${r.id}.title`, r.title]);
  for (const r of LINT_RULES) out.push([`${r.id}.title`, r.title], [`${r.id}.message`, r.message], [`${r.id}.suggestion`, r.suggestion]);
  for (const t of PROHIBITED_TACTICS) out.push([`${t.id}.name`, t.name], [`${t.id}.why`, t.why]);
  for (const a of Object.values(LAWFUL_ALTERNATIVES)) out.push([`${a.id}.name`, a.name], [`${a.id}.how`, a.how]);
  return out;
}

describe('compliance registry', () => {
  it('every call rule belongs to a profile and every profile rule exists', () => {
    const inProfiles = new Set(Object.values(PROFILES).flatMap((p) => p.rules));
    for (const r of CALL_RULES) expect(inProfiles.has(r.id), r.id).toBe(true);
    for (const id of inProfiles) expect(CALL_RULES.some((r) => r.id === id), id).toBe(true);
  });
  it('rule ids are unique across call and lint rules', () => {
    const ids = [...CALL_RULES, ...LINT_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('every rule names its source', () => {
    for (const r of [...CALL_RULES, ...LINT_RULES]) {
      expect(['regulation', 'bank-policy', 'training']).toContain(r.source.kind);
      expect(r.source.citation.length, r.id).toBeGreaterThan(3);
    }
  });
  it('every text exists in zh-CN, zh-TW and en, and zh-TW is really Traditional', () => {
    for (const [key, text] of allLocalized()) {
      for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) expect(text[lang]?.trim().length, `${key} ${lang}`).toBeGreaterThan(0);
      expect(toTraditional(text['zh-TW']), key).toBe(text['zh-TW']);
      expect(text['zh-CN'], key).not.toBe(text.en);
    }
  });
});
