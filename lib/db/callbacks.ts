// Calls that ended "call me back at…" (outcome `callback` with an agreed time): the upcoming ones for
// the reminder alarms and the options page, the due ones for a notification. A call-back is done
// once the debtor has been called again after the call that agreed it, whenever that was.
import Dexie from 'dexie';
import { countsAsAttempt } from './calls';
import { db, guardWrite, type DaihouDB } from './database';
import type { CallRecord } from './schema';

/** A call with its agreed call-back time. */
export type CallbackCall = CallRecord & { id: number; callbackAt: number };

async function notDone(calls: CallRecord[], database: DaihouDB): Promise<CallbackCall[]> {
  const out: CallbackCall[] = [];
  for (const c of calls) {
    if (c.id === undefined || c.callbackAt === undefined || c.outcome !== 'callback' || !countsAsAttempt(c)) continue;
    const later = await database.calls
      .where('[debtorKey+startedAt]')
      .between([c.debtorKey, c.startedAt], [c.debtorKey, Dexie.maxKey], false, true)
      .filter((x) => x.id !== c.id && countsAsAttempt(x))
      .count();
    if (!later) out.push(c as CallbackCall);
  }
  return out.sort((a, b) => a.callbackAt - b.callbackAt || a.id - b.id);
}

/** Call-backs agreed for `fromMs` or later (until `untilMs`, exclusive), not yet made. Soonest first. */
export async function upcomingCallbacks(fromMs: number, database: DaihouDB = db, untilMs: number | typeof Dexie.maxKey = Dexie.maxKey): Promise<CallbackCall[]> {
  return notDone(await database.calls.where('callbackAt').between(fromMs, untilMs, true, false).toArray(), database);
}

/** Call-backs whose time has come (within `graceMs` before now), not yet made or announced. */
export async function dueCallbacks(now: number, graceMs: number, database: DaihouDB = db): Promise<CallbackCall[]> {
  const due = await database.calls.where('callbackAt').between(now - graceMs, now, true, true).toArray();
  return (await notDone(due, database)).filter((c) => c.callbackRemindedAt === undefined);
}

/** The debtor's next call-back not yet made, if any (shown when the agent opens the debtor). */
export async function pendingCallbackOf(debtorKey: string, database: DaihouDB = db): Promise<CallbackCall | undefined> {
  const calls = await database.calls.where('[debtorKey+startedAt]').between([debtorKey, Dexie.minKey], [debtorKey, Dexie.maxKey]).toArray();
  return (await notDone(calls.filter((c) => c.callbackAt !== undefined), database))[0];
}

/** Remember that these call-backs were announced. */
export async function markCallbacksReminded(ids: number[], at: number, database: DaihouDB = db): Promise<void> {
  await guardWrite(database, () =>
    database.transaction('rw', database.calls, async () => {
      for (const id of ids) await database.calls.update(id, { callbackRemindedAt: at });
    }),
  );
}
