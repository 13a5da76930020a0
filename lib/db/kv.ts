// Key-value rows that must live in IndexedDB beside the data they describe (index backfill
// progress, last maintenance day). User preferences live in lib/settings.ts (storage.local).
import { db, guardWrite, type DaihouDB } from './database';

/** Keys with this prefix are bookkeeping of this machine: never backed up or restored. */
export const INTERNAL_PREFIX = 'internal:';

export async function getDbSetting<T>(key: string, database: DaihouDB = db): Promise<T | undefined> {
  return (await database.settings.get(key))?.value as T | undefined;
}

export async function setDbSetting(key: string, value: unknown, database: DaihouDB = db): Promise<void> {
  await guardWrite(database, () => database.settings.put({ key, value }));
}
