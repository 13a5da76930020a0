import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  addAudit,
  createBackup,
  dumpDatabase,
  indexPendingNotes,
  markPromise,
  RestoreError,
  restoreBackup,
  saveCallWithNote,
  saveDraft,
  setDbSetting,
  upsertDebtor,
  validateBackup,
  wipeDatabase,
  type BackupData,
  type DaihouDB,
} from '@/lib/db';
import { ctx, freshDb, key } from './helpers';

async function seed(d: DaihouDB) {
  await upsertDebtor(ctx('张伟', '6225 **** 8812'), { timeZone: 'Asia/Shanghai' }, d);
  const s = await saveCallWithNote(
    {
      debtorKey: key('6225 **** 8812'),
      result: { outcome: 'ptp', stageReached: 'commit', checklist: { verify: true }, findings: [{ ruleId: 'call-window', severity: 'warn' }], scenarios: ['after-payday'] },
      note: '客户说 "下周五" 还款,\n通过手机银行',
      promise: { amount: 1834.28, dueDate: '2026-11-27', method: '手机银行' },
      now: 1_700_000_000_000,
    },
    d,
  );
  await markPromise(s.promiseId!, 'kept', { paidAmount: 1834.28 }, d, 1_700_000_100_000);
  await saveDraft(key('6225 **** 8812'), '未保存的草稿', d, 1_700_000_200_000);
  await setDbSetting('checklist-template', { items: ['verify', 'purpose'] }, d);
  await setDbSetting('internal:last-maintenance-day', '2026-11-22', d);
  await addAudit('override', { reason: 'test' }, d, 1_700_000_300_000);
}

/** Everything except audit lines written by the backup/restore themselves and machine-local settings. */
function comparable(x: BackupData) {
  return {
    ...x,
    settings: x.settings.filter((s) => !s.key.startsWith('internal:')),
    audit: x.audit.filter((a) => a.kind !== 'backup' && a.kind !== 'restore' && a.kind !== 'wipe'),
  };
}

