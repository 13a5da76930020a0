import { describe, expect, it } from 'vitest';
import { listAudit, markPromise, purgeExpiredNotes, saveCallWithNote, saveDraft } from '@/lib/db';
import { DAY, freshDb } from './helpers';

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

  it('writes no audit line when nothing is due, and refuses a nonsense setting', async () => {
    const d = freshDb();
    await saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'refused' }, note: '新', now: NOW }, d);
    expect((await purgeExpiredNotes(180, d, NOW)).purged).toBe(0);
    expect(await listAudit({ kind: 'purge' }, d)).toEqual([]);
    await expect(purgeExpiredNotes(0, d, NOW)).rejects.toBeInstanceOf(RangeError);
  });
});
