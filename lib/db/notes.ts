// Notes and drafts. A draft is one row per debtor, overwritten as the agent types, so a crash
// loses at most the last autosave interval. Final notes are indexed for search; drafts are not.
import { db, guardRead, guardWrite, type DaihouDB } from './database';
import { gramsOf } from './grams';
import type { NoteRecord } from './schema';

export async function getDraft(debtorKey: string, database: DaihouDB = db): Promise<NoteRecord | undefined> {
  return guardRead(database, () => database.notes.where('[debtorKey+draft]').equals([debtorKey, 1]).first());
}

/** Save the note being typed. Rejects with a DbWriteError; the caller keeps the text and retries. */
export async function saveDraft(debtorKey: string, text: string, database: DaihouDB = db, now = Date.now()): Promise<void> {
  await guardWrite(database, () =>
    database.transaction('rw', database.notes, async () => {
      const existing = await getDraft(debtorKey, database);
      if (existing?.id !== undefined) await database.notes.update(existing.id, { text, updatedAt: now });
      else await database.notes.add({ debtorKey, text, draft: 1, createdAt: now, updatedAt: now });
    }),
  );
}

/** Drop a debtor's draft (e.g. the agent clears the box on purpose). */
export async function discardDraft(debtorKey: string, database: DaihouDB = db): Promise<void> {
  await guardWrite(database, () => database.notes.where('[debtorKey+draft]').equals([debtorKey, 1]).delete());
}

export function finalNote(debtorKey: string, text: string, now: number, callId?: number): NoteRecord {
  return { debtorKey, text, draft: 0, createdAt: now, updatedAt: now, grams: gramsOf(text), ...(callId !== undefined ? { callId } : {}) };
}

/** A final note outside the call flow (e.g. a remark added later). */
export async function addNote(debtorKey: string, text: string, opts: { callId?: number; now?: number } = {}, database: DaihouDB = db): Promise<number> {
  if (!text.trim()) throw new RangeError('empty note');
  return guardWrite(database, () => database.notes.add(finalNote(debtorKey, text, opts.now ?? Date.now(), opts.callId)) as Promise<number>);
}

/** A debtor's final notes, newest first. */
export async function notesOf(debtorKey: string, database: DaihouDB = db): Promise<NoteRecord[]> {
  const all = await database.notes.where('[debtorKey+draft]').equals([debtorKey, 0]).toArray();
  return all.sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
}
