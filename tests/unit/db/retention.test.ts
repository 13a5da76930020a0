import { describe, expect, it } from 'vitest';
import { correctDebtor, listAudit, markPromise, purgeExpiredNotes, saveCallWithNote, saveDraft, upsertDebtor } from '@/lib/db';
import { ctx, DAY, freshDb, key } from './helpers';

const NOW = 1_800_000_000_000;

describe('retention', () => {
  it('purges notes older than N days, never those of a call with a pending promise, and audits it', async () => {
    const d = freshDb();
    const old = NOW - 200 * DAY;
    const plain = await saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'refused' }, note: '旧记录', now: old }, d);
    const pending = await saveCallWithNote(
      { debtorKey: 'a|2', result: { outcome: 'ptp' }, note: '旧承诺，仍待履行', promise: { amount: 10, dueDate: '2027-01-01', method: '柜台' }, now: old },
      d,
    );
    const kept = await saveCallWithNote(
      { debtorKey: 'a|3', result: { outcome: 'ptp' }, note: '旧承诺，已履行', promise: { amount: 10, dueDate: '2026-01-01', method: '柜台' }, now: old },
      d,
    );
    await markPromise(kept.promiseId!, 'kept', {}, d);
    const recent = await saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'ptp' }, note: '新记录', now: NOW - 10 * DAY }, d);
    await saveDraft('a|4', '很久以前的草稿', d, old);

    const report = await purgeExpiredNotes(180, d, NOW);
    expect(report).toMatchObject({ purged: 3, keptForPendingPromise: 1, cutoff: NOW - 180 * DAY });
    const left = (await d.notes.toArray()).map((n) => n.id);
    expect(left.sort()).toEqual([pending.noteId, recent.noteId].sort());
    expect(await d.promises.count()).toBe(2); // promises are never purged
    expect(await d.calls.count()).toBe(4); // nor the calls (evidence of the demand)
    const [entry] = await listAudit({ kind: 'purge' }, d);
    expect(entry?.detail).toMatchObject({ days: 180, purged: 3, keptForPendingPromise: 1 });
    expect(entry?.detail['noteIds']).toContain(plain.noteId);
  });

  it('deletes the debtor records nothing within the period needs: no call, note, promise or pending promise', async () => {
    const d = freshDb();
    const old = NOW - 200 * DAY;
    const seen = async (name: string, account: string, at: number) => (await upsertDebtor(ctx(name, account), { now: at }, d)).key;
    // Called long ago, promise kept long ago, and a correction: all of it goes.
    const gone = await seen('张伟', '6225880012348812', old);
    await correctDebtor(gone, { phone: { value: '13800138000', raw: '13800138000', confidence: 1, source: { method: 'manual' } } }, d);
    await d.debtors.update(gone, { updatedAt: old });
    const paid = await saveCallWithNote({ debtorKey: gone, result: { outcome: 'ptp' }, note: '旧', promise: { amount: 10, dueDate: '2026-01-01', method: '柜台' }, now: old }, d);
    await markPromise(paid.promiseId!, 'kept', {}, d);
    // Only ever seen, long ago.
    const glimpsed = await seen('王芳', '6225880012340001', old);
    // Kept: an old promise still pending; a call within the period; seen within the period.
    const owes = await seen('李秀英', '6225880012340002', old);
    await saveCallWithNote({ debtorKey: owes, result: { outcome: 'ptp' }, note: '仍待履行', promise: { amount: 10, dueDate: '2027-01-01', method: '柜台' }, now: old }, d);
    const called = await seen('赵磊', '6225880012340003', old);
    await saveCallWithNote({ debtorKey: called, result: { outcome: 'no-answer' }, note: '', now: NOW - 10 * DAY }, d);
    const recent = await seen('陈静', '6225880012340004', NOW - 10 * DAY);

    const report = await purgeExpiredNotes(180, d, NOW);
    expect(report.debtorsPurged).toBe(2);
    expect((await d.debtors.toCollection().primaryKeys()).sort()).toEqual([owes, called, recent].sort());
    expect(await d.debtors.get(gone)).toBeUndefined();
    expect(await d.debtors.get(glimpsed)).toBeUndefined();
    expect(await d.calls.where('[debtorKey+startedAt]').between([gone, 0], [gone, Infinity]).count()).toBe(1); // the evidence stays
    expect(await d.promises.get(paid.promiseId!)).toBeDefined();
    const [entry] = await listAudit({ kind: 'purge' }, d);
    expect(entry?.detail).toMatchObject({ debtorsPurged: 2 });
    expect(JSON.stringify(entry?.detail)).not.toContain('6225880012348812'); // counts, never the keys
    expect(key('6225880012348812')).toBe(gone);
  });

  it('writes no audit line when nothing is due, and refuses a nonsense setting', async () => {
    const d = freshDb();
    await saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'refused' }, note: '新', now: NOW }, d);
    expect((await purgeExpiredNotes(180, d, NOW)).purged).toBe(0);
    expect(await listAudit({ kind: 'purge' }, d)).toEqual([]);
    await expect(purgeExpiredNotes(0, d, NOW)).rejects.toBeInstanceOf(RangeError);
  });
});
