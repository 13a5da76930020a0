import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadActivePack } from '@/lib/packs/active';
import {
  getLibrary,
  importPackText,
  movePack,
  removePack,
  setPackEnabled,
} from '@/lib/packs/library';
import { generateKeyPair, signPack } from '@/lib/packs/signing';
import { packLibraryItem as libraryItem } from '@/lib/storage/items';
import { makePack, useTestDefaultPack } from './fixtures';

const text = (v: unknown) => JSON.stringify(v);

beforeEach(() => useTestDefaultPack());

describe('pack library', () => {
  it('always holds the default pack, which can be disabled but not removed', async () => {
    const lib = await getLibrary();
    expect(lib.packs.map((p) => [p.id, p.source, p.verified])).toEqual([['builtin-default', 'default', 'builtin']]);
    expect(await removePack('builtin-default')).toBe(false);
    await setPackEnabled('builtin-default', false);
    expect((await getLibrary()).packs[0]).toMatchObject({ id: 'builtin-default', enabled: false });
  });

  it('asks for confirmation before installing an unsigned pack, then marks it unverified', async () => {
    const first = await importPackText(text(makePack()), { trustedKeys: [] });
    expect(first).toMatchObject({ ok: false, needsConfirmation: true, packId: 'team-pack' });
    expect((await getLibrary()).packs).toHaveLength(1);
    const second = await importPackText(text(makePack()), { trustedKeys: [], confirmUnverified: true });
    expect(second).toMatchObject({ ok: true, id: 'team-pack', verified: 'unverified', replaced: false });
    const lib = await getLibrary();
    expect(lib.packs.map((p) => p.id)).toEqual(['builtin-default', 'team-pack']);
  });

  it('installs a pack signed by a trusted key as signed, without confirmation', async () => {
    const keys = await generateKeyPair();
    const env = await signPack(makePack(), keys.privateKey);
    const r = await importPackText(text(env), { trustedKeys: [keys.publicKey] });
    expect(r).toMatchObject({ ok: true, verified: 'signed' });
    expect((await getLibrary()).packs[1]).toMatchObject({ verified: 'signed', signerKeyId: keys.keyId });
  });

  it('refuses a tampered signed pack even with confirmation', async () => {
    const keys = await generateKeyPair();
    const env = await signPack(makePack(), keys.privateKey);
    const tampered = text(env).replace('理解您现在手头紧', '理解您现在手头松');
    const r = await importPackText(tampered, { trustedKeys: [keys.publicKey], confirmUnverified: true, locale: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/signature does not match/);
    expect((await getLibrary()).packs).toHaveLength(1);
  });

  it('names the JSON path and the problem in the chosen language; nothing is installed', async () => {
    const broken = makePack();
    (broken.scenarios[0]!.scripts![0] as { text: string }).text = '{name}，您欠款 {balanse} 元';
    const before = await libraryItem.getValue();
    for (const [locale, want] of [
      ['en', 'unknown variable {balanse}'],
      ['zh-CN', '未知变量 {balanse}'],
      ['zh-TW', '未知變數 {balanse}'],
    ] as const) {
      const r = await importPackText(text(broken), { trustedKeys: [], confirmUnverified: true, locale });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ path: 'scenarios[0].scripts[0].text', message: want }));
    }
    expect(await libraryItem.getValue()).toEqual(before);
  });

  it('refuses an import that reuses the built-in pack id, writing nothing', async () => {
    const r = await importPackText(text(makePack({ id: 'builtin-default' })), { trustedKeys: [], confirmUnverified: true });
    expect(r.ok || r.errors[0]?.code).toBe('reserved-id');
    expect(await fakeBrowser.storage.local.get('packLibrary')).toEqual({});
  });

  it('replaces an imported pack of the same id in place (keeps its position and switch)', async () => {
    await importPackText(text(makePack()), { trustedKeys: [], confirmUnverified: true });
    await importPackText(text(makePack({ id: 'other' })), { trustedKeys: [], confirmUnverified: true });
    await setPackEnabled('team-pack', false);
    const r = await importPackText(text(makePack({ version: '1.1.0' })), { trustedKeys: [], confirmUnverified: true });
    expect(r).toMatchObject({ ok: true, replaced: true });
    const lib = await getLibrary();
    expect(lib.packs.map((p) => [p.id, p.enabled, p.pack.version])).toEqual([
      ['builtin-default', true, '1.0.0'],
      ['team-pack', false, '1.1.0'],
      ['other', true, '1.0.0'],
    ]);
  });
});

