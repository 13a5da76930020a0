// The pack editor's pure parts (draft round trip, pack test) and the import view rendering
// hostile text as text.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFromPack, draftToPack, errorsUnder, parseTestPhrases } from '@/components/options/draft';
import { runPackTest } from '@/components/options/pack-test';
import { PackImport } from '@/components/options/PackImport';
import { translator } from '@/lib/i18n';
import { getLibrary } from '@/lib/packs/library';
import { validatePack } from '@/lib/packs/validate';
import { basePack, makePack, useTestDefaultPack } from './fixtures';

const valid = (p: unknown) => {
  const r = validatePack(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
};

beforeEach(() => useTestDefaultPack());
afterEach(() => cleanup());

describe('editor draft', () => {
  it('round-trips a pack and keeps the fields the editor does not show', () => {
    const input = makePack();
    (input.scenarios[0]! as { summary?: unknown }).summary = { 'zh-CN': '摘要' };
    (input.scenarios[0]!.scripts![0] as { note?: unknown }).note = { 'zh-CN': '备注' };
    const pack = valid(input);
    const draft = draftFromPack(pack);
    draft.scenarios[0]!.scripts[0]!.text = '新的话术';
    const back = valid(draftToPack(draft));
    expect(back.scenarios[0]!.summary).toEqual({ 'zh-CN': '摘要' });
    expect(back.scenarios[0]!.scripts[0]).toMatchObject({ text: '新的话术', note: { 'zh-CN': '备注' } });
    expect(back.name).toEqual(pack.name);
  });

  it('reports errors at the draft indexes', () => {
    const draft = draftFromPack(valid(makePack()));
    draft.scenarios[0]!.scripts[0]!.text = '{balanse}';
    const r = validatePack(draftToPack(draft), 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorsUnder(r.errors, 'scenarios[0].scripts[0]')[0]?.message).toBe('unknown variable {balanse}');
  });

  it('the pack test lists examples and phrasings that land in the wrong scenario', () => {
    const pack = valid(makePack());
    const draft = { ...draftFromPack(pack), testPhrases: '等发工资再还 => after-payday\n等发工资再还 => no-money-now\nbad line' };
    expect(parseTestPhrases(draft.testPhrases)).toHaveLength(2);
    const result = runPackTest(draft, pack, [valid(basePack())]);
    expect(result.total).toBe(pack.scenarios[0]!.examples.length + 2);
    expect(result.misses).toEqual([expect.objectContaining({ text: '等发工资再还', expected: 'no-money-now', got: 'after-payday', kind: 'phrase' })]);
  });

  it('a test phrasing may name its scenario by the title the supervisor sees, and misses read as titles', () => {
    const pack = valid(makePack());
    const titleOf = (id: string) => [...pack.scenarios, ...valid(basePack()).scenarios].find((sc) => sc.id === id)!.title['zh-CN'];
    const draft = { ...draftFromPack(pack), testPhrases: `等发工资再还 => ${titleOf('after-payday')}\n等发工资再还 => ${titleOf('no-money-now')}` };
    const result = runPackTest(draft, pack, [valid(basePack())]);
    expect(result.misses).toEqual([
      expect.objectContaining({ expected: 'no-money-now', got: 'after-payday', expectedTitle: titleOf('no-money-now'), gotTitle: titleOf('after-payday') }),
    ]);
  });
});

describe('import view', () => {
  it('shows errors by path as text and installs nothing', async () => {
    const p = makePack();
    (p.scenarios[0]!.scripts![0] as { text: string }).text = '<img src=x onerror=alert(1)>';
    const { container } = render(<PackImport t={translator('en')} locale="en" />);
    const file = new File([JSON.stringify(p)], 'bad.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('pack-import-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('pack-import-errors')).toBeTruthy());
    expect(screen.getByTestId('pack-import-errors').textContent).toContain('scenarios[0].scripts[0].text: text must not contain HTML tags');
    expect(container.querySelector('img')).toBeNull();
    expect((await getLibrary()).packs).toHaveLength(1);
  });

  it('asks for confirmation of an unsigned pack, then installs it as unverified', async () => {
    render(<PackImport t={translator('en')} locale="en" />);
    const file = new File([JSON.stringify(makePack())], 'team.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('pack-import-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('pack-import-confirm')).toBeTruthy());
    const button = screen.getByTestId('pack-import-confirm-button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('pack-import-confirm-check'));
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('pack-import-result').textContent).toContain('unverified'));
    expect((await getLibrary()).packs.map((x) => [x.id, x.verified])).toContainEqual(['team-pack', 'unverified']);
  });
});
