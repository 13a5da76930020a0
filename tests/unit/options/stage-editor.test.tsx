// Supervisors edit the stage checklists in the pack editor: each item's text, required flag and the
// agent phrasings the live call's matcher ticks it from. The stages go through the draft unchanged,
// an edited phrasing changes what the matcher ticks ("这句话会勾选：…"), and a bad entry is
// flagged beside its field in the supervisor's language.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PackEditor } from '@/components/options/PackEditor';
import { draftFromPack, draftToPack, restoreDraft } from '@/components/options/draft';
import { checklistTicks } from '@/components/options/pack-test';
import { translator, type Locale } from '@/lib/i18n';
import { buildChecklistMatcher } from '@/lib/live/checklist-heard';
import type { Library } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { validatePack } from '@/lib/packs/validate';
import './helpers';

const pack = loadDefaultPackNode();
const library: Library = {
  packs: [{ id: 'default', source: 'default', enabled: true, pack } as unknown as Library['packs'][number]],
  subscriptions: [],
};

async function editDefault(locale: Locale = 'zh-CN') {
  // (waitFor below allows for the pack's first validation)
  render(<PackEditor library={library} agentName="王琳" t={translator(locale)} locale={locale} />);
  const editor = await screen.findByTestId('pack-editor');
  fireEvent.change(within(editor).getAllByRole('combobox')[0]!, { target: { value: 'default:default' } });
  await waitFor(() => expect(screen.getAllByTestId('editor-stage').length).toBe(pack.stages.length), { timeout: 15_000 });
}
const itemEditor = (id: string) => screen.getAllByTestId('editor-checklist-item').find((li) => li.getAttribute('data-item') === id)!;
const tryLine = async (line: string) => {
  fireEvent.change(screen.getByTestId('checklist-try-input'), { target: { value: line } });
  return (await screen.findByTestId('checklist-try-result')).getAttribute('data-items')!.split(' ').filter(Boolean);
};

describe('stages through the draft', () => {
  it('a pack’s stages round-trip through the draft unchanged (and through the stored draft)', () => {
    const draft = draftFromPack(pack);
    const out = validatePack(draftToPack(draft));
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.pack.stages).toEqual(pack.stages);
    const stored = restoreDraft(JSON.parse(JSON.stringify(draft)))!;
    const again = validatePack(draftToPack(stored));
    if (again.ok) expect(again.pack.stages).toEqual(pack.stages);
    else throw new Error('stored draft no longer valid');
  });

  it('an edited item keeps its other locales; blank lines and emptied locales are dropped', () => {
    const draft = draftFromPack(pack);
    const stage = draft.stages.find((s) => s.id === 'purpose')!;
    const item = stage.checklist.find((c) => c.id === 'amount-stated')!;
    item.examples = { 'zh-CN': ['您这期要还的是三千二百元', '', '  '], 'zh-TW': [], en: [] };
    item.required = false;
    const out = draftToPack(draft).stages!.find((s) => s.id === 'purpose')!.checklist.find((c) => c.id === 'amount-stated')!;
    expect(out.examples).toEqual({ 'zh-CN': ['您这期要还的是三千二百元'] });
    expect(out.required).toBe(false);
    expect(out.text).toEqual(pack.stages.find((s) => s.id === 'purpose')!.checklist.find((c) => c.id === 'amount-stated')!.text);
  });

  it('an older stored draft without stages takes its base pack’s', () => {
    const { stages: _drop, ...old } = JSON.parse(JSON.stringify(draftFromPack(pack)));
    const r = validatePack(draftToPack(restoreDraft(old)!));
    if (!r.ok) throw new Error('invalid');
    expect(r.pack.stages).toEqual(pack.stages);
  });
});

// The whole default pack in the editor: each edit re-validates it (slow on a shared 2-core machine).
const SLOW = { timeout: 40_000 };

