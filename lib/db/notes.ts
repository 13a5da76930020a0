// Notes and drafts. A draft is one row per debtor, overwritten as the agent types, so a crash
// loses at most the last autosave interval.
import { db, type DaihouDB } from './database';
import type { NoteRecord } from './schema';

export async function getDraft(debtorKey: string, database: DaihouDB = db): Promise<NoteRecord | undefined> {
  return database.notes.where('[debtorKey+draft]').equals([debtorKey, 1]).first();
}

export async function saveDraft(debtorKey: string, text: string, database: DaihouDB = db): Promise<void> {
  await database.transaction('rw', database.notes, async () => {
    const existing = await getDraft(debtorKey, database);
    const now = Date.now();
    if (existing?.id !== undefined) await database.notes.update(existing.id, { text, updatedAt: now });
    else await database.notes.add({ debtorKey, text, draft: 1, createdAt: now, updatedAt: now });
  });
}
