// Promises to pay: due today, overdue, resolved by the agent, or marked broken by the daily check
// (a promise past its date and not kept) and flagged at the next call with that debtor.
import Dexie from 'dexie';
import { db, guardWrite, type DaihouDB } from './database';
import { checkPromise, type PromiseInput } from './calls';
import type { PromiseRecord, PromiseResolution, PromiseStatus } from './schema';

const byDue = (a: PromiseRecord, b: PromiseRecord) => a.dueDate.localeCompare(b.dueDate) || (a.id ?? 0) - (b.id ?? 0);

/** A promise taken outside saveCallWithNote (e.g. by message). */
export async function addPromise(debtorKey: string, p: PromiseInput & { callId?: number }, database: DaihouDB = db, now = Date.now()): Promise<number> {
  checkPromise(p);
  const rec: PromiseRecord = {
    debtorKey,
    amount: p.amount,
    currency: p.currency ?? 'CNY',
    dueDate: p.dueDate,
    method: p.method.trim(),
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    ...(p.callId !== undefined ? { callId: p.callId } : {}),
  };
  return guardWrite(database, () => database.promises.add(rec) as Promise<number>);
}

/** Pending promises due on `todayISO`. */
export async function duePromises(todayISO: string, database: DaihouDB = db): Promise<PromiseRecord[]> {
  return (await database.promises.where('[status+dueDate]').equals(['pending', todayISO]).toArray()).sort(byDue);
}

/** Pending promises past their date (before the daily check turns them broken), and broken ones
 *  the agent has not yet acknowledged. Oldest first. */
export async function overduePromises(todayISO: string, database: DaihouDB = db): Promise<PromiseRecord[]> {
  const [pending, broken] = await Promise.all([
    database.promises.where('[status+dueDate]').between(['pending', Dexie.minKey], ['pending', todayISO], true, false).toArray(),
    database.promises.where('[status+dueDate]').between(['broken', Dexie.minKey], ['broken', todayISO], true, false).toArray(),
  ]);
  return [...pending, ...broken.filter((p) => p.acknowledgedAt === undefined)].sort(byDue);
}

/** Resolve a promise by hand: kept, broken or cancelled (or back to pending). */
export async function markPromise(
  id: number,
  status: PromiseStatus,
  resolution: { note?: string; paidAmount?: number } = {},
  database: DaihouDB = db,
  now = Date.now(),
): Promise<PromiseRecord> {
  return guardWrite(database, () =>
    database.transaction('rw', database.promises, async () => {
      const p = await database.promises.get(id);
      if (!p) throw new RangeError(`unknown promise ${id}`);
      const res: PromiseResolution = { at: now, by: 'agent', ...resolution };
      const next: PromiseRecord = { ...p, status, updatedAt: now };
      if (status === 'pending') delete next.resolution;
      else next.resolution = res;
      await database.promises.put(next);
      return next;
    }),
  );
}

/** Pending promises whose date has passed become broken. Returns the ones changed. */
export async function flagBrokenPromises(todayISO: string, database: DaihouDB = db, now = Date.now()): Promise<PromiseRecord[]> {
  return guardWrite(database, () =>
    database.transaction('rw', database.promises, async () => {
      const late = await database.promises
        .where('[status+dueDate]')
        .between(['pending', Dexie.minKey], ['pending', todayISO], true, false)
        .toArray();
      const changed = late.map((p): PromiseRecord => ({ ...p, status: 'broken', resolution: { at: now, by: 'auto' }, updatedAt: now }));
      if (changed.length) await database.promises.bulkPut(changed);
      return changed;
    }),
  );
}

/** Broken promises of a debtor the agent has not seen yet: flag them when the next call starts. */
export async function brokenToFlag(debtorKey: string, database: DaihouDB = db): Promise<PromiseRecord[]> {
  const all = await database.promises.where('debtorKey').equals(debtorKey).toArray();
  return all.filter((p) => p.status === 'broken' && p.acknowledgedAt === undefined).sort(byDue);
}

/** The agent has seen the broken-promise flag. */
export async function acknowledgePromise(id: number, database: DaihouDB = db, now = Date.now()): Promise<void> {
  await guardWrite(database, () => database.promises.update(id, { acknowledgedAt: now }));
}

/** All promises of a debtor, newest first. */
export async function promisesOf(debtorKey: string, database: DaihouDB = db): Promise<PromiseRecord[]> {
  return database.promises.where('[debtorKey+createdAt]').between([debtorKey, Dexie.minKey], [debtorKey, Dexie.maxKey]).reverse().toArray();
}

/** The debtor's most recent promise, whatever its status (shown when preparing the next call). */
export async function lastPromise(debtorKey: string, database: DaihouDB = db): Promise<PromiseRecord | undefined> {
  return database.promises.where('[debtorKey+createdAt]').between([debtorKey, Dexie.minKey], [debtorKey, Dexie.maxKey]).last();
}

/** Pending promises due on or after a day (for scheduling reminders). */
export async function upcomingPromises(fromISO: string, database: DaihouDB = db): Promise<PromiseRecord[]> {
  return (await database.promises.where('[status+dueDate]').between(['pending', fromISO], ['pending', Dexie.maxKey], true, true).toArray()).sort(byDue);
}

/** Remember that today's reminder for these promises was shown. */
export async function markReminded(ids: number[], day: string, database: DaihouDB = db): Promise<void> {
  await guardWrite(database, () =>
    database.transaction('rw', database.promises, async () => {
      for (const id of ids) await database.promises.update(id, { remindedOn: day });
    }),
  );
}
