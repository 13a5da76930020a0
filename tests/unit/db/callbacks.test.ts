// v5: a call that ended "call me back at…" keeps the agreed time (indexed), read back as upcoming
// until the debtor is called again; due ones are announced once; the v4 → v5 upgrade loses nothing;
// backups and validation carry the new fields.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  DaihouDB,
  dueCallbacks,
  dumpDatabase,
  listAudit,
  markCallbacksReminded,
  pendingCallbackOf,
  restoreBackup,
  saveCallWithNote,
  SCHEMA_V4,
  SCHEMA_VERSION,
  upcomingCallbacks,
} from '@/lib/db';
import { recordProblem } from '@/lib/db/validate';
import { freshDb } from './helpers';

const KEY = 'http://127.0.0.1:5174|CS-1';
const OTHER = 'http://127.0.0.1:5174|CS-2';
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const HOUR = 3_600_000;
const ZONE = 'Asia/Shanghai';

const saveCallback = (d: DaihouDB, debtorKey: string, at: number, now = NOW) =>
  saveCallWithNote({ debtorKey, note: '客户在开会，约下午再打', result: { outcome: 'callback', callback: { at, timeZone: ZONE } }, now }, d);

describe('call-back times', () => {
  it('are saved on the call, listed soonest first, and done once the debtor is called again', async () => {
    const d = freshDb();
    const a = await saveCallback(d, KEY, NOW + 4 * HOUR);
    await saveCallback(d, OTHER, NOW + 2 * HOUR);
    const call = await d.calls.get(a.callId);
    expect(call).toMatchObject({ outcome: 'callback', callbackAt: NOW + 4 * HOUR, callbackZone: ZONE });
    expect((await upcomingCallbacks(NOW, d)).map((c) => c.debtorKey)).toEqual([OTHER, KEY]);
    expect((await pendingCallbackOf(KEY, d))?.callbackAt).toBe(NOW + 4 * HOUR);
    // The agent calls the debtor back (early): that call-back is done.
    await saveCallWithNote({ debtorKey: KEY, note: '', result: { outcome: 'ptp' }, promise: { amount: 500, dueDate: '2026-11-30', method: '手机银行' }, now: NOW + HOUR }, d);
    expect((await upcomingCallbacks(NOW, d)).map((c) => c.debtorKey)).toEqual([OTHER]);
    expect(await pendingCallbackOf(KEY, d)).toBeUndefined();
  });

  it('a due call-back is announced once, and only within the grace window', async () => {
    const d = freshDb();
    const { callId } = await saveCallback(d, KEY, NOW + HOUR);
    expect(await dueCallbacks(NOW, 2 * HOUR, d)).toEqual([]);
    expect((await dueCallbacks(NOW + HOUR, 2 * HOUR, d)).map((c) => c.id)).toEqual([callId]);
    await markCallbacksReminded([callId], NOW + HOUR, d);
    expect(await dueCallbacks(NOW + HOUR + 60_000, 2 * HOUR, d)).toEqual([]);
    expect(await dueCallbacks(NOW + 4 * HOUR, 2 * HOUR, d)).toEqual([]);
  });

  it('refuses a call-back time on another outcome, a non-instant and an unknown zone; another outcome drops it', async () => {
    const d = freshDb();
    await expect(saveCallWithNote({ debtorKey: KEY, result: { outcome: 'refused', callback: { at: NOW, timeZone: ZONE } }, now: NOW }, d)).rejects.toThrow(RangeError);
    await expect(saveCallWithNote({ debtorKey: KEY, result: { outcome: 'callback', callback: { at: Number.NaN, timeZone: ZONE } }, now: NOW }, d)).rejects.toThrow(RangeError);
    await expect(saveCallWithNote({ debtorKey: KEY, result: { outcome: 'callback', callback: { at: NOW, timeZone: 'Mars/Base' } }, now: NOW }, d)).rejects.toThrow(RangeError);
    const { callId } = await saveCallback(d, KEY, NOW + HOUR);
    await saveCallWithNote({ debtorKey: KEY, callId, result: { outcome: 'refused' }, now: NOW }, d);
    expect((await d.calls.get(callId))?.callbackAt).toBeUndefined();
  });

  it('round-trip through a backup; validation checks the new fields', async () => {
    const d = freshDb();
    await saveCallback(d, KEY, NOW + HOUR);
    const backup = await createBackup(d);
    const e = freshDb();
    await restoreBackup(backup.text, e);
    expect((await upcomingCallbacks(NOW, e)).map((c) => c.callbackAt)).toEqual([NOW + HOUR]);
    const call = (await dumpDatabase(d)).calls[0]!;
    expect(recordProblem('calls', 0, call)).toBeNull();
    expect(recordProblem('calls', 0, { ...call, callbackAt: -5 })).not.toBeNull();
  });

  it('upgrades a v4 database: nothing lost, the index works, the audit says so', async () => {
    const name = `v4-${Date.now()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('calls').bulkAdd([1, 2].map((i) => ({ id: i, debtorKey: KEY, startedAt: i, endedAt: i + 1, outcome: 'callback', day: '2026-11-20', timeZone: ZONE, scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: i })));
    const before = await v4.table('calls').toArray();
    v4.close();

    const d = new DaihouDB(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
    expect((await dumpDatabase(d)).calls).toEqual(before);
    // Calls from before v5 have no agreed time: none is upcoming, the new index is usable.
    expect(await upcomingCallbacks(0, d)).toEqual([]);
    await saveCallback(d, KEY, NOW + HOUR);
    expect((await upcomingCallbacks(0, d)).map((c) => c.callbackAt)).toEqual([NOW + HOUR]);
    expect((await listAudit({ kind: 'migration' }, d)).map((a) => a.detail)).toContainEqual({ from: 4, to: 5, calls: 2 });
    d.close();
    await d.delete();
  });
});
