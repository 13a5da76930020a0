// @vitest-environment node
// The keygen / sign / verify subcommands: same formats as the options page, non-zero exit and
// a bilingual message on every failure.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importPackText } from '@/lib/packs/library';
import { keygenCommand } from '@/scripts/pack-commands/keygen';
import { signCommand } from '@/scripts/pack-commands/sign';
import { verifyCommand } from '@/scripts/pack-commands/verify';
import { makePack, useTestDefaultPack } from './fixtures';

let dir: string;
let out: string[];
beforeEach(() => {
  useTestDefaultPack();
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.TEST_PASS;
});

describe('pack keygen / sign / verify', () => {
  it('round-trips, and the extension accepts the signed file with the .pub key trusted', async () => {
    writeFileSync(join(dir, 'team.json'), JSON.stringify(makePack(), null, 2));
    expect(await keygenCommand(['--out', dir])).toBe(0);
    expect(statSync(join(dir, 'pack-signing.key.json')).mode & 0o777).toBe(0o600);
    const signed = join(dir, 'team.signed.json');
    expect(await signCommand([join(dir, 'team.json'), '--key', join(dir, 'pack-signing.key.json'), '--out', signed])).toBe(0);
    expect(await verifyCommand([signed, '--pubkey', join(dir, 'pack-signing.pub')])).toBe(0);
    expect(out.join('\n')).toMatch(/Signature OK: team-pack 1\.0\.0/);
    const pub = readFileSync(join(dir, 'pack-signing.pub'), 'utf8').trim();
    const r = await importPackText(readFileSync(signed, 'utf8'), { trustedKeys: [pub] });
    expect(r).toMatchObject({ ok: true, verified: 'signed' });
  });

  it('fails verification after a one-byte change, and with another key', async () => {
    writeFileSync(join(dir, 'team.json'), JSON.stringify(makePack()));
    await keygenCommand(['--out', dir]);
    await keygenCommand(['--out', dir, '--name', 'other']);
    const signed = join(dir, 's.json');
    await signCommand([join(dir, 'team.json'), '--key', join(dir, 'pack-signing.key.json'), '--out', signed]);
    const text = readFileSync(signed, 'utf8');
    writeFileSync(join(dir, 't.json'), text.replace('"1.0.0"', '"1.0.1"'));
    out.length = 0;
    expect(await verifyCommand([join(dir, 't.json'), '--pubkey', join(dir, 'pack-signing.pub')])).toBe(1);
    expect(out.join('\n')).toMatch(/签名不匹配[\s\S]*Error: signature does not match/);
    out.length = 0;
    expect(await verifyCommand([signed, '--pubkey', join(dir, 'other.pub')])).toBe(1);
    expect(out.join('\n')).toMatch(/not a trusted public key/);
  });

  it('refuses to sign an invalid pack and names the path', async () => {
    const bad = makePack();
    (bad.scenarios[0]!.scripts![0] as { text: string }).text = '欠款 {balanse}';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    await keygenCommand(['--out', dir]);
    out.length = 0;
    expect(await signCommand([join(dir, 'bad.json'), '--key', join(dir, 'pack-signing.key.json'), '--out', join(dir, 'x.json')])).toBe(1);
    expect(out.join('\n')).toMatch(/scenarios\[0\]\.scripts\[0\]\.text: 未知变量 \{balanse\}/);
  });

  it.each([
    ['redos-adapter.json', /siteAdapters\[0\]\.urlPattern: 网址模式不能用正则表达式[\s\S]*siteAdapters\[0\]\.urlPattern: regular expressions are not allowed/],
    ['unlawful-scripts.json', /team-nm-threat — third-party-disclosure（[\s\S]*Error: [\s\S]*team-nm-waiver — unauthorized-waiver \(Promising to waive/],
    ['prohibited-tactics.json', /good-cop-bad-cop 已被默认话术包[\s\S]*good-cop-bad-cop is prohibited by the default pack/],
    ['bidi.json', /name\.zh-CN: 含不可见字符或双向控制字符 U\+200B[\s\S]*scenarios\[0\]\.scripts\[0\]\.text: contains an invisible or bidi control character U\+202E/],
  ])('never signs the hostile fixture %s, and says why in Chinese and English', async (file, message) => {
    await keygenCommand(['--out', dir]);
    out.length = 0;
    const target = join(dir, 'signed.json');
    expect(await signCommand([join('tests/fixtures/packs/hostile', file), '--key', join(dir, 'pack-signing.key.json'), '--out', target])).toBe(1);
    expect(out.join('\n')).toMatch(message);
    expect(existsSync(target)).toBe(false);
  });

  it('encrypts the key with a passphrase from the environment', async () => {
    writeFileSync(join(dir, 'team.json'), JSON.stringify(makePack()));
    process.env.TEST_PASS = 'a long passphrase';
    expect(await keygenCommand(['--out', dir, '--passphrase-env', 'TEST_PASS'])).toBe(0);
    const key = JSON.parse(readFileSync(join(dir, 'pack-signing.key.json'), 'utf8'));
    expect(key.pkcs8).toBeUndefined();
    expect(key.encrypted.kdf).toBe('PBKDF2-SHA256');
    const args = [join(dir, 'team.json'), '--key', join(dir, 'pack-signing.key.json'), '--out', join(dir, 's.json')];
    delete process.env.TEST_PASS;
    expect(await signCommand(args)).toBe(1);
    expect(out.join('\n')).toMatch(/passphrase is needed/);
    process.env.TEST_PASS = 'wrong passphrase';
    expect(await signCommand([...args, '--passphrase-env', 'TEST_PASS'])).toBe(1);
    process.env.TEST_PASS = 'a long passphrase';
    expect(await signCommand([...args, '--passphrase-env', 'TEST_PASS'])).toBe(0);
  });

  it('usage errors exit non-zero with both languages', async () => {
    expect(await keygenCommand([])).toBe(1);
    expect(await verifyCommand([join(dir, 'nope.json'), '--pubkey', join(dir, 'nope.pub')])).toBe(1);
    expect(out.join('\n')).toMatch(/错误：[\s\S]*Error:/);
  });
});
