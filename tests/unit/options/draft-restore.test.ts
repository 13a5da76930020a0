// The pack editor's stored draft is repaired on load: a broken field takes its blank value, a
// value that is not a draft at all lets the editor start afresh.
import { describe, expect, it } from 'vitest';
import { draftFromPack, draftToPack, newDraft, restoreDraft } from '@/components/options/draft';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { validatePack } from '@/lib/packs/validate';
import { makePack } from '../packs-library/fixtures';

describe('restoreDraft', () => {
  it('a whole draft loads unchanged, with the pack it started from', () => {
    const r = validatePack(makePack());
    if (!r.ok) throw new Error('fixture');
    const draft = draftFromPack(r.pack);
    expect(restoreDraft(JSON.parse(JSON.stringify(draft)))).toEqual(JSON.parse(JSON.stringify(draft)));
    expect(restoreDraft(newDraft('小王'))).toEqual(newDraft('小王'));
  });

  it('repairs field by field', () => {
    const raw = {
      id: 7,
      name: '团队话术',
      version: null,
      scenarios: [
        'junk',
        { id: 'pay-later', title: 3, examples: ['下个月再说', 5], scripts: [{ text: '好的', stage: 'shout', discloses: 'yes', buckets: ['M1', 'M9'], techniques: 'x' }, null] },
      ],
      base: { scenarios: 'no' },
    };
    expect(restoreDraft(raw)).toEqual({
      id: '',
      name: '团队话术',
      version: '1.0.0',
      author: '',
      testPhrases: '',
      stages: [],
      scenarios: [
        {
          id: 'pay-later',
          title: '',
          examples: ['下个月再说'],
          techniques: [],
          scripts: [{ id: 'script-1', text: '好的', short: '', stage: 'negotiate', discloses: false, techniques: [], personas: [], buckets: ['M1'] }],
        },
      ],
    });
  });

  it('not a draft → null', () => {
    for (const raw of [null, 'draft', [], { id: 'x' }, { scenarios: 'none' }]) expect(restoreDraft(raw)).toBeNull();
  });
});

describe('short forms through the editor', () => {
  it('keeps the other locales of a short form and drops an emptied one', () => {
    const pack = loadDefaultPackNode();
    const script = { ...pack.scenarios[0]!.scripts[0]!, short: { 'zh-CN': '您好，现在方便说两句吗？', en: 'Hello, is now a good time?' } };
    const base = { ...pack, scenarios: [{ ...pack.scenarios[0]!, scripts: [script] }] };
    const draft = draftFromPack(base);
    expect(draft.scenarios[0]!.scripts[0]!.short).toBe('您好，现在方便说两句吗？');
    draft.scenarios[0]!.scripts[0]!.short = '您好，这会儿方便吗？';
    const out = draftToPack(draft).scenarios[0]!.scripts![0]!;
    expect(out.short).toEqual({ 'zh-CN': '您好，这会儿方便吗？', en: 'Hello, is now a good time?' });
    draft.scenarios[0]!.scripts[0]!.short = '  ';
    expect('short' in draftToPack(draft).scenarios[0]!.scripts![0]!).toBe(false);
  });
});