async function expectRefused(d: DaihouDB, text: string, reason: RestoreError['reason'], detail?: RegExp) {
  const before = await dumpDatabase(d);
  const err = await restoreBackup(text, d).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RestoreError);
  expect((err as RestoreError).reason).toBe(reason);
  if (detail) expect((err as RestoreError).detail).toMatch(detail);
  expect(await dumpDatabase(d)).toEqual(before);
  return err as RestoreError;
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives back an identical database', async () => {
    const d = freshDb();
    await seed(d);
    const before = await dumpDatabase(d);
    const { text, counts, filename } = await createBackup(d);
    expect(filename).toMatch(/^daihou-backup-\d{8}-\d{6}\.json$/);
    expect(counts).toMatchObject({ debtors: 1, calls: 1, notes: 2, promises: 1, settings: 1 });
    expect(text).not.toContain('"grams"');
    await wipeDatabase(d);
    expect((await dumpDatabase(d)).notes).toEqual([]);
    await restoreBackup(text, d);
    await indexPendingNotes(d);
    const after = await dumpDatabase(d);
    expect(comparable(after)).toEqual(comparable(before));
    expect(after.audit.at(-1)).toMatchObject({ kind: 'restore', detail: { counts } });
  });

  it('restores into another profile too (a fresh database)', async () => {
    const a = freshDb();
    await seed(a);
    const { text } = await createBackup(a);
    const b = freshDb();
    await restoreBackup(text, b);
    await indexPendingNotes(b);
    expect(comparable(await dumpDatabase(b))).toEqual(comparable(await dumpDatabase(a)));
  });

  describe('a bad file changes nothing and says why', () => {
    async function setup() {
      const src = freshDb();
      await seed(src);
      const { text } = await createBackup(src);
      const target = freshDb();
      await saveCallWithNote({ debtorKey: 'x|1', result: { outcome: 'refused' }, note: '现有数据' }, target);
      return { text, target };
    }
    /** Re-sign a modified file so that only the record validation can catch it. */
    async function resign(text: string, edit: (f: { data: Record<string, unknown[]>; counts: Record<string, number> }) => void): Promise<string> {
      const f = JSON.parse(text);
      edit(f);
      const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(f.data)));
      f.checksum = `sha256-${Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')}`;
      return JSON.stringify(f);
    }

    it('truncated or not JSON', async () => {
      const { text, target } = await setup();
      await expectRefused(target, text.slice(0, text.length - 20), 'not-json');
      await expectRefused(target, '', 'not-json');
    });

    it('a foreign file', async () => {
      const { target } = await setup();
      const err = await expectRefused(target, JSON.stringify({ format: 'excalidraw', elements: [] }), 'foreign', /excalidraw/);
      expect(err.messageIn('zh-CN')).toContain('这不是贷后助手的备份文件');
      expect(err.messageIn('en')).toContain('not a Daihou Assist backup');
      await expectRefused(target, '[1,2,3]', 'foreign');
    });

    it('a newer schema version', async () => {
      const { text, target } = await setup();
      await expectRefused(target, text.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":99'), 'newer-version');
    });

    it('tampered after the backup (checksum)', async () => {
      const { text, target } = await setup();
      await expectRefused(target, text.replace('1834.28', '18.28'), 'checksum');
    });

    it('checks the data as parsed when the file was rewritten (pretty-printed, data first)', async () => {
      const { text, target } = await setup();
      const f = JSON.parse(text);
      const { data, ...head } = f;
      const pretty = JSON.stringify({ data, ...head }, null, 2);
      await expect(restoreBackup(pretty, target)).resolves.toMatchObject({ counts: f.counts });
      const tampered = JSON.stringify({ data, ...head }, null, 2).replace('1834.28', '18.28');
      await expectRefused(target, tampered, 'checksum');
    });

    it('an invalid record, naming the table, index and field', async () => {
      const { text, target } = await setup();
      const bad = await resign(text, (f) => ((f.data['notes']![0] as Record<string, unknown>)['createdAt'] = 'yesterday'));
      const err = await expectRefused(target, bad, 'invalid', /^notes\[0\]\.createdAt/);
      expect(err.message).toContain('notes[0].createdAt');
      const status = await resign(text, (f) => ((f.data['promises']![0] as Record<string, unknown>)['status'] = 'forgotten'));
      await expectRefused(target, status, 'invalid', /promises\[0\]\.status/);
      const extra = await resign(text, (f) => ((f.data['calls']![0] as Record<string, unknown>)['grams'] = ['x']));
      await expectRefused(target, extra, 'invalid', /calls\[0\]/);
      const count = await resign(text, (f) => f.data['notes']!.pop());
      await expectRefused(target, count, 'invalid', /notes: 1 records, header says 2/);
    });

    it('a bad call or note is refused by name even though the restore writes them while checking them', async () => {
      const { text, target } = await setup();
      // A key IndexedDB itself refuses (DataError at write time): still the precise refusal, nothing changed.
      const badKey = await resign(text, (f) => ((f.data['notes']![1] as Record<string, unknown>)['id'] = { not: 'a key' }));
      await expectRefused(target, badKey, 'invalid', /^notes\[1\]\.id/);
      const notObject = await resign(text, (f) => ((f.data['calls'] as unknown[])[0] = null));
      await expectRefused(target, notObject, 'invalid', /^calls\[0\]/);
      const lastCall = await resign(text, (f) => ((f.data['calls']!.at(-1) as Record<string, unknown>)['outcome'] = 'vanished'));
      await expectRefused(target, lastCall, 'invalid', /calls\[\d+\]\.outcome/);
      // validateBackup (the preview) refuses the same files the same way.
      await expect(validateBackup(badKey)).rejects.toMatchObject({ reason: 'invalid' });
    });

    it('duplicate ids and dangling references', async () => {
      const { text, target } = await setup();
      const dup = await resign(text, (f) => {
        f.data['calls']!.push(f.data['calls']![0]);
        f.counts['calls'] = 2;
      });
      await expectRefused(target, dup, 'duplicate', /calls\[1\]/);
      const dangling = await resign(text, (f) => ((f.data['notes']![0] as Record<string, unknown>)['callId'] = 777));
      await expectRefused(target, dangling, 'dangling', /callId = 777/);
    });

    it('validateBackup accepts the good file without touching anything', async () => {
      const { text } = await setup();
      const file = await validateBackup(text);
      expect(file.counts.calls).toBe(1);
    });
  });
});

describe('what a debtor record keeps of the page', () => {
  it('stores the fields, not the page kind or the CRM history, so a backup of it restores', async () => {
    const { ctx, freshDb } = await import('./helpers');
    const { upsertDebtor, createBackup, restoreBackup } = await import('@/lib/db');
    const d = freshDb();
    const page = { ...ctx('张伟', 'AJ-1'), page: { kind: 'debtor' as const, rows: 0, openDetail: false }, crmHistory: { lastContact: { date: '2026-11-20', result: '无人接听' } } };
    const rec = await upsertDebtor(page as never, {}, d);
    expect(Object.keys(rec.snapshot).sort()).toEqual(['extractedAt', 'fields', 'origin', 'url']);
    const target = freshDb();
    await expect(restoreBackup((await createBackup(d)).text, target)).resolves.toBeTruthy();
  });
});
