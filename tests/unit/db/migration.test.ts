// Opens a real v1 database full of data (the first release's schema) and upgrades it to v2.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DaihouDB, getDraft, getTimeline, listAudit, SCHEMA_V1, SCHEMA_VERSION, search, startCall } from '@/lib/db';
import { ctx, key, ORIGIN } from './helpers';

/** v1/v2 keyed a debtor by the account number as shown, masked or not. */
const oldKey = (i: number) => `${ORIGIN}|6225 **** ${String(i).padStart(4, '0')}`;
/** v3 keys a masked number together with the name. */
const newKey = (i: number) => key(`6225 **** ${String(i).padStart(4, '0')}`, `债务人${i}`);

const NAME = `migration-${Date.now()}`;

async function createV1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  const debtors = Array.from({ length: 50 }, (_, i) => {
    const c = ctx(`债务人${i}`, `6225 **** ${String(i).padStart(4, '0')}`);
    return { key: oldKey(i), origin: c.origin, accountId: c.fields.accountId!.raw, name: c.fields.name!.raw, snapshot: c, corrections: {}, updatedAt: i };
  });
  await v1.table('debtors').bulkAdd(debtors);
  const notes = [];
  for (let i = 0; i < 1000; i++) {
    const d = debtors[i % 50]!;
    notes.push({ debtorKey: d.key, ...(Math.floor(i / 100) % 2 === 0 ? { callId: 10_000 + i } : {}), text: `第${i}条记录：客户承诺还款${i}元`, draft: 0, createdAt: 1_700_000_000_000 + i * 1000, updatedAt: 1_700_000_000_000 + i * 1000 });
  }
  notes.push({ debtorKey: debtors[0]!.key, text: '升级前的草稿', draft: 1, createdAt: 5, updatedAt: 5 });
  await v1.table('notes').bulkAdd(notes);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('migration v1 → v2', () => {
  it('upgrades a v1 database full of data without loss', async () => {
    await createV1();
    const d = new DaihouDB(NAME);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    expect(await d.debtors.count()).toBe(50);
    expect(await d.notes.count()).toBe(1001);
    const notes = await d.notes.toArray();
    expect(notes.filter((n) => n.draft === 0).every((n) => n.grams && n.grams.length > 0)).toBe(true);
    expect(notes.find((n) => n.draft === 1)?.grams).toBeUndefined();
    expect((await getDraft(newKey(0), d))?.text).toBe('升级前的草稿');
    // Every callId the notes named now has a call row, so the timeline groups them.
    expect(await d.calls.count()).toBe(500);
    const tl = await getTimeline(newKey(7), {}, d);
    expect(tl).toHaveLength(20);
    expect(tl.filter((i) => i.kind === 'call' && i.notes.length === 1 && i.call.migrated && i.call.startedAt === i.notes[0]!.createdAt)).toHaveLength(10);
    expect(tl.filter((i) => i.kind === 'note')).toHaveLength(10);
    expect((await search('第999条', {}, d)).notes.map((h) => h.note.text)).toEqual(['第999条记录：客户承诺还款999元']);
    expect((await search('债务人7', {}, d)).debtors.map((x) => x.name)).toEqual(['债务人7']);
    const audits = (await listAudit({ kind: 'migration' }, d)).map((a) => a.detail);
    expect(audits).toContainEqual(expect.objectContaining({ from: 1, to: 2, notes: 1001, debtors: 50, callsCreated: 500 }));
    // v2 → v3: every masked key re-keyed with its name, the rows moved along, nothing lost.
    expect(audits).toContainEqual(expect.objectContaining({ from: 2, to: 3, maskedKeys: 50, rekeyed: 50, merged: 0, rowsMoved: 1501 }));
    expect(await d.debtors.get(oldKey(0))).toBeUndefined();
    expect((await d.debtors.get(newKey(0)))?.legacyMasked).toBe(true);
    // New calls do not collide with the migrated ids.
    expect(await startCall(newKey(1), {}, d)).toBeGreaterThan(10_899);
    d.close();
    await d.delete();
  });
});
