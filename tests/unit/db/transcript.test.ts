// A call's transcript text (policy keepTranscript): stored with the call, covered by retention,
// search, export and backup — and a backup from outside is hostile: the new field is validated.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DaihouDB, listAudit, SCHEMA_V5, createBackup, exportRows, purgeExpiredNotes, restoreBackup, saveCallWithNote, search, toCSV, upsertDebtor, validateBackup, type TranscriptTurn } from '@/lib/db';
import { callSchema } from '@/lib/db/validate';
import { sha256Hex } from '@/lib/hash';
import { ctx, DAY, freshDb, key } from './helpers';

const NOW = 1_800_000_000_000;
const TRANSCRIPT: TranscriptTurn[] = [
  { speaker: 'agent', text: '您好，本次通话会被录音', at: NOW - 2_000 },
  { speaker: 'debtor', text: '我下个月发工资再还', at: NOW - 1_000 },
];
const LIVE = { ruleId: 'threat', severity: 'block' as const, heardLive: { at: NOW - 500, words: '不还就起诉你' } };

async function seed(now = NOW, transcript: TranscriptTurn[] | null = TRANSCRIPT) {
  const d = freshDb();
  await upsertDebtor(ctx('张伟', '6225 **** 8812'), { timeZone: 'Asia/Shanghai' }, d);
  const saved = await saveCallWithNote({ debtorKey: key('6225 **** 8812'), result: { outcome: 'refused', findings: [LIVE], ...(transcript ? { transcript } : {}) }, note: '客户拒绝', now }, d);
  return { d, callId: saved.callId };
}

describe('the transcript with the call', () => {
  it('is stored when given, and absent when not', async () => {
    const { d, callId } = await seed();
    expect((await d.calls.get(callId))?.transcript).toEqual(TRANSCRIPT);
    const none = await seed(NOW, null);
    expect((await none.d.calls.get(none.callId))?.transcript).toBeUndefined();
  });

  it('is found by search, with the turn that matched', async () => {
    const { d } = await seed();
    const r = await search('发工资', {}, d);
    expect(r.transcripts?.map((h) => h.turn.text)).toEqual(['我下个月发工资再还']);
    expect(r.transcripts?.[0]?.debtor?.name).toBe('张伟');
    expect((await search('不存在的话', {}, d)).transcripts).toEqual([]);
  });

  it('is exported (CSV column and JSON) and findings heard live are marked', async () => {
    const { d } = await seed();
    const day = new Date(NOW + 8 * 3_600_000).toISOString().slice(0, 10);
    const rows = await exportRows({ from: day, to: day }, d);
    const csv = toCSV(rows, 'zh-CN');
    expect(csv).toContain('通话文字');
    expect(csv).toContain('客户：我下个月发工资再还');
    expect(csv).toContain('threat~'); // heard live
    expect(rows[0]?.call.transcript).toHaveLength(2);
  });

  it('is removed by retention past the period, with the words beside live findings; the call stays', async () => {
    const { d, callId } = await seed(NOW - 200 * DAY);
    const report = await purgeExpiredNotes(180, d, NOW);
    expect(report.transcriptsPurged).toBe(1);
    const call = await d.calls.get(callId);
    expect(call?.transcript).toBeUndefined();
    expect(call?.findings[0]?.heardLive).toEqual({ at: NOW - 500 });
    // A recent call keeps its words.
    const recent = await seed(NOW - 10 * DAY);
    expect((await purgeExpiredNotes(180, recent.d, NOW)).transcriptsPurged).toBe(0);
  });

  it('survives a backup and restore', async () => {
    const { d, callId } = await seed();
    const { text } = await createBackup(d);
    const target = freshDb();
    await restoreBackup(text, target);
    expect((await target.calls.get(callId))?.transcript).toEqual(TRANSCRIPT);
    await expect(validateBackup(text)).resolves.toBeTruthy();
    expect((await search('发工资', {}, target)).transcripts).toHaveLength(1);
  });

  it('search reads only the calls that kept one (the sparse v6 index), and retention takes them off it', async () => {
    const { d, callId } = await seed(NOW - 200 * DAY);
    await saveCallWithNote({ debtorKey: key('6225 **** 8812'), result: { outcome: 'refused', findings: [] }, note: '无转写', now: NOW }, d);
    expect(await d.calls.where('transcriptAt').above(0).primaryKeys()).toEqual([callId]);
    expect((await d.calls.get(callId))?.transcriptAt).toBe((await d.calls.get(callId))?.startedAt);
    await purgeExpiredNotes(180, d, NOW);
    expect(await d.calls.where('transcriptAt').above(0).count()).toBe(0);
    expect((await search('发工资', {}, d)).transcripts).toEqual([]);
  });

  it('a restored file cannot point the index elsewhere: transcriptAt follows the transcript', async () => {
    const { d, callId } = await seed();
    const { text } = await createBackup(d);
    const file = JSON.parse(text) as { data: { calls: Record<string, unknown>[] } };
    // An older (v5) backup: transcripts without the index field.
    delete file.data.calls[0]!.transcriptAt;
    const target = freshDb();
    await restoreBackup(await rechecksum(file), target);
    expect((await target.calls.get(callId))?.transcriptAt).toBe((await target.calls.get(callId))?.startedAt);
    expect((await search('发工资', {}, target)).transcripts).toHaveLength(1);
  });
});

