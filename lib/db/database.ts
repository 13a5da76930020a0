// The product's IndexedDB, owned by extension pages and the service worker; never opened in a
// content script (IndexedDB is per origin: there it would be the bank's database).
// Schema versions are never edited once shipped: a change is a new version with an upgrade.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { DbWriteError, toWriteError } from './errors';
import { debtorGramsOf, gramsOf } from './grams';
import type { AuditRecord, CallRecord, ContactRuleRecord, DebtorRecord, NoteRecord, PromiseRecord, SettingRecord } from './schema';
import { dayOf, DEFAULT_TIME_ZONE } from '../time';
import { upgradeV2toV3 } from './upgrade-v3';

export const DB_NAME = 'daihou-assist';
export const SCHEMA_VERSION = 7;

/** v1: the first release (debtors + notes with drafts). */
export const SCHEMA_V1 = {
  debtors: '&key, origin, name, accountId, updatedAt',
  notes: '++id, debtorKey, callId, [debtorKey+draft], updatedAt',
} as const;

/** v2: calls, promises, settings, audit; bigram search index on notes and debtors. */
export const SCHEMA_V2 = {
  debtors: '&key, origin, name, accountId, updatedAt, *grams',
  // Only the indexes the queries use: every index slows each write and the 100k-record restore.
  calls: '++id, day, [debtorKey+startedAt], [day+outcome]',
  notes: '++id, callId, [debtorKey+draft], updatedAt, *grams',
  promises: '++id, debtorKey, callId, dueDate, status, [status+dueDate], [debtorKey+createdAt]',
  settings: '&key',
  audit: '++id, at, kind',
} as const;

/** v4: contact rules (stop-contact, the debtor's consent to other hours, instalment plans). */
export const SCHEMA_V4 = {
  ...SCHEMA_V2,
  contactRules: '++id, debtorKey, kind',
} as const;

/** v5: a call that ended "call me back at…" is indexed by the agreed time (sparse: only those calls). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  calls: `${SCHEMA_V2.calls}, callbackAt`,
} as const;

/** v6: a call that kept its transcript (policy keepTranscript) is indexed by its start (sparse: only
 *  those calls), so search reads the transcripts there are, not the whole call log. */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  calls: `${SCHEMA_V5.calls}, transcriptAt`,
} as const;

/** v7: the `[day+outcome]` index goes (a day's outcomes are counted from the `day` index): one
 *  index entry fewer per call makes writing 100,000 records (a restore) about a tenth faster. */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  calls: '++id, day, [debtorKey+startedAt], callbackAt, transcriptAt',
} as const;

export class DaihouDB extends Dexie {
  debtors!: EntityTable<DebtorRecord, 'key'>;
  calls!: EntityTable<CallRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  promises!: EntityTable<PromiseRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  audit!: EntityTable<AuditRecord, 'id'>;
  contactRules!: EntityTable<ContactRuleRecord, 'id'>;
  /** True while opening waits for an older connection (another page at v1) to close. */
  blocked = false;
  private blockedWatchers = new Set<() => void>();

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
    // v3: same tables and indexes; records keyed by a masked number alone are re-keyed.
    this.version(3).stores(SCHEMA_V2).upgrade(upgradeV2toV3);
    // v4: a new table; existing records gain only optional fields (calls before v4 were to the debtor).
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeV3toV4);
    // v5: an index on the agreed call-back time; existing calls have none (nothing to rewrite).
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeV4toV5);
    // v6: an index on calls that kept a transcript; calls that have one gain `transcriptAt`.
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeV5toV6);
    // v7: one index fewer on calls; records are unchanged.
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeV6toV7);
    // The open stays queued and completes once the older page closes; meanwhile writes fail fast
    // with a 'blocked' DbWriteError (see guardWrite) instead of hanging with the agent's text.
    this.on('blocked', () => {
      this.blocked = true;
      for (const w of this.blockedWatchers) w();
    });
    this.on('ready', () => {
      this.blocked = false;
    });
  }

  /** A promise that rejects if opening gets blocked; cancel() when the operation settles. */
  watchBlocked(): { promise: Promise<never>; cancel: () => void } {
    let fire = () => {};
    const promise = new Promise<never>((_, reject) => {
      fire = () => reject(new DbWriteError('blocked', 'open blocked by an older connection'));
    });
    promise.catch(() => {});
    this.blockedWatchers.add(fire);
    return { promise, cancel: () => this.blockedWatchers.delete(fire) };
  }
}

