// Builders for small packs used by the pack and suggest tests.
import type { PackInput } from '@/lib/packs/schema';

export function minimalPack(overrides: Partial<PackInput> = {}): PackInput {
  return {
    formatVersion: 1,
    id: 'test-pack',
    name: { 'zh-CN': '测试包' },
    version: '1.0.0',
    locales: ['zh-CN'],
    author: 'tester',
    updatedAt: '2026-11-22',
    scenarios: [
      {
        id: 'no-money-now',
        title: { 'zh-CN': '暂时没钱', 'zh-TW': '暫時沒錢', en: 'No money now' },
        examples: ['现在没钱', '手头太紧了', '真的拿不出钱'],
        scripts: [
          { id: 's1', text: '{name}您好，最低还款{minimumPayment}元可以先安排吗？', stage: 'negotiate', discloses: true, techniques: ['empathy'] },
        ],
      },
    ],
    ...overrides,
  };
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
