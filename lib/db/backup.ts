// Backup of the whole database as one JSON file, and an all-or-nothing restore: the file is
// parsed, checksummed and validated record by record before one transaction replaces everything.
// A bad or foreign file changes nothing and the error says exactly why.
import { addAudit } from './audit';
import Dexie from 'dexie';
import { db, guardWrite, SCHEMA_VERSION, type DaihouDB } from './database';
import { DbWriteError } from './errors';
import { upgradeV2toV3 } from './upgrade-v3';
import { debtorGramsOf } from './grams';
import { INTERNAL_PREFIX } from './kv';
import { BACKFILL_KEY, indexPendingNotes } from './search';
import { TABLE_NAMES, type AuditRecord, type CallRecord, type ContactRuleRecord, type DebtorRecord, type NoteRecord, type PromiseRecord, type SettingRecord, type TableName } from './schema';
import { recordProblem } from './validate';
import { formatMessage } from '../i18n/format';
import { sha256Hex } from '../hash';
import type { Locale, Localized } from '../i18n/locale';

export const BACKUP_FORMAT = 'daihou-assist-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupData {
  debtors: DebtorRecord[];
  calls: CallRecord[];
  notes: NoteRecord[];
  promises: PromiseRecord[];
  settings: SettingRecord[];
  audit: AuditRecord[];
  /** v4 on; a backup of an older schema has none. */
  contactRules: ContactRuleRecord[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  createdAt: number;
  counts: Record<TableName, number>;
  /** "sha256-<hex>" of JSON.stringify(data). */
  checksum: string;
  data: BackupData;
}

export type RestoreFailure = 'not-json' | 'foreign' | 'newer-version' | 'checksum' | 'invalid' | 'duplicate' | 'dangling';

const REASONS: Record<RestoreFailure, Localized> = {
  'not-json': { 'zh-CN': '文件不是有效的 JSON（可能已损坏或不完整）', 'zh-TW': '檔案不是有效的 JSON（可能已損壞或不完整）', en: 'the file is not valid JSON (damaged or incomplete)' },
  foreign: { 'zh-CN': '这不是贷后助手的备份文件', 'zh-TW': '這不是貸後助手的備份檔案', en: 'this is not a Daihou Assist backup file' },
  'newer-version': { 'zh-CN': '备份来自更新版本的贷后助手，请先升级扩展', 'zh-TW': '備份來自較新版本的貸後助手，請先升級擴充功能', en: 'the backup comes from a newer version of Daihou Assist; update the extension first' },
  checksum: { 'zh-CN': '校验和不符：文件在备份后被修改过或已损坏', 'zh-TW': '校驗和不符：檔案在備份後被修改過或已損壞', en: 'checksum mismatch: the file was changed after the backup or is damaged' },
  invalid: { 'zh-CN': '备份中有不合格的记录', 'zh-TW': '備份中有不合格的記錄', en: 'the backup holds an invalid record' },
  duplicate: { 'zh-CN': '备份中有重复的记录编号', 'zh-TW': '備份中有重複的記錄編號', en: 'the backup holds a duplicate record id' },
  dangling: { 'zh-CN': '备份中有记录引用了不存在的通话', 'zh-TW': '備份中有記錄引用了不存在的通話', en: 'a record in the backup refers to a call that is not in it' },
};

/** Why a restore was refused. Nothing in the database was changed. */
export class RestoreError extends Error {
  override readonly name = 'RestoreError';
  constructor(
    readonly reason: RestoreFailure,
    /** Where exactly (e.g. "notes[12].createdAt: expected number"). */
    readonly detail = '',
  ) {
    super(refusal(reason, detail, 'zh-CN'));
  }

  messageIn(locale: Locale): string {
    return refusal(this.reason, this.detail, locale);
  }
}

const REFUSED: Localized = {
  'zh-CN': '恢复失败，数据库未作任何更改：{why}{hasDetail, select, yes {（{detail}）} other {}}',
  'zh-TW': '恢復失敗，資料庫未作任何更改：{why}{hasDetail, select, yes {（{detail}）} other {}}',
  en: 'Restore refused, nothing was changed: {why}{hasDetail, select, yes { ({detail})} other {}}.',
};