/** v1 → v2: index final notes and debtors for search, give every note's callId a call row. */
async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const calls = new Map<number, CallRecord>();
  let notes = 0;
  await tx
    .table<NoteRecord, number>('notes')
    .toCollection()
    .modify((n) => {
      notes++;
      n.draft = n.draft === 1 ? 1 : 0;
      if (n.draft === 0) n.grams = gramsOf(n.text);
      if (typeof n.callId === 'number' && !calls.has(n.callId)) {
        calls.set(n.callId, {
          id: n.callId,
          debtorKey: n.debtorKey,
          startedAt: n.createdAt,
          endedAt: n.createdAt,
          day: dayOf(n.createdAt, DEFAULT_TIME_ZONE),
          timeZone: DEFAULT_TIME_ZONE,
          scenarios: [],
          scriptsUsed: [],
          checklist: {},
          findings: [],
          migrated: true,
          updatedAt: n.createdAt,
        });
      }
    });
  let debtors = 0;
  await tx
    .table<DebtorRecord, string>('debtors')
    .toCollection()
    .modify((d) => {
      debtors++;
      d.corrections ??= {};
      d.grams = debtorGramsOf(d);
    });
  if (calls.size) await tx.table<CallRecord, number>('calls').bulkAdd([...calls.values()]);
  await tx.table<AuditRecord, number>('audit').add({
    at: Date.now(),
    kind: 'migration',
    detail: { from: 1, to: 2, notes, debtors, callsCreated: calls.size },
  });
}

/** v3 → v4: nothing to rewrite; the audit says the upgrade happened and what it found. */
async function upgradeV3toV4(tx: Transaction): Promise<void> {
  const calls = await tx.table('calls').count();
  await tx.table<AuditRecord, number>('audit').add({ at: Date.now(), kind: 'migration', detail: { from: 3, to: 4, calls, contactRules: 0 } });
}

/** v4 → v5: a new index only; the audit says the upgrade happened. */
async function upgradeV4toV5(tx: Transaction): Promise<void> {
  const calls = await tx.table('calls').count();
  await tx.table<AuditRecord, number>('audit').add({ at: Date.now(), kind: 'migration', detail: { from: 4, to: 5, calls } });
}

async function upgradeV5toV6(tx: Transaction): Promise<void> {
  const calls = await tx.table<CallRecord, number>('calls').filter((c) => !!c.transcript?.length).modify((c) => {
    c.transcriptAt = c.startedAt;
  });
  await tx.table<AuditRecord, number>('audit').add({ at: Date.now(), kind: 'migration', detail: { from: 5, to: 6, calls } });
}

/** v6 → v7: an index dropped, nothing to rewrite; the audit says the upgrade happened. */
async function upgradeV6toV7(tx: Transaction): Promise<void> {
  const calls = await tx.table('calls').count();
  await tx.table<AuditRecord, number>('audit').add({ at: Date.now(), kind: 'migration', detail: { from: 6, to: 7, calls } });
}

export const db = new DaihouDB();

/** Run a write; whatever IndexedDB throws comes out as a DbWriteError (see errors.ts). While the
 *  database is blocked by an older page, the write is not even queued, so a retry cannot double it. */
export async function guardWrite<T>(database: DaihouDB, fn: () => Promise<T>): Promise<T> {
  if (database.blocked) throw new DbWriteError('blocked', 'open blocked by an older connection');
  const watch = database.watchBlocked();
  try {
    return await Promise.race([fn(), watch.promise]);
  } catch (e) {
    if (e instanceof RangeError) throw e; // our own input validation, not a storage failure
    throw toWriteError(e);
  } finally {
    watch.cancel();
  }
}

/** A read that must not hang while the database is blocked (the draft on panel load). */
export async function guardRead<T>(database: DaihouDB, fn: () => Promise<T>): Promise<T> {
  if (database.blocked) throw new DbWriteError('blocked', 'open blocked by an older connection');
  const watch = database.watchBlocked();
  try {
    return await Promise.race([fn(), watch.promise]);
  } finally {
    watch.cancel();
  }
}
