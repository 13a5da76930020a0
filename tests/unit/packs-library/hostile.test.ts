// Hostile packs: markup, script URLs, prototype keys, huge strings, deep nesting, huge files,
// unlawful words, regular-expression URL patterns, invisible characters, prohibited tactics.
// Each is refused with a path-named error and leaves the library untouched.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDefaultPack, getLibrary, importPackText, setDefaultPackLoader } from '@/lib/packs/library';
import { packLibraryItem as libraryItem } from '@/lib/storage/items';
import { parseUntrustedJson, toSafePlainText } from '@/lib/packs/sanitize';
import { generateKeyPair, signPack } from '@/lib/packs/signing';
import { validatePack } from '@/lib/packs/validate';
import { basePack, makePack, useTestDefaultPack } from './fixtures';

beforeEach(() => useTestDefaultPack());

const withScriptText = (t: string) => {
  const p = makePack();
  (p.scenarios[0]!.scripts![0] as { text: string }).text = t;
  return JSON.stringify(p);
};

async function expectRefused(text: string, code: string, path?: string) {
  const before = await libraryItem.getValue();
  const r = await importPackText(text, { trustedKeys: [], confirmUnverified: true, locale: 'en' });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.errors.map((e) => e.code)).toContain(code);
    if (path !== undefined) expect(r.errors.find((e) => e.code === code)?.path).toBe(path);
  }
  expect(await libraryItem.getValue()).toEqual(before);
  expect((await getLibrary()).packs).toHaveLength(1);
}

describe('hostile packs are refused', () => {
  it('HTML and script tags', async () => {
    await expectRefused(withScriptText('您好<script>alert(1)</script>'), 'markup', 'scenarios[0].scripts[0].text');
    await expectRefused(withScriptText('<img src=x onerror=alert(1)>'), 'markup');
  });

  it('javascript: links, also inside Markdown', async () => {
    await expectRefused(withScriptText('点此 [还款](javascript:alert(1))'), 'markup');
    await expectRefused(withScriptText('JavaScript :void(0)'), 'markup');
  });

  it('__proto__, constructor and prototype keys', async () => {
    const base = JSON.stringify(makePack());
    await expectRefused(base.replace('{"formatVersion"', '{"__proto__":{"polluted":true},"formatVersion"'), 'forbidden-key', '__proto__');
    await expectRefused(base.replace('"id":"no-money-now"', '"constructor":{"prototype":{"x":1}},"id":"no-money-now"'), 'forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('huge strings', async () => {
    await expectRefused(withScriptText('很'.repeat(100_000)), 'too-long', 'scenarios[0].scripts[0].text');
  });

  it('deep nesting (> 12 levels)', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const p = { ...makePack(), description: deep };
    await expectRefused(JSON.stringify(p), 'too-deep');
    let arr = '1';
    for (let i = 0; i < 100_000; i++) arr = `[${arr}]`; // beyond what a naive recursive walk survives
    const r = await importPackText(arr, { trustedKeys: [], confirmUnverified: true });
    expect(r.ok).toBe(false);
  });

  it('files over 5 MB, before parsing', async () => {
    const big = withScriptText('x').replace('"author"', `"padding":"${'a'.repeat(5 * 1024 * 1024 + 100_000)}","author"`);
    await expectRefused(big, 'file-too-large', '');
  });

  it('too many scenarios', async () => {
    const sc = makePack().scenarios[0]!;
    const many = Array.from({ length: 2001 }, (_, i) => ({ ...sc, id: `s-${i}`, scripts: [] }));
    await expectRefused(JSON.stringify(makePack({ scenarios: many })), 'too-many', 'scenarios');
  });

  it('a hostile pack stays refused when it is signed by a trusted key', async () => {
    const keys = await generateKeyPair();
    const p = makePack();
    (p.scenarios[0]!.scripts![0] as { text: string }).text = '<b onclick="x()">hi</b>';
    const env = await signPack(p, keys.privateKey);
    const r = await importPackText(JSON.stringify(env), { trustedKeys: [keys.publicKey] });
    expect(r.ok || r.errors[0]?.code).toBe('markup');
  });

  it('unknown fields in an envelope', async () => {
    const keys = await generateKeyPair();
    const env = { ...(await signPack(makePack(), keys.privateKey)), html: '<script>' };
    const r = await importPackText(JSON.stringify(env), { trustedKeys: [keys.publicKey], confirmUnverified: true });
    expect(r.ok || r.errors[0]?.code).toBe('bad-envelope');
  });
});

