// Packs are hostile input until proven otherwise: a well-formed pack that hides a ReDoS URL
// pattern, unlawful words, a prohibited tactic or invisible characters is refused by path.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { validatePack, type PackError } from '@/lib/packs/validate';
import { clone, minimalPack } from './fixtures';

const defaultPack = loadDefaultPackNode();
const HOSTILE = 'tests/fixtures/packs/hostile';

const errorsOf = (input: unknown, lang: 'zh-CN' | 'zh-TW' | 'en' = 'en'): PackError[] => {
  const r = validatePack(input, lang, { prohibitedBy: [defaultPack] });
  return r.ok ? [] : r.errors;
};
const pathCodes = (input: unknown) => errorsOf(input).map((e) => `${e.path}:${e.code}`);
const adapter = (urlPattern: string) => ({ id: 'crm-a', urlPattern, fields: { name: { label: '客户姓名' } } });

describe('site adapter URL patterns in packs', () => {
  it('refuses a regular expression (the review’s 38-second ReDoS) with a message that says what to write', () => {
    const errs = errorsOf({ ...minimalPack(), siteAdapters: [adapter('/^(.+)+\u0000$/')] });
    expect(errs).toEqual([expect.objectContaining({ path: 'siteAdapters[0].urlPattern', code: 'url-pattern-regex' })]);
    expect(errs[0]!.message).toMatch(/regular expressions are not allowed.*glob/);
    expect(errorsOf({ ...minimalPack(), siteAdapters: [adapter('/crm\\.bank\\.cn/')] }, 'zh-CN')[0]!.message).toMatch(/不能用正则表达式/);
  });

  it.each([
    ['https://crm.bank.cn/(a|b)+', 'url-pattern-regex'],
    ['https://crm.bank.cn/case/\\d+', 'url-pattern-regex'],
    ['ftp ://crm.bank.cn/*', 'url-pattern-chars'],
    ['https://crm bank.cn/*', 'url-pattern-chars'],
    ['https://crm.bank.cn:8080:1/*', 'url-pattern-host'],
  ])('refuses %s', (p, code) => expect(pathCodes({ ...minimalPack(), siteAdapters: [adapter(p)] })).toEqual([`siteAdapters[0].urlPattern:${code}`]));

  it('accepts globs', () => {
    for (const p of ['https://crm.bank.cn/case/*', '*://*.bank.cn/*', 'crm.bank.cn', 'http://127.0.0.1:5174/*'])
      expect(pathCodes({ ...minimalPack(), siteAdapters: [adapter(p)] }), p).toEqual([]);
  });
});

describe('invisible and bidi characters', () => {
  const CHARS = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'];

  it.each(CHARS.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s is refused in every kind of pack string, by path', (name, c) => {
    const p = clone(minimalPack()) as ReturnType<typeof minimalPack> & Record<string, unknown>;
    p.author = `张${c}主管`;
    p.scenarios[0]!.examples![1] = `手头${c}太紧了`;
    p.scenarios[0]!.scripts![0]!.text = `{name}您好${c}`;
    p.siteAdapters = [{ id: 'crm-a', urlPattern: 'https://crm.bank.cn/*', fields: { name: { label: `客户${c}姓名` } } }];
    const errs = errorsOf(p);
    expect(errs.map((e) => `${e.path}:${e.code}`).sort()).toEqual(
      ['author', 'scenarios[0].examples[1]', 'scenarios[0].scripts[0].text', 'siteAdapters[0].fields.name.label'].map((x) => `${x}:invisible-char`).sort(),
    );
    expect(errs[0]!.message).toContain(name);
  });

  it('in keys too, and in Chinese and Traditional Chinese messages', () => {
    const text = JSON.stringify(minimalPack()).replace('"author"', '"auth\\u200bor"');
    expect(pathCodes(text)).toEqual(['auth\u200bor:invisible-char']);
    const p = clone(minimalPack());
    p.name = { 'zh-CN': '测试\u202e包' };
    expect(errorsOf(p, 'zh-CN')[0]).toMatchObject({ path: 'name.zh-CN', message: expect.stringMatching(/不可见字符或双向控制字符 U\+202E/) });
    expect(errorsOf(p, 'zh-TW')[0]!.message).toMatch(/不可見字元/);
  });
});

