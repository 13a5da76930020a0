import { describe, expect, it } from 'vitest';
import { validatePack } from '@/lib/packs/validate';
import { clone, minimalPack } from './fixtures';

const errorsOf = (input: unknown, lang: 'zh-CN' | 'en' = 'en') => {
  const r = validatePack(input, lang);
  return r.ok ? [] : r.errors;
};

describe('validatePack', () => {
  it('accepts a good pack and fills defaults', () => {
    const r = validatePack(JSON.stringify(minimalPack()));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.scenarios[0]!.scripts[0]!.buckets).toEqual([]);
      expect(r.pack.neutralExamples).toEqual([]);
    }
  });

  it('names the JSON path of an unknown variable', () => {
    const p = clone(minimalPack());
    p.scenarios[0]!.scripts![0]!.text = '余额{balanse}元';
    const errs = errorsOf(p);
    expect(errs).toContainEqual(expect.objectContaining({ path: 'scenarios[0].scripts[0].text', code: 'unknown-variable' }));
    expect(errs[0]!.message).toBe('unknown variable {balanse}');
    expect(errorsOf(p, 'zh-CN')[0]!.message).toBe('未知变量 {balanse}');
  });

  it('reports wrong types, missing fields and unknown keys by path', () => {
    const p = clone(minimalPack()) as Record<string, unknown>;
    p.version = 'one';
    delete p.author;
    p.extra = 1;
    const codes = errorsOf(p).map((e) => `${e.path}:${e.code}`);
    expect(codes).toContain('version:bad-version');
    expect(codes).toContain('author:wrong-type');
    expect(codes.some((c) => c.endsWith('unknown-key'))).toBe(true);
  });

  it('rejects HTML tags and javascript: links', () => {
    const p = clone(minimalPack());
    p.scenarios[0]!.examples[0] = '<img src=x onerror=alert(1)>';
    p.scenarios[0]!.title.en = 'javascript:alert(1)';
    const errs = errorsOf(p);
    expect(errs.map((e) => e.path)).toEqual(expect.arrayContaining(['scenarios[0].examples[0]', 'scenarios[0].title.en']));
    expect(errs.every((e) => e.code === 'markup')).toBe(true);
  });

  it('rejects __proto__, constructor and prototype keys', () => {
    const text = JSON.stringify(minimalPack()).replace('"author"', '"__proto__":{"polluted":1},"author"');
    const errs = errorsOf(text);
    expect(errs[0]).toMatchObject({ path: '__proto__', code: 'forbidden-key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const withCtor: unknown = JSON.parse(JSON.stringify(minimalPack()).replace('"author"', '"constructor":{"x":1},"author"'));
    expect(errorsOf(withCtor)[0]).toMatchObject({ path: 'constructor', code: 'forbidden-key' });
  });

  it('rejects huge strings, huge files and deep nesting', () => {
    const p = clone(minimalPack());
    p.scenarios[0]!.scripts![0]!.text = '好'.repeat(2001);
    expect(errorsOf(p)[0]).toMatchObject({ path: 'scenarios[0].scripts[0].text', code: 'too-long' });
    expect(errorsOf('x'.repeat(5 * 1024 * 1024 + 1))[0]!.code).toBe('file-too-large');
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = [deep];
    const q = clone(minimalPack()) as Record<string, unknown>;
    q.description = deep;
    expect(errorsOf(q)[0]!.code).toBe('too-deep');
  });

  it('rejects invalid JSON with a readable error', () => {
    expect(errorsOf('{"id":')[0]!.code).toBe('json');
  });

  it('rejects duplicate ids, prohibited techniques in scripts and prohibited ratings without an alternative', () => {
    const p = clone(minimalPack());
    p.scenarios.push(clone(p.scenarios[0]!));
    p.techniques = [
      { id: 'relay', kind: 'strategy', title: { 'zh-CN': '车轮' }, explanation: { 'zh-CN': '轮番拨打' }, rating: 'prohibited', alternative: { 'zh-CN': '书面催收函' } },
      { id: 'offensive', kind: 'strategy', title: { 'zh-CN': '攻势' }, explanation: { 'zh-CN': '上门' }, rating: 'prohibited' },
    ];
    p.scenarios[0]!.scripts![0]!.techniques = ['relay'];
    const codes = errorsOf(p).map((e) => `${e.path}:${e.code}`);
    expect(codes).toContain('techniques[1].alternative:prohibited-needs-alternative');
  });

  it('flags scripts that use a prohibited technique', () => {
    const p = clone(minimalPack());
    p.techniques = [{ id: 'relay', kind: 'strategy', title: { 'zh-CN': '车轮' }, explanation: { 'zh-CN': '轮番拨打' }, rating: 'prohibited', alternative: { 'zh-CN': '书面催收函' } }];
    p.scenarios[0]!.scripts![0]!.techniques = ['relay'];
    p.scenarios.push({ ...clone(p.scenarios[0]!), scripts: [] });
    const codes = errorsOf(p).map((e) => `${e.path}:${e.code}`);
    expect(codes).toContain('scenarios[0].scripts[0].techniques[0]:prohibited-technique');
    expect(codes).toContain('scenarios[1].id:duplicate-id');
  });

  it('a prohibited tactic of the domain can only be rated prohibited, and no script may use one even undeclared', () => {
    const p = clone(minimalPack());
    p.techniques = [{ id: 'public-blacklist', kind: 'move', title: { 'zh-CN': '公布黑名单' }, explanation: { 'zh-CN': '公开曝光' }, rating: 'caution' }];
    expect(errorsOf(p).map((e) => `${e.path}:${e.code}`)).toContain('techniques[0].rating:tactic-must-be-prohibited');
    const q = clone(minimalPack());
    q.techniques = [];
    q.scenarios[0]!.scripts![0]!.techniques = ['relay'];
    expect(errorsOf(q).map((e) => `${e.path}:${e.code}`)).toEqual(['scenarios[0].scripts[0].techniques[0]:prohibited-technique']);
  });
});
