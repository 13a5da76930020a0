// @vitest-environment node
// `pack validate` reads every file the product writes and says which kind it read: the signed file
// Options → 发布 exports is checked as the pack inside it (and its signature with --pubkey), a key,
// a backup or an export is named, not reported as nine pack errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT } from '@/lib/db/backup';
import { ADAPTERS_FORMAT_NAME, BACKUP_FORMAT_NAME, EXPORT_FORMAT_NAME } from '@/lib/packs/file-kind';
import { exportAdapters } from '@/lib/extract/adapters';
import { toCSV, toJSON } from '@/lib/db/export';
import { generateKeyPair, signPack } from '@/lib/packs/signing';
import { checkProductFile } from '@/scripts/pack-commands/validate';
import { makePack, useTestDefaultPack } from './fixtures';

let dir: string;
let out: string[];
beforeEach(() => {
  useTestDefaultPack();
  dir = mkdtempSync(join(tmpdir(), 'pack-validate-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('pack validate on the files the product writes', () => {
  it('the signed file Options → 发布 exports: named as signed, the pack inside is valid, no errors', async () => {
    const key = await generateKeyPair();
    // What PackEditor's export writes: JSON.stringify(await signPack(pack, key), null, 2) + '\n'.
    const file = write('team-pack-1.0.0.signed.json', `${JSON.stringify(await signPack(makePack(), key.privateKey), null, 2)}\n`);
    const r = await checkProductFile(file, 'zh-CN');
    expect(r).toMatchObject({ ok: true, kind: 'signed-pack' });
    const text = out.join('\n');
    expect(text).toContain('文件类型：已签名话术包');
    expect(text).toContain('话术包有效: team-pack 1.0.0');
    expect(text).toContain(`签名 keyId ${key.keyId}：未核对`);
    expect(text).not.toMatch(/错误/);
  });

  it('checks the signature with --pubkey, and fails on a key that did not sign it', async () => {
    const key = await generateKeyPair();
    const other = await generateKeyPair();
    const file = write('s.json', JSON.stringify(await signPack(makePack(), key.privateKey)));
    expect(await checkProductFile(file, 'en', [write('k.pub', `${key.publicKey}\n`)])).toMatchObject({ ok: true, kind: 'signed-pack' });
    expect(out.join('\n')).toContain(`Signature OK, keyId ${key.keyId}`);
    out.length = 0;
    expect(await checkProductFile(file, 'en', [write('o.pub', other.publicKey)])).toMatchObject({ ok: false, code: 1 });
    expect(out.join('\n')).toMatch(/not a trusted public key/);
  });

  it('names keys, backups, exports and adapters instead of listing pack errors', async () => {
    const key = await generateKeyPair();
    const cases: [string, string, string][] = [
      ['k.key.json', JSON.stringify(key.privateKey), 'Signing key file is well-formed'],
      ['k.pub', key.publicKey, 'Valid public key'],
      ['b.json', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 4, data: {} }), 'File kind: data backup'],
      ['e.json', toJSON([], { from: '2026-11-01', to: '2026-11-02' }), 'File kind: call export (JSON)'],
      ['e.csv', toCSV([], 'en'), 'File kind: call export (CSV)'],
      ['a.json', exportAdapters([]), 'Site adapters are valid: 0'],
    ];
    for (const [name, text, said] of cases) {
      out.length = 0;
      const r = await checkProductFile(write(name, text), 'en');
      expect(r.ok, name).toBe(true);
      expect(out.join('\n'), name).toContain(said);
      expect(out.join('\n'), name).not.toMatch(/\berrors?\b/);
    }
    expect([BACKUP_FORMAT_NAME, EXPORT_FORMAT_NAME, ADAPTERS_FORMAT_NAME]).toEqual([BACKUP_FORMAT, JSON.parse(toJSON([], { from: 'a', to: 'b' })).format, JSON.parse(exportAdapters([])).format]);
  });

  it('an unsigned pack is still a pack, with its errors by path', async () => {
    const bad = makePack();
    (bad.scenarios[0]!.scripts![0] as { text: string }).text = '欠款 {balanse}';
    const r = await checkProductFile(write('p.json', JSON.stringify(bad)), 'zh-CN');
    expect(r).toMatchObject({ ok: false, kind: 'pack', code: 1 });
    expect(out.join('\n')).toContain('文件类型：话术包（未签名）');
    expect(out.join('\n')).toMatch(/scenarios\[0\]\.scripts\[0\]\.text/);
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toContain('balanse');
  });
});