describe('active pack and precedence', () => {
  const install = (id: string, text2: string, scriptId = 'x-1') =>
    importPackText(
      text(
        makePack({
          id,
          scenarios: [
            {
              id: 'no-money-now',
              title: { 'zh-CN': `暂时没钱（${id}）` },
              examples: [`${id} 的说法`],
              scripts: [
                { id: 'nm-1', text: text2, stage: 'negotiate', discloses: false },
                { id: scriptId, text: `${id} 新增`, stage: 'negotiate', discloses: false },
              ],
            },
            {
              id: `${id}-new`,
              title: { 'zh-CN': '新场景' },
              examples: ['我只跟你们行长谈'],
              scripts: [{ id: `${id}-s`, text: '好的', stage: 'negotiate', discloses: false }],
            },
          ],
        }),
      ),
      { trustedKeys: [], confirmUnverified: true },
    );

  it('a higher pack overrides same-id scripts and adds new scenarios; sources name the pack', async () => {
    await install('team-a', 'A 的说法', 'a-1');
    await install('team-b', 'B 的说法', 'b-1');
    let active = await loadActivePack();
    expect(active.order).toEqual(['builtin-default', 'team-a', 'team-b']);
    const nm = active.pack.scenarios.find((s) => s.id === 'no-money-now')!;
    expect(nm.title['zh-CN']).toBe('暂时没钱（team-b）');
    expect(nm.scripts.find((s) => s.id === 'nm-1')!.text).toBe('B 的说法');
    expect(nm.scripts.map((s) => s.id)).toEqual(['nm-1', 'nm-2', 'a-1', 'b-1']);
    expect(active.sources.get('nm-1')).toMatchObject({ packId: 'team-b', verified: 'unverified' });
    expect(active.sources.get('nm-2')).toMatchObject({ packId: 'builtin-default', verified: 'builtin' });
    expect(active.pack.scenarios.map((s) => s.id)).toContain('team-a-new');
    expect(nm.examples).toEqual(expect.arrayContaining(['没钱', 'team-a 的说法', 'team-b 的说法']));

    await movePack('team-a', 'up'); // team-a now above team-b
    active = await loadActivePack();
    expect(active.order).toEqual(['builtin-default', 'team-b', 'team-a']);
    expect(active.pack.scenarios.find((s) => s.id === 'no-money-now')!.scripts.find((s) => s.id === 'nm-1')!.text).toBe('A 的说法');

    await setPackEnabled('team-a', false);
    active = await loadActivePack();
    expect(active.order).toEqual(['builtin-default', 'team-b']);
    expect(active.pack.scenarios.map((s) => s.id)).not.toContain('team-a-new');
  });

  it('falls back to the default pack when every pack is disabled', async () => {
    await setPackEnabled('builtin-default', false);
    const active = await loadActivePack();
    expect(active.order).toEqual(['builtin-default']);
  });

  it('removing an imported pack removes its scripts', async () => {
    await install('team-a', 'A 的说法', 'a-1');
    expect(await removePack('team-a')).toBe(true);
    const active = await loadActivePack();
    expect(active.sources.has('a-1')).toBe(false);
    expect(active.sources.get('nm-1')?.packId).toBe('builtin-default');
  });
});