const refusal = (reason: RestoreFailure, detail: string, locale: Locale) =>
  formatMessage(REFUSED[locale], locale, { why: REASONS[reason][locale], detail, hasDetail: detail ? 'yes' : 'no' });

async function sha256(text: string): Promise<string> {
  return `sha256-${await sha256Hex(text)}`;
}

function stripGrams<T extends { grams?: string[] }>(rows: T[]): T[] {
  return rows.map((r) => {
    if (!('grams' in r)) return r;
    const { grams: _derived, ...rest } = r;
    return rest as T;
  });
}

/** Every table as stored (search index included): what tests compare. */
export async function dumpDatabase(database: DaihouDB = db): Promise<BackupData> {
  return database.transaction('r', TABLE_NAMES.map((t) => database.table(t)), async () => ({
    debtors: await database.debtors.toArray(),
    calls: await database.calls.toArray(),
    notes: await database.notes.toArray(),
    promises: await database.promises.toArray(),
    settings: await database.settings.toArray(),
    audit: await database.audit.toArray(),
    contactRules: await database.contactRules.toArray(),
  }));
}

/** The whole database as one file's text (JSON, UTF-8). */
export async function createBackup(database: DaihouDB = db, now = Date.now()): Promise<{ text: string; filename: string; counts: Record<TableName, number> }> {
  const all = await dumpDatabase(database);
  const data: BackupData = {
    debtors: stripGrams(all.debtors),
    calls: all.calls,
    notes: stripGrams(all.notes),
    promises: all.promises,
    settings: all.settings.filter((s) => !s.key.startsWith(INTERNAL_PREFIX)),
    audit: all.audit,
    contactRules: all.contactRules,
  };
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, data[t].length])) as Record<TableName, number>;
  const dataJson = JSON.stringify(data);
  const head = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: SCHEMA_VERSION, createdAt: now, counts, checksum: await sha256(dataJson) };
  const text = `${JSON.stringify(head).slice(0, -1)},"data":${dataJson}}`;
  await addAudit('backup', { counts }, database, now).catch(() => {}); // a log line must not fail the backup
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return { text, filename: `daihou-backup-${stamp}.json`, counts };
}

/**
 * The checksum is over JSON.stringify(data). createBackup writes `data` last, so its JSON is the
 * file's tail as written: hashing that slice spares re-serializing a 100,000-record backup. A file
 * written another way (keys reordered, pretty-printed) is checked by re-serializing.
 */
async function checksumMatches(text: string, data: unknown, checksum: string): Promise<boolean> {
  const at = text.indexOf(DATA_KEY);
  const end = text.trimEnd().length - 1;
  if (at > 0 && text[end] === '}' && (await sha256(text.slice(at + DATA_KEY.length, end))) === checksum) return true;
  return (await sha256(JSON.stringify(data))) === checksum;
}
const DATA_KEY = '"data":';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check a backup file completely without touching the database. Throws RestoreError. */
export async function validateBackup(text: string): Promise<BackupFile> {
  return checkBackupFile(text, TABLE_NAMES);
}

/** The tables that hold nearly all records: a restore checks their records while IndexedDB writes
 *  them (the transaction is aborted on a bad one), everything else before writing anything. */
const BULK_TABLES = ['calls', 'notes'] as const satisfies readonly TableName[];
const CHECKED_FIRST = TABLE_NAMES.filter((t) => !(BULK_TABLES as readonly string[]).includes(t));

/** Every record of these tables against its schema. Throws RestoreError('invalid'). */
function checkRecords(data: BackupData, tables: readonly TableName[]): void {
  for (const t of tables) {
    const rows = data[t] as unknown[];
    for (let i = 0; i < rows.length; i++) {
      const problem = recordProblem(t, i, rows[i]);
      if (problem) throw new RestoreError('invalid', problem);
    }
  }
}

/** All of a backup file but the records of the tables not in `recordsOf`: format, version,
 *  checksum, counts, the other tables' records, unique keys, one draft per debtor, references. */
