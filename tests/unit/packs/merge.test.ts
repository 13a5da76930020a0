import { describe, expect, it } from 'vitest';
import { mergePacks } from '@/lib/packs/merge';
import { packSchema } from '@/lib/packs/schema';
import { minimalPack } from './fixtures';

describe('mergePacks', () => {
  it('lets the higher pack override same ids, adds new ones and keeps the source of each script', () => {
    const base = packSchema.parse(minimalPack());
    const team = packSchema.parse(
      minimalPack({
        id: 'team-pack',
        scenarios: [
          {
            id: 'no-money-now',
            title: { 'zh-CN': '没钱（团队版）' },
            examples: ['兜里一分没有'],
            scripts: [
              { id: 's1', text: '团队版话术', stage: 'negotiate', discloses: false },
              { id: 's2', text: '新增话术', stage: 'commit', discloses: false },
            ],
          },
          { id: 'team-custom', title: { 'zh-CN': '自定义场景' }, examples: ['自定义例句'] },
        ],
      }),
    );
    const merged = mergePacks([base, team]);
    expect(merged.sources).toEqual(['test-pack', 'team-pack']);
    expect(merged.id).toBe('team-pack');
    const sc = merged.scenarios.find((s) => s.id === 'no-money-now')!;
    expect(sc.title['zh-CN']).toBe('没钱（团队版）');
    expect(sc.examples).toEqual(['现在没钱', '手头太紧了', '真的拿不出钱', '兜里一分没有']);
    expect(sc.scripts.map((s) => [s.id, s.text, s.sourcePackId])).toEqual([
      ['s1', '团队版话术', 'team-pack'],
      ['s2', '新增话术', 'team-pack'],
    ]);
    expect(sc.sourcePackIds).toEqual(['test-pack', 'team-pack']);
    expect(merged.scenarios.map((s) => s.id)).toEqual(['no-money-now', 'team-custom']);
  });

  it('keeps lower-pack scripts that the higher pack does not redefine', () => {
    const base = packSchema.parse(minimalPack());
    const over = packSchema.parse(minimalPack({ id: 'over', scenarios: [{ id: 'no-money-now', title: { 'zh-CN': 'x' }, examples: ['y'] }] }));
    const sc = mergePacks([base, over]).scenarios[0]!;
    expect(sc.scripts.map((s) => `${s.id}@${s.sourcePackId}`)).toEqual(['s1@test-pack']);
  });
});

describe('site adapters in packs', () => {
  it('validates adapters a pack carries and merges them by id, higher pack winning', async () => {
    const { validatePack } = await import('@/lib/packs/validate');
    const adapter = (id: string, selector: string) => ({ id, urlPattern: 'https://crm.example-bank.cn/*', fields: { name: { selector } } });
    const low = validatePack({ ...minimalPack(), id: 'low', siteAdapters: [adapter('a', '#n1'), adapter('b', '#b')] });
    const high = validatePack({ ...minimalPack(), id: 'high', siteAdapters: [adapter('a', '#n2')] });
    expect(low.ok && high.ok).toBe(true);
    if (!low.ok || !high.ok) return;
    const merged = mergePacks([low.pack, high.pack]);
    expect(merged.siteAdapters.map((a) => [a.id, a.fields.name?.selector])).toEqual([
      ['a', '#n2'],
      ['b', '#b'],
    ]);
    const bad = validatePack({ ...minimalPack(), siteAdapters: [{ id: '', urlPattern: '', fields: {} }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.path).toMatch(/^siteAdapters\[0\]/);
  });
});
