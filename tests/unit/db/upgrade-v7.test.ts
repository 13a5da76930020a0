// v7 drops the calls' `[day+outcome]` index (a day's outcomes are counted from `day`): the v6 → v7
// upgrade keeps every record, the day's outcome counts and attempts read the same, the audit says so.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DaihouDB, dumpDatabase, listAudit, outcomesOnDay, SCHEMA_V6, SCHEMA_VERSION, callsOnDay } from '@/lib/db';

const KEY = 'http://127.0.0.1:5174|CS-7';
const DAY = '2026-11-20';

describe('v6 → v7', () => {
  it('keeps every call, drops only the index, and counts the day the same', async () => {
    const name = `v6-${Date.now()}`;
    const v6 = new Dexie(name);
    v6.version(6).stores(SCHEMA_V6);
    await v6.open();
    const outcomes = ['ptp', 'ptp', 'no-answer', undefined] as const; // the last one never ended
    await v6.table('calls').bulkAdd(
      outcomes.map((outcome, i) => ({ id: i + 1, debtorKey: KEY, startedAt: i, ...(outcome ? { endedAt: i + 1, outcome } : {}), day: DAY, timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: i })),
    );
    await v6.table('calls').add({ id: 9, debtorKey: KEY, startedAt: 9, endedAt: 10, outcome: 'refused', day: '2026-11-21', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: 9 });
    const before = await v6.table('calls').toArray();
    const counted = await v6.table('calls').where('[day+outcome]').equals([DAY, 'ptp']).count();
    v6.close();

    const d = new DaihouDB(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    expect((await dumpDatabase(d)).calls).toEqual(before);
    expect(d.calls.schema.indexes.map((i) => i.name)).not.toContain('[day+outcome]');
    expect(await outcomesOnDay(DAY, d)).toEqual({ ptp: counted, 'no-answer': 1 });
    expect(await outcomesOnDay('2026-11-21', d)).toEqual({ refused: 1 });
    expect((await callsOnDay(DAY, d)).length).toBeGreaterThanOrEqual(3);
    expect((await listAudit({ kind: 'migration' }, d)).map((a) => a.detail)).toContainEqual({ from: 6, to: 7, calls: 5 });
    d.close();
    await d.delete();
  });
});