async function checkBackupFile(text: string, recordsOf: readonly TableName[]): Promise<BackupFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new RestoreError('not-json', e instanceof Error ? e.message : '');
  }
  if (!isObject(parsed) || parsed['format'] !== BACKUP_FORMAT) throw new RestoreError('foreign', isObject(parsed) ? `format = ${JSON.stringify(parsed['format'] ?? null)}` : '');
  const schemaVersion = parsed['schemaVersion'];
  const formatVersion = parsed['formatVersion'];
  if (typeof schemaVersion !== 'number' || typeof formatVersion !== 'number') throw new RestoreError('invalid', 'schemaVersion / formatVersion');
  if (schemaVersion > SCHEMA_VERSION || formatVersion > BACKUP_FORMAT_VERSION) throw new RestoreError('newer-version', `schema ${schemaVersion} > ${SCHEMA_VERSION}`);
  // v2 backups restore too: their records are re-keyed as the v2→v3 upgrade does (same shapes).
  if (schemaVersion < 2) throw new RestoreError('invalid', `schema ${schemaVersion} is not supported`);
  const data = parsed['data'];
  if (!isObject(data)) throw new RestoreError('invalid', 'data');
  if (typeof parsed['checksum'] !== 'string' || !(await checksumMatches(text, data, parsed['checksum']))) throw new RestoreError('checksum');
  const counts = isObject(parsed['counts']) ? parsed['counts'] : {};
  // Tables that came later than the backup's schema are absent from it: empty, not missing.
  if (schemaVersion < 4 && data['contactRules'] === undefined && counts['contactRules'] === undefined) {
    data['contactRules'] = [];
    counts['contactRules'] = 0;
  }
  for (const t of TABLE_NAMES) {
    const rows = data[t];
    if (!Array.isArray(rows)) throw new RestoreError('invalid', `${t}: missing`);
    if (counts[t] !== rows.length) throw new RestoreError('invalid', `${t}: ${rows.length} records, header says ${String(counts[t])}`);
    // Records checked later (while they are written) are at least objects: the checks below read their keys.
    if (!recordsOf.includes(t))
      rows.forEach((r, i) => {
        if (!isObject(r)) throw new RestoreError('invalid', `${t}[${i}]: expected object`);
      });
  }
  for (const extra of Object.keys(data)) if (!(TABLE_NAMES as readonly string[]).includes(extra)) throw new RestoreError('invalid', `unknown table ${extra}`);
  checkRecords(data as unknown as BackupData, recordsOf);
  const d = data as unknown as BackupData;
  const unique = (t: TableName, keyOf: (r: never) => unknown) => {
    const seen = new Set<unknown>();
    (d[t] as never[]).forEach((r, i) => {
      const k = keyOf(r);
      if (seen.has(k)) throw new RestoreError('duplicate', `${t}[${i}] = ${String(k)}`);
      seen.add(k);
    });
  };
  unique('debtors', (r: DebtorRecord) => r.key);
  unique('calls', (r: CallRecord) => r.id);
  unique('notes', (r: NoteRecord) => r.id);
  unique('promises', (r: PromiseRecord) => r.id);
  unique('settings', (r: SettingRecord) => r.key);
  unique('audit', (r: AuditRecord) => r.id);
  unique('contactRules', (r: ContactRuleRecord) => r.id);
  d.settings.forEach((s, i) => {
    if (s.key.startsWith(INTERNAL_PREFIX)) throw new RestoreError('invalid', `settings[${i}].key: ${s.key}`);
  });
  const drafts = new Set<string>();
  d.notes.forEach((n, i) => {
    if (n.draft !== 1) return;
    if (drafts.has(n.debtorKey)) throw new RestoreError('duplicate', `notes[${i}]: second draft of ${n.debtorKey}`);
    drafts.add(n.debtorKey);
  });
  const callIds = new Set(d.calls.map((c) => c.id));
  for (const t of ['notes', 'promises', 'contactRules'] as const)
    (d[t] as (NoteRecord | PromiseRecord | ContactRuleRecord)[]).forEach((r, i) => {
      if (r.callId !== undefined && !callIds.has(r.callId)) throw new RestoreError('dangling', `${t}[${i}].callId = ${r.callId}`);
    });
  return parsed as unknown as BackupFile;
}

