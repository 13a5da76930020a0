// Small valid packs built in code for the library, signing and subscription tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PackInput } from '@/lib/packs/schema';
import { validatePack } from '@/lib/packs/validate';
import { setDefaultPackLoader } from '@/lib/packs/library';

export function makePack(over: Partial<PackInput> = {}): PackInput {
  return {
    formatVersion: 1,
    id: 'team-pack',
    name: { 'zh-CN': '团队话术', en: 'Team scripts' },
    version: '1.0.0',
    locales: ['zh-CN'],
    author: '张主管',
    updatedAt: '2026-11-22',
    scenarios: [
      {
        id: 'no-money-now',
        title: { 'zh-CN': '暂时没钱' },
        examples: ['我现在真的没有钱', '手头太紧了'],
        scripts: [{ id: 'team-nm-1', text: '{name}您好，理解您现在手头紧。', stage: 'negotiate', discloses: false }],
      },
    ],
    ...over,
  };
}

export const basePack = (): PackInput =>
  makePack({
    id: 'builtin-default',
    name: { 'zh-CN': '默认话术包', en: 'Default pack' },
    scenarios: [
      {
        id: 'no-money-now',
        title: { 'zh-CN': '暂时没钱' },
        examples: ['没钱', '现在没有钱还'],
        scripts: [
          { id: 'nm-1', text: '我理解您的难处。', stage: 'negotiate', discloses: false },
          { id: 'nm-2', text: '您看最近哪天方便还一部分？', stage: 'negotiate', discloses: false },
        ],
      },
      {
        id: 'after-payday',
        title: { 'zh-CN': '发工资再还' },
        examples: ['等发工资再还', '下个月发了工资就还'],
        scripts: [{ id: 'ap-1', text: '请问具体哪天发工资？', stage: 'negotiate', discloses: false }],
      },
    ],
  });

/** Use the in-code default pack as the bundled one (the extension fetches public/packs/default.json). */
export function useTestDefaultPack(): void {
  const r = validatePack(basePack());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  setDefaultPackLoader(async () => r.pack);
}

/** Enterprise policy as storage.managed would give it. */
export function setPolicy(p: Record<string, unknown>): Promise<void> {
  return fakeBrowser.storage.managed.set(p);
}