describe('the checklist matcher from the editor', SLOW, () => {
  it('checklistTicks names the items a line ticks, with their text', () => {
    const ticks = checklistTicks(buildChecklistMatcher(pack.stages), pack.stages, '跟您说一下，本次通话全程录音', '2026-11-23');
    expect(ticks.map((x) => x.id)).toContain('recording-notice');
    expect(ticks.find((x) => x.id === 'recording-notice')!.text['zh-CN'].length).toBeGreaterThan(0);
  });

  it('editing an item’s phrasings changes what the matcher ticks', async () => {
    await editDefault();
    // An item the default pack does not listen for: the supervisor gives it phrasings.
    const line = '这笔有争议的费用我先帮您登记下来，后台核实后回复您';
    expect(await tryLine(line)).not.toContain('dispute-logged');
    const zh = within(itemEditor('dispute-logged')).getByTestId('editor-item-examples-zh-CN');
    fireEvent.change(zh, { target: { value: '您对金额有异议的话，我先帮您登记争议\n这笔费用的争议我这边给您提交核查\n我把您的异议记下来，转给账务部门核实' } });
    await waitFor(async () => expect(await tryLine(line)).toContain('dispute-logged'));
    expect(screen.getByTestId('checklist-try-result').textContent).toMatch(/^这句话会勾选：/);
    // Emptying the recording notice's phrasings: its words no longer tick it.
    const recordLine = '先跟您说一下，本次通话是全程录音的';
    expect(await tryLine(recordLine)).toContain('recording-notice');
    for (const l of ['zh-CN', 'zh-TW', 'en']) fireEvent.change(within(itemEditor('recording-notice')).getByTestId(`editor-item-examples-${l}`), { target: { value: '' } });
    await waitFor(async () => expect(await tryLine(recordLine)).not.toContain('recording-notice'));
  });

  it('identity verified offers no phrasings: asking is not verifying', async () => {
    await editDefault();
    expect(within(itemEditor('identity-verified')).getByTestId('editor-item-never-heard')).toBeTruthy();
    expect(within(itemEditor('identity-verified')).queryByTestId('editor-item-examples-zh-CN')).toBeNull();
  });
});

describe('invalid entries, in the supervisor’s language', SLOW, () => {
  it.each([
    ['zh-CN', 'HTML 标签', '编号只能用小写英文字母'],
    ['zh-TW', 'HTML 標籤', '編號只能用小寫英文字母'],
    ['en', 'HTML tags', 'lowercase letters, digits and hyphens'],
  ] as const)('%s: markup in a phrasing and a bad item id are flagged beside their fields', async (locale, markup, badId) => {
    await editDefault(locale);
    const item = itemEditor('recording-notice');
    const en = within(item).getByTestId('editor-item-examples-en');
    fireEvent.change(en, { target: { value: 'This call is recorded\n<b>recorded</b>' } });
    fireEvent.blur(en);
    await waitFor(() => expect(within(item).getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain(markup));
    const id = within(item).getByTestId('editor-item-id');
    fireEvent.change(id, { target: { value: '录音' } });
    fireEvent.blur(id);
    const alerts = await within(itemEditor('录音')).findAllByRole('alert');
    expect(alerts.length).toBe(2);
    expect(alerts[0]!.textContent).toContain(badId);
    // Never a JSON path.
    for (const a of alerts) expect(a.textContent).not.toMatch(/stages\[|checklist\[/);
    // Not publishable until fixed.
    expect(screen.getByTestId('editor-status').textContent).not.toBe(translator(locale)('packs.valid'));
  });

  it('added items get ids free across stages', async () => {
    await editDefault();
    const stages = screen.getAllByTestId('editor-stage');
    fireEvent.click(within(stages[0]!).getByRole('button', { name: '添加清单项' }));
    fireEvent.click(within(stages[1]!).getByRole('button', { name: '添加清单项' }));
    expect(screen.getAllByTestId('editor-checklist-item').filter((li) => /^item-\d+$/.test(li.getAttribute('data-item')!)).map((li) => li.getAttribute('data-item'))).toEqual(['item-1', 'item-2']);
  });

  it('a checklist id used twice (the call’s checklist is one namespace) is flagged', async () => {
    await editDefault();
    const id = within(itemEditor('agent-intro')).getByTestId('editor-item-id');
    fireEvent.change(id, { target: { value: 'review-history' } });
    fireEvent.blur(id);
    const dup = screen.getAllByTestId('editor-checklist-item').filter((li) => li.getAttribute('data-item') === 'review-history')[1]!;
    expect((await within(dup).findAllByRole('alert'))[0]!.textContent).toContain('重复');
  });

  it('an empty item text is flagged once touched', async () => {
    await editDefault();
    const item = itemEditor('agent-intro');
    const text = within(item).getByTestId('editor-item-text-zh-CN');
    fireEvent.change(text, { target: { value: '' } });
    fireEvent.blur(text);
    expect((await within(item).findAllByRole('alert'))[0]!.textContent).toContain('不能为空');
  });
});
