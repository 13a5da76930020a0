import { describe, expect, it } from 'vitest';
import {
  acknowledgePromise,
  addPromise,
  brokenToFlag,
  duePromises,
  flagBrokenPromises,
  lastPromise,
  markPromise,
  overduePromises,
  promisesOf,
  saveCallWithNote,
} from '@/lib/db';
import { freshDb } from './helpers';

const TODAY = '2026-11-22';

async function seed() {
  const d = freshDb();
  const ids = {
    yesterday: await addPromise('a|1', { amount: 100, dueDate: '2026-11-21', method: '柜台' }, d, 1),
    today: await addPromise('a|2', { amount: 200, dueDate: TODAY, method: '手机银行' }, d, 2),
    tomorrow: await addPromise('a|1', { amount: 300, dueDate: '2026-11-23', method: '网上银行' }, d, 3),
    keptLate: await addPromise('a|3', { amount: 400, dueDate: '2026-11-20', method: '柜台' }, d, 4),
  };
  await markPromise(ids.keptLate, 'kept', { paidAmount: 400 }, d);
  return { d, ids };
}

describe('promises', () => {
  it('lists due today and overdue', async () => {
    const { d, ids } = await seed();
    expect((await duePromises(TODAY, d)).map((p) => p.id)).toEqual([ids.today]);
    expect((await overduePromises(TODAY, d)).map((p) => p.id)).toEqual([ids.yesterday]);
  });

  it('turns pending promises past their date into broken ones, never kept ones, and returns them', async () => {
    const { d, ids } = await seed();
    const changed = await flagBrokenPromises(TODAY, d, 99);
    expect(changed.map((p) => p.id)).toEqual([ids.yesterday]);
    expect(await d.promises.get(ids.yesterday)).toMatchObject({ status: 'broken', resolution: { by: 'auto', at: 99 } });
    expect((await d.promises.get(ids.keptLate))?.status).toBe('kept');
    expect((await d.promises.get(ids.today))?.status).toBe('pending');
    expect(await flagBrokenPromises(TODAY, d)).toEqual([]);
    // Still listed as overdue until the agent has seen the flag at the next call.
    expect((await overduePromises(TODAY, d)).map((p) => p.id)).toEqual([ids.yesterday]);
    expect((await brokenToFlag('a|1', d)).map((p) => p.id)).toEqual([ids.yesterday]);
    await acknowledgePromise(ids.yesterday, d);
    expect(await brokenToFlag('a|1', d)).toEqual([]);
    expect(await overduePromises(TODAY, d)).toEqual([]);
  });

  it('records how a promise was resolved', async () => {
    const { d, ids } = await seed();
    const p = await markPromise(ids.today, 'cancelled', { note: '改为分期方案' }, d, 50);
    expect(p).toMatchObject({ status: 'cancelled', resolution: { at: 50, by: 'agent', note: '改为分期方案' } });
    expect(await duePromises(TODAY, d)).toEqual([]);
    await expect(markPromise(999, 'kept', {}, d)).rejects.toBeInstanceOf(RangeError);
  });

  it('finds the last promise of a debtor and all its promises, newest first', async () => {
    const { d, ids } = await seed();
    expect((await lastPromise('a|1', d))?.id).toBe(ids.tomorrow);
    expect((await promisesOf('a|1', d)).map((p) => p.id)).toEqual([ids.tomorrow, ids.yesterday]);
    expect(await lastPromise('nobody', d)).toBeUndefined();
    const saved = await saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'ptp' }, promise: { amount: 9, dueDate: '2026-12-24', method: '柜台' }, now: 10 }, d);
    expect((await lastPromise('a|1', d))?.id).toBe(saved.promiseId);
  });
});