export interface RestoreReport {
  counts: Record<TableName, number>;
  createdAt: number;
}

/** A call carries `transcriptAt` exactly when it keeps a transcript (older backups have none; a
 *  file's own value is not trusted). The same record when it already does. */
function transcriptIndexed(c: CallRecord): CallRecord {
  const has = !!c.transcript?.length;
  if (has === (c.transcriptAt !== undefined) && (!has || c.transcriptAt === c.startedAt)) return c;
  const { transcriptAt: _t, ...rest } = c;
  return has ? { ...rest, transcriptAt: c.startedAt } : rest;
}

/** Replace the whole database with a backup, or change nothing. Validation problems throw
 *  RestoreError; a failed write throws DbWriteError (the transaction is rolled back). */
export async function restoreBackup(text: string, database: DaihouDB = db, now = Date.now()): Promise<RestoreReport> {
  const file = await checkBackupFile(text, CHECKED_FIRST);
  const { data } = file;
  const debtors = data.debtors.map((d) => ({ ...d, grams: debtorGramsOf(d) }));
  let minId = Infinity;
  let maxId = -Infinity;
  for (const n of data.notes) {
    minId = Math.min(minId, n.id!);
    maxId = Math.max(maxId, n.id!);
  }
  const restore = guardWrite(database, () =>
    database.transaction('rw', TABLE_NAMES.map((t) => database.table(t)), async () => {
      await Promise.all([
        database.debtors.clear(),
        database.calls.clear(),
        database.notes.clear(),
        database.promises.clear(),
        database.audit.clear(),
        database.contactRules.clear(),
        database.settings.filter((s) => !s.key.startsWith(INTERNAL_PREFIX)).delete(),
      ]);
      await database.settings.delete(BACKFILL_KEY);
      await database.debtors.bulkAdd(debtors);
      // The writes are queued first; the calls' and notes' records are checked while IndexedDB
      // writes them (a bad one throws here, which aborts the transaction: nothing is changed).
      // Notes go in without their search index (building it here would triple the restore time);
      // indexPendingNotes fills it in afterwards and search checks unindexed notes meanwhile.
      const bulk = [database.calls.bulkAdd(data.calls.map(transcriptIndexed)), database.notes.bulkAdd(data.notes)];
      for (const w of bulk) w.catch(() => {}); // their failure is the transaction's, reported below
      checkRecords(data, BULK_TABLES);
      await Promise.all(bulk);
      await database.promises.bulkAdd(data.promises);
      await database.settings.bulkAdd(data.settings);
      await database.audit.bulkAdd(data.audit);
      await database.contactRules.bulkAdd(data.contactRules);
      if (data.notes.length) await database.settings.put({ key: BACKFILL_KEY, value: { fromId: minId, toId: maxId } });
      if (file.schemaVersion < 3) await upgradeV2toV3(Dexie.currentTransaction!);
      await database.audit.add({ at: now, kind: 'restore', detail: { counts: file.counts, backupCreatedAt: file.createdAt } });
    }),
  );
  // guardWrite reports a failed transaction as a DbWriteError; a refused record is the file's fault.
  await restore.catch((e: unknown) => {
    throw e instanceof DbWriteError && e.cause instanceof RestoreError ? e.cause : e;
  });
  void indexPendingNotes(database).catch(() => {}); // resumed by the next search or maintenance run if the page closes
  return { counts: file.counts, createdAt: file.createdAt };
}

/** Empty every table (the audit keeps one line saying so). */
export async function wipeDatabase(database: DaihouDB = db, now = Date.now()): Promise<void> {
  await guardWrite(database, () =>
    database.transaction('rw', TABLE_NAMES.map((t) => database.table(t)), async () => {
      await Promise.all(TABLE_NAMES.map((t) => database.table(t).clear()));
      await database.audit.add({ at: now, kind: 'wipe', detail: {} });
    }),
  );
}