describe('unlawful scripts', () => {
  it('a blocking lint finding refuses the pack and names the script and the rule', () => {
    const p = clone(minimalPack());
    p.scenarios[0]!.scripts!.push({ id: 'team-waiver', text: '剩下的两万我做主全部给你免了', stage: 'negotiate', discloses: true });
    const errs = errorsOf(p);
    expect(errs).toEqual([expect.objectContaining({ path: 'scenarios[0].scripts[1].text', code: 'unlawful-script' })]);
    expect(errs[0]!.message).toMatch(/team-waiver.*unauthorized-waiver.*我做主全部给你免/);
    expect(errorsOf(p, 'zh-CN')[0]!.message).toMatch(/^话术未通过合规检查：team-waiver — unauthorized-waiver（擅自承诺减免/);
  });

  it('checks translations and stage scripts too', () => {
    const p = clone(minimalPack());
    p.scenarios[0]!.scripts![0]!.translations = { en: 'Pay today or we will tell your employer about the debt.' };
    p.stageScripts = [{ id: 'open-1', text: '你这个老赖，真不要脸', stage: 'open', discloses: false }];
    expect(pathCodes(p)).toEqual(['scenarios[0].scripts[0].translations.en:unlawful-script', 'stageScripts[0].text:unlawful-script']);
  });

  it('the default pack passes, including the two scripts the lint used to block', () => {
    expect(validatePack(readFileSync('public/packs/default.json', 'utf8'), 'en', { prohibitedBy: [defaultPack] }).ok).toBe(true);
  });
});

describe('prohibited tactics', () => {
  const offensive = () => {
    const p = clone(minimalPack());
    p.scenarios[0]!.scripts![0]!.techniques = ['empathy', 'offensive'];
    return p;
  };

  it('no script may be tagged with a tactic the default pack prohibits (offensive, good-cop-bad-cop)', () => {
    expect(pathCodes(offensive())).toEqual(['scenarios[0].scripts[0].techniques[1]:prohibited-technique']);
    expect(errorsOf(offensive())[0]!.message).toMatch(/offensive \(s1\)/);
    const p = clone(minimalPack());
    p.scenarios[0]!.techniques = ['good-cop-bad-cop'];
    expect(pathCodes(p)).toEqual(['scenarios[0].techniques[0]:prohibited-technique']);
    const q = clone(minimalPack());
    q.personas = [{ id: 'defiant-type', title: { 'zh-CN': '强硬型' }, traits: { 'zh-CN': '拒不配合' }, voiceCues: { 'zh-CN': '声音大' }, counterStrategy: { 'zh-CN': '车轮战' }, strategies: ['relay'] }];
    expect(pathCodes(q)).toEqual(['personas[0].strategies[0]:prohibited-technique']);
  });

  it('no pack may re-rate one as allowed or caution', () => {
    for (const [id, rating] of [['offensive', 'allowed'], ['good-cop-bad-cop', 'caution']] as const) {
      const p = clone(minimalPack());
      p.techniques = [{ id, kind: 'strategy', title: { 'zh-CN': id }, explanation: { 'zh-CN': '可以用' }, rating }];
      expect(pathCodes(p), id).toEqual(['techniques[0].rating:prohibition-overridden']);
    }
    const relay = clone(minimalPack());
    relay.techniques = [{ id: 'relay', kind: 'strategy', title: { 'zh-CN': '车轮' }, explanation: { 'zh-CN': '轮番拨打' }, rating: 'allowed' }];
    expect(pathCodes(relay)).toContain('techniques[0].rating:tactic-must-be-prohibited');
  });

  it('a pack’s own prohibition binds its own scripts', () => {
    const p = clone(minimalPack());
    p.techniques = [{ id: 'midnight-call', kind: 'move', title: { 'zh-CN': '深夜电话' }, explanation: { 'zh-CN': '半夜打' }, rating: 'prohibited', alternative: { 'zh-CN': '白天联系' } }];
    p.scenarios[0]!.scripts![0]!.techniques = ['midnight-call'];
    expect(pathCodes(p)).toEqual(['scenarios[0].scripts[0].techniques[0]:prohibited-technique']);
  });
});

describe('pack validate on the hostile fixtures', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack-cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it.each([
    ['redos-adapter.json', /siteAdapters\[0\]\.urlPattern: regular expressions are not allowed/],
    ['unlawful-scripts.json', /scenarios\[0\]\.scripts\[1\]\.text: script fails the compliance check: team-nm-threat — third-party-disclosure[\s\S]*team-nm-waiver — unauthorized-waiver/],
    ['prohibited-tactics.json', /techniques\[0\]\.rating: good-cop-bad-cop is prohibited[\s\S]*offensive \(team-nm-1\)/],
    ['bidi.json', /name\.zh-CN: contains an invisible or bidi control character U\+200B/],
  ])('validate refuses %s', (file, message) => {
    const r = run(['validate', `${HOSTILE}/${file}`, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(message);
  }, 60_000);
});
