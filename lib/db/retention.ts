// Retention: notes older than the configured number of days are deleted, and the purge is
// written to the audit. Never touches a note of a call that still has a pending promise
// (the note is the evidence of that promise), and never the promises themselves.
import { addAudit } from './audit';
import { db, guardWrite, type DaihouDB } from './database';

const DAY_MS = 86_400_000;

export interface PurgeReport {
  cutoff: number;
  purged: number;
  /** Old notes kept because their call has a pending promise. */
  keptForPendingPromise: number;
}

/** Delete notes (final or draft) last changed more than `days` days ago. */
export async function purgeExpiredNotes(days: number, database: DaihouDB = db, now = Date.now()): Promise<PurgeReport> {
  if (!Number.isFinite(days) || days < 1) throw new RangeError(`retention days must be ≥ 1, got ${days}`);
  const cutoff = now - Math.floor(days) * DAY_MS;
  return guardWrite(database, () =>
    database.transaction('rw', database.notes, database.promises, database.audit, async () => {
      const pending = await database.promises.where('status').equals('pending').toArray();
      const protectedCalls = new Set(pending.map((p) => p.callId).filter((id): id is number => id !== undefined));
      const expired = await database.notes.where('updatedAt').below(cutoff).toArray();
      const doomed = expired.filter((n) => n.callId === undefined || !protectedCalls.has(n.callId)).map((n) => n.id!);
      if (doomed.length) {
        await database.notes.bulkDelete(doomed);
        await addAudit('purge', { days, cutoff, purged: doomed.length, keptForPendingPromise: expired.length - doomed.length, noteIds: doomed.slice(0, 1000) }, database, now);
      }
      return { cutoff, purged: doomed.length, keptForPendingPromise: expired.length - doomed.length };
    }),
  );
}
