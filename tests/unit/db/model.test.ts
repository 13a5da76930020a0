import { describe, expect, it, vi } from 'vitest';
import {
  attemptsSince,
  correctDebtor,
  countAttemptsOn,
  dayOf,
  endCall,
  getDebtor,
  getDraft,
  getTimeline,
  listAudit,
  notesOf,
  outcomesOnDay,
  saveCallWithNote,
  saveDraft,
  startCall,
  timeZoneOf,
  upsertDebtor,
  zonedTime,
} from '@/lib/db';
import { ctx, DAY, freshDb, key } from './helpers';

describe('drafts', () => {
  it('keeps one draft per debtor, overwritten as the agent types', async () => {
    const d = freshDb();
    await saveDraft('a|1', '客户说', d);
    await saveDraft('a|1', '客户说下周五还款', d);
    await saveDraft('a|2', '另一位', d);
    expect((await getDraft('a|1', d))?.text).toBe('客户说下周五还款');
    expect(await d.notes.where('[debtorKey+draft]').equals(['a|1', 1]).count()).toBe(1);
    expect((await getDraft('a|2', d))?.text).toBe('另一位');
    expect(await getDraft('a|3', d)).toBeUndefined();
  });
});

describe('debtors', () => {
  it('stores the latest snapshot and keeps manual corrections, which win', async () => {
    const d = freshDb();
    const k = key('6225 **** 8812');
    await upsertDebtor(ctx('张伟', '6225 **** 8812'), {}, d);
    await correctDebtor(k, { name: { value: '张玮', raw: '张玮', confidence: 1, source: { method: 'manual' } } }, d);
    const again = await upsertDebtor(ctx('张伟', '6225 **** 8812'), {}, d);
    expect(again.name).toBe('张玮');
    expect(again.corrections.name?.corrected).toBe(true);
    expect((await getDebtor(k, d))?.url).toContain('/case.html');
  });

  it('derives the time zone from the region, explicit zone first', () => {
    const base = ctx('陈', '1');
    expect(timeZoneOf({ snapshot: base, corrections: {} })).toBe('Asia/Shanghai');
    expect(timeZoneOf({ snapshot: base, corrections: { region: { value: '香港', raw: '香港', confidence: 1, source: { method: 'manual' } } } })).toBe('Asia/Hong_Kong');
    expect(timeZoneOf({ snapshot: base, corrections: {}, timeZone: 'America/Chicago' })).toBe('America/Chicago');
    expect(timeZoneOf({ snapshot: base, corrections: {}, timeZone: 'Mars/Base' })).toBe('Asia/Shanghai');
  });

  it('refuses a context that names nobody with certainty', async () => {
    const c = ctx('无名', 'x');
    delete c.fields.accountId;
    c.fields.name!.confidence = 0.5; // read with doubt: no record is made from it
    await expect(upsertDebtor(c, {}, freshDb())).rejects.toBeInstanceOf(RangeError);
  });
});