describe('well-formed but hostile packs are refused on import, the library untouched', () => {
  const withScript = (script: Record<string, unknown>) => {
    const p = makePack();
    p.scenarios[0]!.scripts!.push(script as never);
    return JSON.stringify(p);
  };

  it('unlawful words (the compliance lint blocks), even signed by a trusted key', async () => {
    await expectRefused(withScript({ id: 'team-x', text: '不还钱就去你单位找你领导', stage: 'negotiate', discloses: true }), 'unlawful-script', 'scenarios[0].scripts[1].text');
    const keys = await generateKeyPair();
    const p = JSON.parse(withScript({ id: 'team-x', text: '剩下的两万我做主全部给你免了', stage: 'negotiate', discloses: true }));
    const before = await libraryItem.getValue();
    const r = await importPackText(JSON.stringify(await signPack(p, keys.privateKey)), { trustedKeys: [keys.publicKey], locale: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/team-x — unauthorized-waiver/);
    expect(await libraryItem.getValue()).toEqual(before);
  });

  it('a regular-expression URL pattern in a site adapter', async () => {
    const p = { ...makePack(), siteAdapters: [{ id: 'a', urlPattern: '/^(.+)+\u0000$/', fields: { name: { label: '姓名' } } }] };
    await expectRefused(JSON.stringify(p), 'url-pattern-regex', 'siteAdapters[0].urlPattern');
  });

  it('invisible and bidi characters', async () => {
    await expectRefused(withScriptText('您好\u200b，请还款'), 'invisible-char', 'scenarios[0].scripts[0].text');
    await expectRefused(withScriptText('您好\u2067请还款\u2069'), 'invisible-char', 'scenarios[0].scripts[0].text');
  });
});

describe('prohibitions hold across the merged packs', () => {
  const DEFAULT_WITH_TACTICS = () => {
    const d = basePack();
    d.techniques = [
      { id: 'offensive', kind: 'strategy', title: { 'zh-CN': '攻势' }, explanation: { 'zh-CN': '聚众上门' }, rating: 'prohibited', alternative: { 'zh-CN': '支付令' } },
      { id: 'good-cop-bad-cop', kind: 'strategy', title: { 'zh-CN': '软硬兼施' }, explanation: { 'zh-CN': '红白脸' }, rating: 'prohibited', alternative: { 'zh-CN': '如实告知' } },
    ];
    const r = validatePack(d);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    setDefaultPackLoader(async () => r.pack);
  };
  beforeEach(DEFAULT_WITH_TACTICS);

  it('the default pack’s prohibitions win: no re-rating, no tagging', async () => {
    const rerated = makePack({ techniques: [{ id: 'good-cop-bad-cop', kind: 'strategy', title: { 'zh-CN': '软硬兼施' }, explanation: { 'zh-CN': '可以用' }, rating: 'allowed' }] });
    await expectRefused(JSON.stringify(rerated), 'prohibition-overridden', 'techniques[0].rating');
    const tagged = makePack();
    (tagged.scenarios[0]!.scripts![0] as { techniques?: string[] }).techniques = ['offensive'];
    await expectRefused(JSON.stringify(tagged), 'prohibited-technique', 'scenarios[0].scripts[0].techniques[0]');
  });

  it('an installed pack’s prohibition binds the packs installed after it', async () => {
    const strict = makePack({
      id: 'strict-pack',
      techniques: [{ id: 'midnight-call', kind: 'move', title: { 'zh-CN': '深夜电话' }, explanation: { 'zh-CN': '半夜打' }, rating: 'prohibited', alternative: { 'zh-CN': '白天联系' } }],
    });
    expect((await importPackText(JSON.stringify(strict), { trustedKeys: [], confirmUnverified: true })).ok).toBe(true);
    const before = await libraryItem.getValue();
    const loose = makePack({
      id: 'loose-pack',
      techniques: [{ id: 'midnight-call', kind: 'move', title: { 'zh-CN': '深夜电话' }, explanation: { 'zh-CN': '有效' }, rating: 'allowed' }],
    });
    (loose.scenarios[0]!.scripts![0] as { techniques?: string[] }).techniques = ['midnight-call'];
    const r = await importPackText(JSON.stringify(loose), { trustedKeys: [], confirmUnverified: true, locale: 'en' });
    expect(r.ok || r.errors.map((e) => `${e.path}:${e.code}`)).toEqual(['techniques[0].rating:prohibition-overridden', 'scenarios[0].scripts[0].techniques[0]:prohibited-technique']);
    expect(await libraryItem.getValue()).toEqual(before);
  });

  it('packs stored before these checks: the merge keeps the prohibition and drops scripts that use it', async () => {
    const { mergePacks } = await import('@/lib/packs/merge');
    const d = await getDefaultPack();
    const old = validatePack(makePack(), 'en', { lint: false });
    if (!old.ok) throw new Error('fixture');
    const sneaky = {
      ...old.pack,
      techniques: [{ id: 'offensive', kind: 'strategy' as const, title: { 'zh-CN': '攻势' }, explanation: { 'zh-CN': '上门' }, rating: 'allowed' as const }],
      scenarios: [{ ...old.pack.scenarios[0]!, scripts: [{ ...old.pack.scenarios[0]!.scripts[0]!, techniques: ['offensive'] }] }],
    };
    const merged = mergePacks([d, sneaky]);
    expect(merged.techniques.find((t) => t.id === 'offensive')?.rating).toBe('prohibited');
    expect(merged.scenarios.flatMap((s) => s.scripts).map((s) => s.id)).not.toContain('team-nm-1');
    // The default pack switched off: its prohibitions still hold.
    const alone = mergePacks([sneaky], { prohibitedBy: [d] });
    expect(alone.techniques.find((t) => t.id === 'offensive')).toBeUndefined();
    expect(alone.scenarios.flatMap((s) => s.scripts)).toEqual([]);
  });
});

describe('sanitizing helpers', () => {
  it('parseUntrustedJson refuses prototype keys at any depth', () => {
    const r = parseUntrustedJson('{"a":[{"b":{"__proto__":{"x":1}}}]}', 'en');
    expect(r.ok || r.errors[0]).toMatchObject({ path: 'a[0].b.__proto__', code: 'forbidden-key' });
  });

  it('toSafePlainText neutralizes markup, Markdown links and invisible characters', () => {
    expect(toSafePlainText('[点我](javascript:alert(1)) <b>粗</b>\u202e反')).toBe('点我 粗反');
  });
});
