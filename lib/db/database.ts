// The product's IndexedDB, owned by extension pages and the service worker; never opened in a
// content script (IndexedDB is per origin: there it would be the bank's database).
import Dexie, { type EntityTable } from 'dexie';
import type { DebtorRecord, NoteRecord } from './schema';

export class DaihouDB extends Dexie {
  debtors!: EntityTable<DebtorRecord, 'key'>;
  notes!: EntityTable<NoteRecord, 'id'>;

  constructor(name = 'daihou-assist') {
    super(name);
    this.version(1).stores({
      debtors: '&key, origin, name, accountId, updatedAt',
      notes: '++id, debtorKey, callId, [debtorKey+draft], updatedAt',
    });
  }
}

export const db = new DaihouDB();
