import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/packs/canonical-json';
import {
  decryptPrivateKey,
  encryptPrivateKey,
  generateKeyPair,
  keyIdOf,
  normalizePublicKey,
  signPack,
  verifyEnvelope,
} from '@/lib/packs/signing';
import { makePack } from './fixtures';

describe('canonical JSON', () => {
  it('sorts keys at every level, drops whitespace, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });
  it('is the same for the same value however it was written', () => {
    const a = JSON.parse('{ "z": "话术", "a": [ 1.0, true, null ] }');
    const b = JSON.parse('{"a":[1,true,null],"z":"\\u8bdd\\u672f"}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});

describe('Ed25519 signing', () => {
  it('signs and verifies with a trusted key; the keyId is the sha256 prefix of the public key', async () => {
    const keys = await generateKeyPair();
    expect(keys.keyId).toBe(await keyIdOf(keys.publicKey));
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(normalizePublicKey(keys.publicKey)).toBe(keys.publicKey);
    const env = await signPack(makePack(), keys.privateKey);
    expect(env.format).toBe('daihou-pack-signed/1');
    expect(await verifyEnvelope(env, [keys.publicKey])).toEqual({ ok: true, keyId: keys.keyId });
  });

  it('refuses a file changed by one byte after signing', async () => {
    const keys = await generateKeyPair();
    const text = JSON.stringify(await signPack(makePack(), keys.privateKey), null, 2);
    const at = text.indexOf('团队话术');
    // Replace one UTF-8 byte of a character: decode the file, flip one byte, re-encode.
    const bytes = new TextEncoder().encode(text);
    const byteAt = new TextEncoder().encode(text.slice(0, at)).length + 2;
    bytes[byteAt] = bytes[byteAt]! ^ 0x01;
    const tampered = JSON.parse(new TextDecoder().decode(bytes));
    const r = await verifyEnvelope(tampered, [keys.publicKey]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('bad-signature');
    // The same one-byte change in ASCII text (version 1.0.0 → 1.0.1) is refused too.
    const r2 = await verifyEnvelope(JSON.parse(text.replace('"1.0.0"', '"1.0.1"')), [keys.publicKey]);
    expect(r2.ok).toBe(false);
  });

  it('refuses a pack signed by an untrusted key, and when no key is trusted', async () => {
    const [a, b] = [await generateKeyPair(), await generateKeyPair()];
    const env = await signPack(makePack(), a.privateKey);
    const r = await verifyEnvelope(env, [b.publicKey]);
    expect(r.ok || r.error.code).toBe('untrusted-key');
    const none = await verifyEnvelope(env, []);
    expect(none.ok || none.error.code).toBe('no-trusted-keys');
  });

  it('refuses a forged keyId (signature by another key claiming a trusted id)', async () => {
    const [a, b] = [await generateKeyPair(), await generateKeyPair()];
    const env = await signPack(makePack(), b.privateKey);
    env.signature.keyId = a.keyId;
    const r = await verifyEnvelope(env, [a.publicKey]);
    expect(r.ok || r.error.code).toBe('bad-signature');
  });

  it('refuses malformed envelopes', async () => {
    const keys = await generateKeyPair();
    const env = await signPack(makePack(), keys.privateKey);
    for (const bad of [
      { ...env, extra: 1 },
      { ...env, signature: { ...env.signature, alg: 'RSA' } },
      { ...env, signature: { ...env.signature, value: '!!!' } },
      { ...env, pack: 'x' },
    ]) {
      const r = await verifyEnvelope(bad, [keys.publicKey]);
      expect(r.ok).toBe(false);
    }
  });

  it('encrypts the private key with a passphrase; only the right passphrase opens it', async () => {
    const keys = await generateKeyPair();
    const locked = await encryptPrivateKey(keys.privateKey, 'correct horse battery');
    expect(locked.pkcs8).toBeUndefined();
    expect(locked.encrypted?.kdf).toBe('PBKDF2-SHA256');
    expect(locked.encrypted?.iterations).toBe(310000);
    await expect(decryptPrivateKey(locked, 'wrong passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await expect(decryptPrivateKey(locked)).rejects.toMatchObject({ code: 'needs-passphrase' });
    const opened = await decryptPrivateKey(locked, 'correct horse battery');
    const env = await signPack(makePack(), opened);
    expect((await verifyEnvelope(env, [keys.publicKey])).ok).toBe(true);
  });
});
