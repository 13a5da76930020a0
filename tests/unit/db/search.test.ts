import { describe, expect, it } from 'vitest';
import { addNote, gramsOf, indexPendingNotes, saveCallWithNote, saveDraft, search, searchDebtorsByName, upsertDebtor } from '@/lib/db';
import { loadPinyin, nameMatchesPinyin, PINYIN_QUERY } from '@/lib/suggest/search';
import { createBackup, restoreBackup } from '@/lib/db';
import { ctx, freshDb, key, ORIGIN } from './helpers';

/** Her case number is shown in full: it keys her record. */
const LI_NA = `${ORIGIN}|CS-2026-004817`;

async function seed() {
  const d = freshDb();
  await upsertDebtor(ctx('张伟', '6225 **** **** 8812'), {}, d);
  await upsertDebtor(ctx('李娜', '6228 **** **** 1234', { caseId: { value: 'CS-2026-004817', raw: 'CS-2026-004817', confidence: 1, source: { method: 'dl' } } }), {}, d);
  await saveCallWithNote({ debtorKey: key('6225 **** **** 8812'), result: { outcome: 'ptp' }, note: '客户表示下月工资发放后还款，承诺通过手机银行转账', now: 1 }, d);
  await saveCallWithNote({ debtorKey: LI_NA, result: { outcome: 'hardship' }, note: '家人生病住院，暂时无力偿还，申请分期', now: 2 }, d);
  await addNote(LI_NA, 'Callback at 3pm, 客户 asked for ＷＥＣＨＡＴ payment', { now: 3 }, d);
  await saveDraft(key('6225 **** **** 8812'), '草稿里的工资两个字不该被搜到', d);
  return d;
}

describe('bigram index', () => {
  it('indexes each token by its bigrams and last character', () => {
    expect(gramsOf('还款 ok')).toEqual(['还款', '款', 'ok', 'k']);
    expect(gramsOf('ＡＢ')).toEqual(['ab', 'b']);
  });
});

describe('search', () => {
  it('finds notes by a Chinese substring, newest first, never drafts', async () => {
    const d = await seed();
    const r = await search('工资发放', {}, d);
    expect(r.notes.map((h) => h.note.text)).toEqual(['客户表示下月工资发放后还款，承诺通过手机银行转账']);
    expect(r.notes[0]?.debtor?.name).toBe('张伟');
    expect((await search('工资', {}, d)).notes).toHaveLength(1);
    expect((await search('资发放后', {}, d)).notes).toHaveLength(1);
    expect((await search('发放前', {}, d)).notes).toHaveLength(0);
  });

  it('finds by a single character (first, middle or last of a word)', async () => {
    const d = await seed();
    expect((await search('院', {}, d)).notes.map((h) => h.note.text)).toEqual(['家人生病住院，暂时无力偿还，申请分期']);
    expect((await search('账', {}, d)).notes).toHaveLength(1);
    expect((await search('还', {}, d)).notes).toHaveLength(2);
  });

  it('requires every whitespace-separated term, ignoring case and full width', async () => {
    const d = await seed();
    expect((await search('wechat 3PM', {}, d)).notes).toHaveLength(1);
    expect((await search('wechat 工资', {}, d)).notes).toHaveLength(0);
  });

  it('finds debtors by name, masked account and case id', async () => {
    const d = await seed();
    expect((await search('张伟', {}, d)).debtors.map((x) => x.name)).toEqual(['张伟']);
    expect((await search('8812', {}, d)).debtors.map((x) => x.name)).toEqual(['张伟']);
    expect((await search('6228 **** **** 1234', {}, d)).debtors.map((x) => x.name)).toEqual(['李娜']);
    expect((await search('004817', {}, d)).debtors.map((x) => x.name)).toEqual(['李娜']);
    expect((await search('  ', {}, d)).debtors).toEqual([]);
  });

  it('finds debtors by the pinyin of their name, initials or syllables (the data panel: zw → 张伟)', async () => {
    const d = await seed();
    const toPinyin = await loadPinyin();
    const by = async (q: string) => (await searchDebtorsByName((name) => nameMatchesPinyin(name, q, toPinyin), {}, d)).map((x) => x.name);
    expect(PINYIN_QUERY.test('zw') && !PINYIN_QUERY.test('张伟') && !PINYIN_QUERY.test('8812')).toBe(true);
    expect(await by('zw')).toEqual(['张伟']);
    expect(await by('ZW')).toEqual(['张伟']);
    expect(await by('lina')).toEqual(['李娜']);
    expect(await by('li')).toEqual(['李娜']);
    expect(await by('wz')).toEqual([]);
  });

  it('still finds restored notes while their index is being rebuilt, and after', async () => {
    const d = await seed();
    const { text } = await createBackup(d);
    const other = freshDb();
    await restoreBackup(text, other);
    // restoreBackup started the backfill; search must not depend on it having finished.
    expect((await search('无力偿还', {}, other)).notes).toHaveLength(1);
    await indexPendingNotes(other);
    const r = await search('无力偿还', {}, other);
    expect(r).toMatchObject({ indexing: false });
    expect(r.notes).toHaveLength(1);
    expect((await other.notes.toArray()).filter((n) => n.draft === 0).every((n) => n.grams?.length)).toBe(true);
  });

  it('intersects long posting lists page by page, newest first, with no match missed', async () => {
    const d = freshDb();
    const notes = Array.from({ length: 1200 }, (_, i) => {
      const text = `第${i}号 客户承诺还款${i % 7 === 0 ? '，受疫情影响' : ''}${i % 5 === 0 ? '，申请分期' : ''}`;
      return { debtorKey: 'a|1', text, draft: 0 as const, createdAt: i, updatedAt: i, grams: gramsOf(text) };
    });
    await d.notes.bulkAdd(notes);
    const all = (await search('疫情 分期', { limit: 1000 }, d)).notes.map((h) => h.note.createdAt);
    const want = notes.map((n) => n.createdAt).filter((i) => i % 35 === 0).reverse();
    expect(all).toEqual(want);
    expect((await search('还款', { limit: 1000 }, d)).notes).toHaveLength(1000);
    expect((await search('影响，申请分期', {}, d)).notes.map((h) => h.note.createdAt)).toEqual(want.slice(0, 50));
    expect((await search('疫情还款', {}, d)).notes).toEqual([]);
  });
});
