// Retention: notes older than the configured number of days are deleted, then the debtor records
// (name, phone, numbers, corrections) that nothing within that period still needs; the purge is
// written to the audit (counts only: a debtor key holds an account number). Never touches a note
// of a call that still has a pending promise (the note is the evidence of that promise), nor a
// debtor with a pending promise, and never the calls and promises themselves. A call's kept
// transcript (policy keepTranscript) is personal text like a note: past the period it is removed from
// the call (with the words kept beside live findings), under the same pending-promise exception.
import Dexie from 'dexie';
import { addAudit } from './audit';
import { db, guardWrite, type DaihouDB } from './database';
import type { CallRecord } from './schema';

const DAY_MS = 86_400_000;

export interface PurgeReport {
  cutoff: number;
  purged: number;
  /** Old notes kept because their call has a pending promise. */
  keptForPendingPromise: number;
  /** Debtor records deleted: not seen, called, noted or promised within the period, no pending promise. */
  debtorsPurged: number;
  /** Calls whose transcript text was removed (the call itself stays). */
  transcriptsPurged: number;
}

/** The call without its words: the transcript and the words beside findings heard live. */
function withoutWords(call: CallRecord): CallRecord {
  const { transcript: _t, transcriptAt: _at, ...rest } = call;
  return { ...rest, findings: call.findings.map((f) => (f.heardLive?.words !== undefined ? { ...f, heardLive: { at: f.heardLive.at } } : f)) };
}

/** A debtor still needed: a call or promise within the period, a note left, or a pending promise. */
async function stillNeeded(database: DaihouDB, key: string, cutoff: number): Promise<boolean> {
  const [calls, notes, promises] = await Promise.all([
    database.calls.where('[debtorKey+startedAt]').between([key, cutoff], [key, Dexie.maxKey], true, true).count(),
    database.notes.where('[debtorKey+draft]').between([key, Dexie.minKey], [key, Dexie.maxKey], true, true).count(),
    database.promises.where('[debtorKey+createdAt]').between([key, cutoff], [key, Dexie.maxKey], true, true).count(),
  ]);
  return calls + notes + promises > 0;
}

/** Delete notes (final or draft) last changed more than `days` days ago, then the debtors no longer needed. */
export async function purgeExpiredNotes(days: number, database: DaihouDB = db, now = Date.now()): Promise<PurgeReport> {
  if (!Number.isFinite(days) || days < 1) throw new RangeError(`retention days must be ≥ 1, got ${days}`);
  const cutoff = now - Math.floor(days) * DAY_MS;
  return guardWrite(database, () =>
    database.transaction('rw', [database.notes, database.promises, database.audit, database.debtors, database.calls], async () => {
      const pending = await database.promises.where('status').equals('pending').toArray();
      const protectedCalls = new Set(pending.map((p) => p.callId).filter((id): id is number => id !== undefined));
      const expired = await database.notes.where('updatedAt').below(cutoff).toArray();
      const doomed = expired.filter((n) => n.callId === undefined || !protectedCalls.has(n.callId)).map((n) => n.id!);
      if (doomed.length) await database.notes.bulkDelete(doomed);

      // `day` is the debtor's local day: a day's margin, then the exact start time decides.
      const lastDay = new Date(cutoff + DAY_MS).toISOString().slice(0, 10);
      const wordy = await database.calls
        .where('day')
        .belowOrEqual(lastDay)
        .filter((c) => c.startedAt < cutoff && (c.transcript !== undefined || c.findings.some((f) => f.heardLive?.words !== undefined)) && !protectedCalls.has(c.id!))
        .toArray();
      if (wordy.length) await database.calls.bulkPut(wordy.map(withoutWords));

      const owing = new Set(pending.map((p) => p.debtorKey));
      const forgotten: string[] = [];
      for (const key of await database.debtors.where('updatedAt').below(cutoff).primaryKeys()) {
        if (!owing.has(key) && !(await stillNeeded(database, key, cutoff))) forgotten.push(key);
      }
      if (forgotten.length) await database.debtors.bulkDelete(forgotten);

      const report = { cutoff, purged: doomed.length, keptForPendingPromise: expired.length - doomed.length, debtorsPurged: forgotten.length, transcriptsPurged: wordy.length };
      if (doomed.length || forgotten.length || wordy.length) await addAudit('purge', { days, ...report, noteIds: doomed.slice(0, 1000) }, database, now);
      return report;
    }),
  );
}
