// Hostile packs: markup, script URLs, prototype keys, huge strings, deep nesting, huge files.
// Each is refused with a path-named error and leaves the library untouched.
import { beforeEach, describe, expect, it } from 'vitest';
import { getLibrary, importPackText } from '@/lib/packs/library';
import { packLibraryItem as libraryItem } from '@/lib/storage/items';
import { parseUntrustedJson, toSafePlainText } from '@/lib/packs/sanitize';
import { generateKeyPair, signPack } from '@/lib/packs/signing';
import { makePack, useTestDefaultPack } from './fixtures';

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

describe('sanitizing helpers', () => {
  it('parseUntrustedJson refuses prototype keys at any depth', () => {
    const r = parseUntrustedJson('{"a":[{"b":{"__proto__":{"x":1}}}]}', 'en');
    expect(r.ok || r.errors[0]).toMatchObject({ path: 'a[0].b.__proto__', code: 'forbidden-key' });
  });

  it('toSafePlainText neutralizes markup, Markdown links and invisible characters', () => {
    expect(toSafePlainText('[点我](javascript:alert(1)) <b>粗</b>\u202e反')).toBe('点我 粗反');
  });
});