describe('calls', () => {
  it('starts and ends a call with every recorded field, and audits an override', async () => {
    const d = freshDb();
    const id = await startCall('a|1', { startedAt: 1_000 }, d);
    const ended = await endCall(
      id,
      {
        outcome: 'refused',
        stageReached: 'negotiate',
        checklist: { 'verify-identity': true },
        scenarios: ['defiant'],
        scriptsUsed: ['defiant-1'],
        findings: [{ ruleId: 'call-window', severity: 'block', overridden: true }],
        overrideReason: '债务人主动要求此时回电',
      },
      d,
    );
    expect(ended).toMatchObject({ outcome: 'refused', stageReached: 'negotiate', scenarios: ['defiant'], overrideReason: '债务人主动要求此时回电' });
    expect(ended.endedAt).toBeGreaterThan(0);
    const audit = await listAudit({ kind: 'override' }, d);
    expect(audit[0]?.detail).toMatchObject({ callId: id, reason: '债务人主动要求此时回电', rules: ['call-window'] });
  });

  it('rejects an unknown outcome code', async () => {
    const d = freshDb();
    const id = await startCall('a|1', {}, d);
    await expect(endCall(id, { outcome: 'maybe' as never }, d)).rejects.toThrow(/unknown outcome/);
  });

  it('saves call + final note + promise in one transaction and clears the draft', async () => {
    const d = freshDb();
    const k = key('6225');
    await saveDraft(k, '客户承诺周五通过手机银行还款', d);
    const callId = await startCall(k, {}, d);
    const saved = await saveCallWithNote(
      { debtorKey: k, callId, result: { outcome: 'ptp' }, promise: { amount: 1834.28, dueDate: '2026-11-27', method: '手机银行' }, debtor: ctx('张伟', '6225') },
      d,
    );
    expect(saved.callId).toBe(callId);
    expect(await getDraft(k, d)).toBeUndefined();
    const notes = await notesOf(k, d);
    expect(notes.map((n) => [n.text, n.callId])).toEqual([['客户承诺周五通过手机银行还款', callId]]);
    expect(await d.promises.get(saved.promiseId!)).toMatchObject({ amount: 1834.28, currency: 'CNY', status: 'pending', callId });
  });

  it('saves nothing when any part fails, and keeps the draft', async () => {
    const d = freshDb();
    const k = key('6226');
    await saveDraft(k, '草稿仍在', d);
    vi.spyOn(d.promises, 'add').mockRejectedValueOnce(new DOMException('disk full', 'QuotaExceededError'));
    await expect(
      saveCallWithNote({ debtorKey: k, result: { outcome: 'ptp' }, promise: { amount: 100, dueDate: '2026-12-01', method: '柜台' } }, d),
    ).rejects.toMatchObject({ name: 'DbWriteError', kind: 'quota' });
    expect(await d.calls.count()).toBe(0);
    expect(await notesOf(k, d)).toEqual([]);
    expect((await getDraft(k, d))?.text).toBe('草稿仍在');
  });

  it('validates the three elements of a promise before writing', async () => {
    const d = freshDb();
    const bad = (p: { amount: number; dueDate: string; method: string }) => saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'ptp' }, promise: p }, d);
    await expect(bad({ amount: 0, dueDate: '2026-12-01', method: 'x' })).rejects.toThrow(/amount/);
    await expect(bad({ amount: 1, dueDate: '2026-13-01', method: 'x' })).rejects.toThrow(/date/);
    await expect(bad({ amount: 1, dueDate: '2026-12-01', method: ' ' })).rejects.toThrow(/method/);
    expect(await d.calls.count()).toBe(0);
  });

  it('counts attempts per debtor-local day and since an instant', async () => {
    const d = freshDb();
    const tz = 'Asia/Shanghai';
    const dayStart = zonedTime('2026-11-22', tz);
    // Attempts are calls that ended (see countsAsAttempt; attempts.test.ts has the rule itself).
    const attempt = async (k: string, startedAt: number) => endCall(await startCall(k, { startedAt, timeZone: tz }, d), { outcome: 'no-answer' }, d);
    for (const t of [dayStart - 1, dayStart, dayStart + 10 * 3_600_000, dayStart + DAY - 1, dayStart + DAY]) await attempt('a|1', t);
    await attempt('a|2', dayStart + 5);
    expect(await countAttemptsOn('a|1', '2026-11-22', tz, d)).toBe(3);
    // Seen from New York, Shanghai's 21 Nov 23:59 and 22 Nov 00:00–10:00 all fall on 21 Nov.
    expect(await countAttemptsOn('a|1', '2026-11-21', 'America/New_York', d)).toBe(3);
    expect(await countAttemptsOn('a|1', '2026-11-22', 'America/New_York', d)).toBe(2);
    expect((await attemptsSince('a|1', dayStart + DAY - 1, d)).map((c) => c.startedAt)).toEqual([dayStart + DAY - 1, dayStart + DAY]);
    expect(dayOf(dayStart, tz)).toBe('2026-11-22');
  });

  it('counts outcomes by day', async () => {
    const d = freshDb();
    const t = zonedTime('2026-11-22', 'Asia/Shanghai', 10);
    for (const outcome of ['ptp', 'ptp', 'no-answer'] as const) await saveCallWithNote({ debtorKey: 'a|1', result: { outcome }, now: t }, d);
    await startCall('a|1', { startedAt: t }, d); // in progress: no outcome yet
    expect(await outcomesOnDay('2026-11-22', d)).toEqual({ ptp: 2, 'no-answer': 1 });
  });
});

describe('timeline', () => {
  it('lists calls with their notes and promises, and loose items, newest first', async () => {
    const d = freshDb();
    const k = key('1');
    const a = await saveCallWithNote({ debtorKey: k, result: { outcome: 'no-answer' }, note: '无人接听', now: 1_000 }, d);
    const b = await saveCallWithNote(
      { debtorKey: k, result: { outcome: 'ptp' }, note: '承诺还款', promise: { amount: 500, dueDate: '2026-12-01', method: '柜台' }, now: 3_000 },
      d,
    );
    await d.notes.add({ debtorKey: k, text: '补充说明', draft: 0, createdAt: 2_000, updatedAt: 2_000 });
    await saveDraft(k, '正在输入', d);
    await saveCallWithNote({ debtorKey: key('other'), result: { outcome: 'refused' }, note: '别人', now: 4_000 }, d);
    const tl = await getTimeline(k, {}, d);
    expect(tl.map((i) => i.kind)).toEqual(['call', 'note', 'call']);
    const [first, , last] = tl;
    expect(first?.kind === 'call' && first.call.id === b.callId && first.notes[0]?.text === '承诺还款' && first.promises[0]?.amount === 500).toBe(true);
    expect(last?.kind === 'call' && last.call.id === a.callId).toBe(true);
  });
});
