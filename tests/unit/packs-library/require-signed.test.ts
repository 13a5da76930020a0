// Policy `requireSignedPacks`: unsigned or untrusted packs cannot be imported or subscribed, the
// refusal says why, and an unsigned pack installed before the policy is no longer used.
import { beforeEach, describe, expect, it } from 'vitest';
import { loadActivePack } from '@/lib/packs/active';
import { getLibrary, importPackText } from '@/lib/packs/library';
import { generateKeyPair, signPack, type KeyPair } from '@/lib/packs/signing';
import { getSettings, pickManaged } from '@/lib/settings';
import { packLibraryItem } from '@/lib/storage/items';
import { makePack, setPolicy, useTestDefaultPack } from './fixtures';

let keys: KeyPair;
beforeEach(async () => {
  useTestDefaultPack();
  keys ??= await generateKeyPair();
});

describe('requireSignedPacks (managed policy)', () => {
  it('is read from storage.managed as a boolean and shown locked; a value of the wrong type is ignored', async () => {
    expect(pickManaged({ requireSignedPacks: true })).toEqual({ requireSignedPacks: true });
    expect(pickManaged({ requireSignedPacks: 'yes' })).toEqual({});
    expect((await getSettings()).values.requireSignedPacks).toBe(false);
    await setPolicy({ requireSignedPacks: true });
    const s = await getSettings();
    expect(s.values.requireSignedPacks).toBe(true);
    expect(s.locked).toContain('requireSignedPacks');
  });

  it('refuses an unsigned pack and a pack signed by an untrusted key, saying it is the policy, and installs nothing', async () => {
    await setPolicy({ requireSignedPacks: true, trustedPublicKeys: [keys.publicKey] });
    const before = await packLibraryItem.getValue();
    const unsigned = await importPackText(JSON.stringify(makePack()), { confirmUnverified: true, locale: 'en' });
    expect(unsigned).toMatchObject({ ok: false, errors: [{ code: 'signature-required', message: expect.stringMatching(/requires packs signed by a trusted key.*not signed/) }] });
    const other = await generateKeyPair();
    const untrusted = await importPackText(JSON.stringify(await signPack(makePack(), other.privateKey)), { confirmUnverified: true, locale: 'zh-CN' });
    expect(untrusted).toMatchObject({ ok: false, errors: [{ code: 'signature-required', message: expect.stringMatching(/单位策略要求.*不在受信任公钥列表中/) }] });
    expect(await packLibraryItem.getValue()).toEqual(before);

    const good = await importPackText(JSON.stringify(await signPack(makePack(), keys.privateKey)), { locale: 'en' });
    expect(good).toMatchObject({ ok: true, verified: 'signed' });
  });

  it('an unsigned pack installed before the policy stays listed but is not used', async () => {
    expect((await importPackText(JSON.stringify(makePack()), { trustedKeys: [], confirmUnverified: true })).ok).toBe(true);
    expect((await loadActivePack()).order).toContain('team-pack');
    await setPolicy({ requireSignedPacks: true });
    await getSettings(); // refreshes the cached policy values the panel reads first
    expect((await getLibrary()).packs.map((p) => p.id)).toContain('team-pack');
    expect((await loadActivePack()).order).not.toContain('team-pack');
  });
});
