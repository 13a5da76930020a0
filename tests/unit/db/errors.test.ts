import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DaihouDB, DbWriteError, getDraft, saveCallWithNote, saveDraft, toWriteError } from '@/lib/db';
import { freshDb } from './helpers';

describe('write failures', () => {
  it('a full disk rejects with a typed quota error the panel can show in zh-CN / en', async () => {
    const d = freshDb();
    await saveDraft('a|1', '第一版', d);
    vi.spyOn(d.notes, 'update').mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError')));
    const err = await saveDraft('a|1', '第二版', d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbWriteError);
    expect(err).toBeInstanceOf(Error);
    expect((err as DbWriteError).kind).toBe('quota');
    expect((err as DbWriteError).message).toContain('磁盘空间不足');
    expect((err as DbWriteError).messageIn('en')).toContain('disk is full');
    // Retry succeeds once space is back; nothing was half-written meanwhile.
    expect((await getDraft('a|1', d))?.text).toBe('第一版');
    await saveDraft('a|1', '第二版', d);
    expect((await getDraft('a|1', d))?.text).toBe('第二版');
  });

  it('maps private mode, a missing API and closed databases to "unavailable"', () => {
    expect(toWriteError(new Dexie.MissingAPIError('IndexedDB API missing')).kind).toBe('unavailable');
    expect(toWriteError(new Dexie.OpenFailedError('x', new DOMException('x', 'InvalidStateError'))).kind).toBe('unavailable');
    expect(toWriteError(new Dexie.DatabaseClosedError()).kind).toBe('unavailable');
    expect(toWriteError(new Error('boom'))).toMatchObject({ kind: 'unknown', detail: 'Error: boom' });
    const bulk = new Dexie.BulkError('1 of 2 failed', [new DOMException('q', 'QuotaExceededError')]);
    expect(toWriteError(bulk).kind).toBe('quota');
  });

  it('an older page holding the database open makes writes fail as "blocked", then retry works', async () => {
    const name = `blocked-${Date.now()}`;
    // An older release's connection at v1 that never closes on versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10); // Dexie stores version n as n*10
      req.onupgradeneeded = () => req.result.createObjectStore('notes', { keyPath: 'id', autoIncrement: true });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const d = new DaihouDB(name);
    const err = await saveDraft('a|1', '文字', d).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'DbWriteError', kind: 'blocked' });
    expect((err as DbWriteError).messageIn('zh-CN')).toContain('另一个旧版本');
    // While still blocked, a retry fails fast and is not queued (so it can never be doubled).
    await expect(saveDraft('a|1', '文字', d)).rejects.toMatchObject({ kind: 'blocked' });
    old.close();
    await vi.waitFor(() => expect(d.blocked).toBe(false));
    await saveDraft('a|1', '文字，重试', d);
    expect((await getDraft('a|1', d))?.text).toBe('文字，重试');
    expect(await d.notes.count()).toBe(1);
    d.close();
    await d.delete();
  });

  it('input mistakes stay RangeErrors, not storage errors', async () => {
    await expect(saveCallWithNote({ debtorKey: 'a|1', callId: 42, result: { outcome: 'ptp' } }, freshDb())).rejects.toBeInstanceOf(RangeError);
  });
});
