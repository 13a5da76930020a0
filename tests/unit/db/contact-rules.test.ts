// v4: contact rules recorded by a saved call (stop-contact, consent hours, an instalment plan with one
// promise per instalment), lifting a stop-contact, overrides logged and reviewed, the v3 → v4 upgrade
// with nothing lost, backups with and without the new table, and the validation kept in step.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { contactRulesInput } from '@/lib/call/contact-rules';
import { interruptionOfCall } from '@/lib/call/outcomes';
import { effectiveRetentionDays } from '@/lib/compliance';
import {
  createBackup,
  DaihouDB,
  dumpDatabase,
  instalmentDates,
  liftStopContact,
  listAudit,
  logOverride,
  restoreBackup,
  reviewOverrides,
  saveCallWithNote,
  SCHEMA_V2,
  SCHEMA_VERSION,
  startCall,
  unreviewedOverrides,
  validateBackup,
  contactRulesOf,
} from '@/lib/db';
import { recordProblem } from '@/lib/db/validate';
import { freshDb } from './helpers';

const KEY = 'http://127.0.0.1:5174|CS-1';
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

describe('contact rules recorded by a saved call', () => {
  it('stop-contact and consent hours: rows, audit, and the compliance input they make', async () => {
    const d = freshDb();
    const { callId, ruleIds } = await saveCallWithNote(
      { debtorKey: KEY, result: { outcome: 'refused' }, stopContact: true, consent: { start: '07:30', end: '08:00' }, now: NOW },
      d,
    );
    expect(ruleIds).toHaveLength(2);
    const rules = await contactRulesOf(KEY, d);
    expect(rules.map((r) => [r.kind, r.contact, r.callId])).toEqual([
      ['stop-contact', 'debtor', callId],
      ['consent-hours', 'debtor', callId],
    ]);
    expect((await listAudit({}, d)).map((a) => a.kind).sort()).toEqual(['consent', 'stop-contact']);
    const input = contactRulesInput(rules, []);
    expect(input).toMatchObject({ stopContacts: [{ contact: 'debtor', at: NOW }], consentWindow: { start: '07:30', end: '08:00', at: NOW } });
  });

  it('a third party’s stop-contact is theirs and permanent; a debtor’s is lifted only with a reason', async () => {
    const d = freshDb();
    const wifeCall = await startCall(KEY, { contact: ' 妻子  李某 ', startedAt: NOW }, d);
    expect((await d.calls.get(wifeCall))?.contact).toBe('妻子 李某');
    await saveCallWithNote({ debtorKey: KEY, callId: wifeCall, result: { outcome: 'third-party' }, stopContact: true, consent: { start: '07:00', end: '08:00' }, now: NOW }, d);
    const [wifeStop] = await contactRulesOf(KEY, d);
    expect(wifeStop).toMatchObject({ kind: 'stop-contact', contact: '妻子 李某' });
    expect(await d.contactRules.count()).toBe(1); // a third party cannot consent to hours for the debtor
    await expect(liftStopContact(wifeStop!.id!, '家属同意恢复电话联系的书面说明', d)).rejects.toThrow(/permanent/);
    // Saved without startCall (the start's record not there yet): the contact still goes with the call.
    const { callId: direct } = await saveCallWithNote({ debtorKey: KEY, contact: '弟弟', result: { outcome: 'third-party' }, now: NOW }, d);
    expect((await d.calls.get(direct))?.contact).toBe('弟弟');

    await saveCallWithNote({ debtorKey: KEY, result: { outcome: 'refused' }, stopContact: true, now: NOW + 1 }, d);
    const debtorStop = (await contactRulesOf(KEY, d)).find((r) => r.contact === 'debtor')!;
    await expect(liftStopContact(debtorStop.id!, '太短', d)).rejects.toThrow(/reason/);
    const lifted = await liftStopContact(debtorStop.id!, '债务人书面申请恢复电话联系，已核实', d, NOW + 2);
    expect(lifted).toMatchObject({ liftedAt: NOW + 2, liftReason: '债务人书面申请恢复电话联系，已核实' });
    expect((await listAudit({ kind: 'stop-contact-lifted' }, d))[0]?.detail).toMatchObject({ ruleId: debtorStop.id, reason: '债务人书面申请恢复电话联系，已核实' });
  });

  it('an instalment plan: one promise a month, read back as holding, then missed', async () => {
    const d = freshDb();
    await saveCallWithNote({ debtorKey: KEY, result: { outcome: 'instalment-agreed' }, instalments: { count: 3, amount: 1000, firstDueDate: '2027-01-31' }, now: NOW }, d);
    expect(instalmentDates('2027-01-31', 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    const promises = await d.promises.toArray();
    expect(promises.map((p) => [p.dueDate, p.amount, p.status])).toEqual([
      ['2027-01-31', 1000, 'pending'],
      ['2027-02-28', 1000, 'pending'],
      ['2027-03-31', 1000, 'pending'],
    ]);
    const rules = await contactRulesOf(KEY, d);
    expect(contactRulesInput(rules, promises).instalmentPlan).toEqual({ signedAt: NOW, unpaidDueDates: ['2027-01-31', '2027-02-28', '2027-03-31'], missed: false, completed: false });
    await d.promises.update(promises[0]!.id!, { status: 'broken' });
    expect(contactRulesInput(rules, await d.promises.toArray()).instalmentPlan?.missed).toBe(true);
    await expect(saveCallWithNote({ debtorKey: KEY, result: { outcome: 'instalment-agreed' }, now: NOW }, d)).rejects.toThrow(/instalments/);
  });

  it('a demand that reached the debtor needs its recording reference; the call keeps it as evidence', async () => {
    const d = freshDb();
    await expect(saveCallWithNote({ debtorKey: KEY, result: { outcome: 'refused', demandReached: { recordingRef: ' ' } } }, d)).rejects.toThrow(/recording reference/);
    const { callId } = await saveCallWithNote({ debtorKey: KEY, result: { outcome: 'refused', demandReached: { recordingRef: ' REC-1 ' }, acknowledged: true } }, d);
    const call = await d.calls.get(callId);
    expect(call).toMatchObject({ demandReached: { recordingRef: 'REC-1' }, acknowledged: true });
    expect(interruptionOfCall(call!)).toEqual({ kind: 'acknowledged', ref: 'REC-1' });
    expect(interruptionOfCall({ outcome: 'refused' })).toBeUndefined();
    expect(interruptionOfCall({ outcome: 'partial' })).toEqual({ kind: 'partial-payment' });
    expect(interruptionOfCall({ outcome: 'instalment-agreed' })).toEqual({ kind: 'promise' });
  });
});

describe('overrides as they happen', () => {
  it('logged at once, listed until reviewed, not written twice when the call is saved', async () => {
    const d = freshDb();
    const id = await logOverride({ debtorKey: KEY, reason: '债务人主动来电要求今日回拨', rules: ['frequency-daily'] }, d, NOW);
    expect((await unreviewedOverrides(d)).map((o) => o.id)).toEqual([id]);
    await saveCallWithNote({ debtorKey: KEY, result: { outcome: 'callback', overrideReason: '债务人主动来电要求今日回拨', overrideAudited: true } }, d);
    expect(await d.audit.where('kind').equals('override').count()).toBe(1);
    await reviewOverrides([id], d, NOW + 1);
    expect(await unreviewedOverrides(d)).toEqual([]);
    expect(await d.audit.where('kind').equals('override').count()).toBe(1); // the override itself is untouched
  });
});

describe('v3 → v4', () => {
  it('upgrades a v3 database with data: nothing lost, the new table empty, the audit says so', async () => {
    const name = `v3-${Date.now()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V2);
    await v3.open();
    await v3.table('debtors').add({ key: KEY, origin: 'http://127.0.0.1:5174', accountId: 'CS-1', name: '张伟', snapshot: { url: 'x', origin: 'x', fields: {}, extractedAt: 1 }, corrections: {}, updatedAt: 1 });
    await v3.table('calls').bulkAdd([1, 2, 3].map((i) => ({ id: i, debtorKey: KEY, startedAt: i, endedAt: i + 1, outcome: 'refused', day: '2026-11-20', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], overrideReason: i === 2 ? '旧版本的放行理由记录' : undefined, updatedAt: i })));
    await v3.table('notes').add({ id: 1, debtorKey: KEY, callId: 1, text: '旧催记', draft: 0, createdAt: 1, updatedAt: 1 });
    await v3.table('promises').add({ id: 1, debtorKey: KEY, callId: 1, amount: 100, currency: 'CNY', dueDate: '2026-12-01', method: '柜台', status: 'pending', createdAt: 1, updatedAt: 1 });
    await v3.table('audit').add({ id: 1, at: 1, kind: 'override', detail: { callId: 2, reason: '旧版本的放行理由记录' } });
    const before = { debtors: await v3.table('debtors').toArray(), calls: await v3.table('calls').toArray(), notes: await v3.table('notes').toArray(), promises: await v3.table('promises').toArray() };
    v3.close();

    const d = new DaihouDB(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    const after = await dumpDatabase(d);
    expect(after.debtors).toEqual(before.debtors);
    expect(after.calls).toEqual(before.calls);
    expect(after.notes).toEqual(before.notes);
    expect(after.promises).toEqual(before.promises);
    expect(after.contactRules).toEqual([]);
    expect(after.audit.find((a) => a.kind === 'override')?.detail).toEqual({ callId: 2, reason: '旧版本的放行理由记录' });
    expect((await listAudit({ kind: 'migration' }, d)).map((a) => a.detail)).toContainEqual({ from: 3, to: 4, calls: 3, contactRules: 0 });
    // An old override, never reviewed, is shown as awaiting review.
    expect((await unreviewedOverrides(d)).map((o) => o.id)).toEqual([1]);
    d.close();
    await d.delete();
  });
});

describe('backup with contact rules', () => {
  it('round-trips the new table; a v3 backup without it restores with none', async () => {
    const source = freshDb();
    await saveCallWithNote({ debtorKey: KEY, result: { outcome: 'refused' }, stopContact: true, now: NOW }, source);
    const { text, counts } = await createBackup(source);
    expect(counts.contactRules).toBe(1);
    const target = freshDb();
    await restoreBackup(text, target);
    expect(await target.contactRules.toArray()).toEqual(await source.contactRules.toArray());

    // What a v3 extension wrote: no contactRules anywhere.
    const file = JSON.parse(text) as { schemaVersion: number; counts: Record<string, number>; data: Record<string, unknown[]>; checksum: string };
    delete file.data['contactRules'];
    delete file.counts['contactRules'];
    file.data['audit'] = [];
    file.counts['audit'] = 0;
    file.schemaVersion = 3;
    const dataJson = JSON.stringify(file.data);
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(dataJson));
    file.checksum = `sha256-${Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    const v3Text = JSON.stringify(file);
    await expect(validateBackup(v3Text)).resolves.toBeTruthy();
    const t3 = freshDb();
    await restoreBackup(v3Text, t3);
    expect(await t3.contactRules.count()).toBe(0);
    expect(await t3.calls.count()).toBe(1);
  });

  it('validation refuses a bad contact rule and a stop-contact of an unknown kind', () => {
    const ok = { id: 1, debtorKey: KEY, kind: 'stop-contact', contact: 'debtor', at: 1, updatedAt: 1 };
    expect(recordProblem('contactRules', 0, ok)).toBeNull();
    expect(recordProblem('contactRules', 0, { ...ok, kind: 'silence' })).toMatch(/contactRules\[0\]\.kind/);
    expect(recordProblem('contactRules', 0, { ...ok, window: { start: '7am', end: '08:00' } })).toMatch(/window\.start/);
    expect(recordProblem('calls', 0, { id: 1, debtorKey: KEY, startedAt: 1, day: '2026-01-01', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], demandReached: {}, updatedAt: 1 })).toMatch(/demandReached\.recordingRef/);
  });
});

describe('retention floor', () => {
  it('cn-bank keeps call records at least 730 days whatever is configured; us-regf has no floor', () => {
    expect(effectiveRetentionDays('cn-bank', 180)).toBe(730);
    expect(effectiveRetentionDays('cn-bank', 1000)).toBe(1000);
    expect(effectiveRetentionDays('us-regf', 180)).toBe(180);
  });
});