/** The file with its checksum made right again (the restore checks it over the data). */
async function rechecksum(file: { data: unknown } & Record<string, unknown>): Promise<string> {
  return JSON.stringify({ ...file, checksum: `sha256-${await sha256Hex(JSON.stringify(file.data))}` });
}

describe('the v5 → v6 upgrade', () => {
  it('indexes the calls that kept a transcript, and only those', async () => {
    const name = `v5-${Date.now()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    const base = { debtorKey: 'a|1', day: '2026-11-20', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: NOW };
    await v5.table('calls').bulkAdd([
      { ...base, id: 1, startedAt: NOW - 5_000, transcript: TRANSCRIPT },
      { ...base, id: 2, startedAt: NOW - 4_000 },
    ]);
    v5.close();
    const d = new DaihouDB(name);
    await d.open();
    expect(await d.calls.where('transcriptAt').above(0).primaryKeys()).toEqual([1]);
    expect((await d.calls.get(1))?.transcriptAt).toBe(NOW - 5_000);
    expect((await listAudit({ kind: 'migration' }, d)).map((a) => a.detail)).toContainEqual({ from: 5, to: 6, calls: 1 });
    d.close();
  });
});

describe('a transcript from outside is validated', () => {
  const call = { id: 1, debtorKey: 'a|1', startedAt: NOW, day: '2027-01-15', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: NOW };
  const ok = (extra: Record<string, unknown>) => callSchema.safeParse({ ...call, ...extra }).success;
  it('accepts turns of text and live findings with words', () => {
    expect(ok({ transcript: TRANSCRIPT, findings: [LIVE] })).toBe(true);
  });
  it('refuses a wrong speaker, extra fields, audio, over-long text, a bad time or a non-list', () => {
    expect(ok({ transcript: [{ speaker: 'supervisor', text: 'x', at: 1 }] })).toBe(false);
    expect(ok({ transcript: [{ speaker: 'agent', text: 'x', at: 1, audio: 'data:audio/wav;base64,AAAA' }] })).toBe(false);
    expect(ok({ transcript: [{ speaker: 'agent', text: 'x'.repeat(2_001), at: 1 }] })).toBe(false);
    expect(ok({ transcript: [{ speaker: 'agent', text: 'x', at: -5 }] })).toBe(false);
    expect(ok({ transcript: 'debtor: hello' })).toBe(false);
    expect(ok({ transcript: Array.from({ length: 5_001 }, () => ({ speaker: 'agent', text: 'x', at: 1 })) })).toBe(false);
    expect(ok({ findings: [{ ...LIVE, heardLive: { at: 1, words: 'x', html: '<b>' } }] })).toBe(false);
  });
});
