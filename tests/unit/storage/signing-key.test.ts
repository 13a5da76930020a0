// The private signing key: checked on load (a broken one reads as no key), and reachable only
// from the options page's signing code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateKeyPair } from '@/lib/packs/signing';
import { getSettings } from '@/lib/settings';
import * as items from '@/lib/storage/items';
import { getSigningKey, restoreSigningKey, setSigningKey, watchSigningKey, type StoredSigningKey } from '@/lib/storage/signing-key';

const ROOT = join(__dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, p)] : [];
  });
}

async function makeKey(): Promise<StoredSigningKey> {
  const pair = await generateKeyPair();
  return { publicKey: pair.publicKey, keyId: pair.keyId, privateKey: pair.privateKey, createdAt: 1_700_000_000_000 };
}

describe('signing key on load', () => {
  it('a whole key round-trips', async () => {
    const key = await makeKey();
    await setSigningKey(key);
    expect(await getSigningKey()).toEqual(key);
    expect(restoreSigningKey(key)).toEqual(key);
  });

  it('a broken or inconsistent key reads as no key, never thrown', async () => {
    const key = await makeKey();
    const other = await makeKey();
    const broken: unknown[] = [
      null,
      'key',
      { ...key, privateKey: null },
      { ...key, privateKey: { ...key.privateKey, format: 'other/1' } },
      { ...key, privateKey: { ...key.privateKey, pkcs8: undefined } },
      { ...key, privateKey: { ...key.privateKey, pkcs8: undefined, encrypted: { salt: 'x' } } },
      { ...key, publicKey: other.publicKey },
      { ...key, keyId: other.keyId },
    ];
    for (const raw of broken) {
      expect(restoreSigningKey(raw)).toBeNull();
      await fakeBrowser.storage.local.set({ packSigningKey: raw });
      await expect(getSigningKey()).resolves.toBeNull();
    }
    expect(restoreSigningKey({ ...key, createdAt: 'yesterday' })?.createdAt).toBe(0);
  });

  it('watchers get the checked key', async () => {
    const seen: (StoredSigningKey | null)[] = [];
    const off = watchSigningKey((k) => seen.push(k));
    const key = await makeKey();
    await setSigningKey(key);
    await fakeBrowser.storage.local.set({ packSigningKey: { ...key, keyId: 'forged' } });
    off();
    expect(seen).toEqual([key, null]);
  });
});

describe('where the signing key can be reached', () => {
  it('is not an item of the shared module, and not part of the settings', async () => {
    const keys = Object.values(items).flatMap((v) => (v && typeof v === 'object' && 'key' in v ? [String(v.key)] : []));
    expect(keys).not.toContain('local:packSigningKey');
    await setSigningKey(await makeKey());
    expect(JSON.stringify(await getSettings())).not.toContain('pkcs8');
  });

  it('is imported only by the options page signing code', () => {
    const importers = ['lib', 'components', 'entrypoints']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => /storage\/signing-key['"]/.test(readFileSync(join(ROOT, f), 'utf8')))
      .sort();
    expect(importers).toEqual(['components/options/PackEditor.tsx', 'components/options/SigningKeys.tsx']);
  });
});
