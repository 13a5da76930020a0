// v2 → v3: records keyed by a masked number alone are re-keyed by who they are, with every call,
// note and promise; two debtors whose cards mask alike get separate records from then on; a v2
// backup restores the same way. Nothing is lost.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { attemptsSince, createBackup, DaihouDB, getDraft, listAudit, restoreBackup, SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION, upsertDebtor } from '@/lib/db';
import type { CallRecord, DebtorRecord, NoteRecord, PromiseRecord } from '@/lib/db';
import { ctx, freshDb, key, ORIGIN } from './helpers';

const A_OLD = `${ORIGIN}|6225 **** **** 8812`;
const B_OLD = `${ORIGIN}|6217 **** 3306`;
const C_KEY = `${ORIGIN}|AJ-2026-0001`;
const CASE_A = 'CS-2026-000111';
const A_NEW = `${ORIGIN}|${CASE_A}`;

const caseField = (v: string) => ({ caseId: { value: v, raw: v, confidence: 0.95, source: { method: 'dl' as const } } });

function debtor(k: string, c: ReturnType<typeof ctx>, updatedAt: number, corrections = {}): DebtorRecord {
  return { key: k, origin: ORIGIN, accountId: c.fields.accountId?.raw ?? '', name: c.fields.name!.raw, snapshot: c, corrections, updatedAt };
}
function call(id: number, debtorKey: string, startedAt: number): CallRecord {
  return { id, debtorKey, startedAt, endedAt: startedAt + 60_000, outcome: 'no-answer', day: '2026-11-20', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: startedAt };
}
function note(id: number, debtorKey: string, text: string, draft: 0 | 1 = 0): NoteRecord {
  return { id, debtorKey, text, draft, createdAt: id, updatedAt: id };
}
function promise(id: number, debtorKey: string): PromiseRecord {
  return { id, debtorKey, amount: 500, currency: 'CNY', dueDate: '2026-12-01', method: '手机银行', status: 'pending', createdAt: id, updatedAt: id };
}

/** What a v2 database held: A (masked card, case number shown) twice — once under its case number
 *  from a page without the card — B (masked card only) and C (an unmasked loan number). */
async function fill(tables: { [t: string]: Dexie.Table }): Promise<void> {
  await tables['debtors']!.bulkAdd([
    debtor(A_OLD, ctx('王芳', '6225 **** **** 8812', caseField(CASE_A)), 20, { region: { value: '上海市', raw: '上海市', confidence: 1, source: { method: 'manual' }, corrected: true } }),
    debtor(A_NEW, { ...ctx('王芳', CASE_A), fields: { name: ctx('王芳', '').fields.name!, ...caseField(CASE_A) } }, 10),
    debtor(B_OLD, ctx('李四', '6217 **** 3306'), 30),
    debtor(C_KEY, ctx('赵五', 'AJ-2026-0001'), 40),
  ]);
  await tables['calls']!.bulkAdd([call(1, A_OLD, 1_000), call(2, A_OLD, 2_000), call(3, B_OLD, 3_000), call(4, C_KEY, 4_000), call(5, A_NEW, 500)]);
  await tables['notes']!.bulkAdd([note(1, A_OLD, 'A 的催记'), note(2, A_OLD, 'A 的草稿', 1), note(3, B_OLD, 'B 的催记'), note(4, A_NEW, 'A 早先的催记')]);
  await tables['promises']!.bulkAdd([promise(1, A_OLD), promise(2, B_OLD)]);
}

async function expectRekeyed(d: DaihouDB): Promise<void> {
  expect(await d.debtors.get(A_OLD)).toBeUndefined();
  expect(await d.debtors.get(B_OLD)).toBeUndefined();
  const a = await d.debtors.get(A_NEW);
  expect(a?.legacyMasked).toBe(true);
  expect(a?.corrections.region?.value).toBe('上海市'); // the agent's correction survives the merge
  const bKey = key('6217 **** 3306', '李四');
  expect((await d.debtors.get(bKey))?.legacyMasked).toBe(true);
  expect((await d.debtors.get(C_KEY))?.legacyMasked).toBeUndefined();
  expect((await attemptsSince(A_NEW, 0, d)).map((c) => c.id)).toEqual([5, 1, 2]);
  expect((await attemptsSince(bKey, 0, d)).map((c) => c.id)).toEqual([3]);
  expect((await d.notes.toArray()).filter((n) => n.debtorKey === A_NEW).map((n) => n.text).sort()).toEqual(['A 早先的催记', 'A 的催记', 'A 的草稿']);
  expect((await getDraft(A_NEW, d))?.text).toBe('A 的草稿');
  expect((await d.promises.where('debtorKey').equals(bKey).toArray()).map((p) => p.id)).toEqual([2]);
  // Nothing lost.
  expect(await d.debtors.count()).toBe(3);
  expect(await d.calls.count()).toBe(5);
  expect(await d.notes.count()).toBe(4);
  expect(await d.promises.count()).toBe(2);
}

describe('v2 → v3: masked keys', () => {
  it('re-keys records kept under a masked number, merging into an existing record, with all their rows', async () => {
    const name = `identity-upgrade-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await fill({ debtors: v2.table('debtors'), calls: v2.table('calls'), notes: v2.table('notes'), promises: v2.table('promises') });
    v2.close();

    const d = new DaihouDB(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    await expectRekeyed(d);
    expect((await listAudit({ kind: 'migration' }, d)).map((x) => x.detail)).toContainEqual(
      expect.objectContaining({ from: 2, to: 3, maskedKeys: 2, rekeyed: 1, merged: 1 }),
    );

    // From now on, another debtor whose card masks like B's gets a record of their own.
    const other = await upsertDebtor(ctx('钱七', '6217 **** 3306'), {}, d);
    expect(other.key).not.toBe(key('6217 **** 3306', '李四'));
    expect(await attemptsSince(other.key, 0, d)).toEqual([]);
    d.close();
    await d.delete();
  });

  it('restores a v2 backup the same way', async () => {
    const source = freshDb();
    await source.open();
    await fill({ debtors: source.debtors, calls: source.calls, notes: source.notes, promises: source.promises });
    const text = (await createBackup(source)).text.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":2');
    const target = freshDb();
    await restoreBackup(text, target);
    await expectRekeyed(target);
  });
});
