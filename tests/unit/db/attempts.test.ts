// The attempt rule (countsAsAttempt): a call counts once it was ended or has an outcome, never when
// discarded. Every reader applies it: frequency counts, the history, the day views and the export.
import { describe, expect, it } from 'vitest';
import {
  attemptsSince,
  callsOnDay,
  countAttemptsOn,
  countsAsAttempt,
  discardCall,
  endCall,
  exportRows,
  getTimeline,
  createBackup,
  outcomesOnDay,
  saveCallWithNote,
  startCall,
  updateCall,
  validateBackup,
  zonedTime,
} from '@/lib/db';
import { freshDb, key } from './helpers';

const tz = 'Asia/Shanghai';
const day = '2026-11-22';
const at = (h: number) => zonedTime(day, tz, h);
const k = key('6225 **** 8812');

/** One debtor's day: a saved call, a hung-up call never wrapped up, an abandoned start, a discarded one. */
async function seed() {
  const d = freshDb();
  const saved = (await saveCallWithNote({ debtorKey: k, result: { outcome: 'no-answer' }, note: '无人接听', now: at(9) }, d)).callId;
  const hungUp = await startCall(k, { startedAt: at(10), timeZone: tz }, d);
  await updateCall(hungUp, { endedAt: at(10) + 60_000 }, d);
  const abandoned = await startCall(k, { startedAt: at(11), timeZone: tz }, d);
  const discarded = await startCall(k, { startedAt: at(12), timeZone: tz }, d);
  await discardCall(discarded, { now: at(12) + 5_000 }, d);
  return { d, saved, hungUp, abandoned, discarded };
}

describe('countsAsAttempt', () => {
  it('counts ended or saved calls, not open or discarded ones', () => {
    expect(countsAsAttempt({ outcome: 'ptp', endedAt: 2 })).toBe(true);
    expect(countsAsAttempt({ endedAt: 2 })).toBe(true);
    expect(countsAsAttempt({ outcome: 'no-answer' })).toBe(true);
    expect(countsAsAttempt({})).toBe(false);
    expect(countsAsAttempt({ endedAt: 2, discardedAt: 3 })).toBe(false);
    expect(countsAsAttempt({ discardedAt: 3 })).toBe(false);
  });
});

describe('attempts in the database', () => {
  it('frequency counts see the saved and the hung-up call only', async () => {
    const { d, saved, hungUp } = await seed();
    expect(await countAttemptsOn(k, day, tz, d)).toBe(2);
    expect((await attemptsSince(k, 0, d)).map((c) => c.id)).toEqual([saved, hungUp]);
    expect((await callsOnDay(day, d)).map((c) => c.id).sort()).toEqual([saved, hungUp].sort());
    expect(await outcomesOnDay(day, d)).toEqual({ 'no-answer': 1 });
  });

  it('the history and the export leave out the abandoned and the discarded call', async () => {
    const { d, saved, hungUp } = await seed();
    const calls = (await getTimeline(k, {}, d)).flatMap((i) => (i.kind === 'call' ? [i.call.id] : []));
    expect(calls.sort()).toEqual([saved, hungUp].sort());
    expect((await exportRows({ from: day, to: day }, d)).map((r) => r.call.id)).toEqual([saved, hungUp]);
  });

  it('a discarded call stays in the database, marked, and survives a backup round trip', async () => {
    const { d, discarded } = await seed();
    const rec = await d.calls.get(discarded);
    expect(rec?.discardedAt).toBe(at(12) + 5_000);
    expect(rec?.outcome).toBeUndefined();
    expect(await d.calls.count()).toBe(4);
    const backup = await validateBackup((await createBackup(d)).text);
    expect(backup.data.calls.find((c) => c.id === discarded)?.discardedAt).toBe(at(12) + 5_000);
  });

  it('a saved call cannot be discarded; a discarded one cannot be saved; discarding twice is a no-op', async () => {
    const { d, saved, discarded } = await seed();
    await expect(discardCall(saved, {}, d)).rejects.toThrow(/cannot be discarded/);
    await expect(saveCallWithNote({ debtorKey: k, callId: discarded, result: { outcome: 'ptp' } }, d)).rejects.toThrow(/discarded/);
    await expect(endCall(discarded, { outcome: 'no-answer' }, d)).rejects.toThrow(/discarded/);
    expect((await discardCall(discarded, { now: at(20) }, d)).discardedAt).toBe(at(12) + 5_000);
    await expect(discardCall(999, {}, d)).rejects.toThrow(/unknown call/);
  });

  it('a call hung up earlier keeps its end time when the wrap-up is saved later', async () => {
    const { d, hungUp } = await seed();
    await saveCallWithNote({ debtorKey: k, callId: hungUp, result: { outcome: 'refused' }, now: at(15) }, d);
    expect((await d.calls.get(hungUp))?.endedAt).toBe(at(10) + 60_000);
  });
});
