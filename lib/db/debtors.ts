// Debtors: the latest CRM snapshot, the agent's manual corrections (they win), time zone and URL.
import { debtorIdentity } from '../extract/identity';
import type { DebtorContext, DebtorFields } from '../extract/types';
import { db, guardWrite, type DaihouDB } from './database';
import { debtorGramsOf } from './grams';
import type { DebtorRecord } from './schema';
import { resolveDebtorTimeZones } from '../time/debtor-zones';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../time';

/** Fields as the agent sees them: the page snapshot with the manual corrections laid over it. */
export function effectiveFields(d: Pick<DebtorRecord, 'snapshot' | 'corrections'>): DebtorFields {
  return { ...d.snapshot.fields, ...d.corrections };
}

/** The debtor's zone: explicit, else from the region shown, else Asia/Shanghai. */
export function timeZoneOf(d: Pick<DebtorRecord, 'snapshot' | 'corrections' | 'timeZone'> | undefined): string {
  if (!d) return DEFAULT_TIME_ZONE;
  const f = effectiveFields(d);
  // The same resolution as the compliance guard's: explicit zone, then the region, then the phone.
  return resolveDebtorTimeZones({ timeZone: d.timeZone, region: f.region?.raw, phone: f.phone?.raw }, DEFAULT_TIME_ZONE).primary;
}

function derive(rec: Omit<DebtorRecord, 'name' | 'accountId' | 'grams'> & Partial<DebtorRecord>): DebtorRecord {
  const f = effectiveFields(rec);
  const name = String(f.name?.value ?? f.name?.raw ?? rec.name ?? '');
  const accountId = String(f.accountId?.raw ?? f.caseId?.raw ?? rec.accountId ?? '');
  const out: DebtorRecord = { ...rec, name, accountId };
  out.grams = debtorGramsOf(out);
  return out;
}

/**
 * Store the latest snapshot of a debtor seen on a CRM page; keeps corrections and time zone.
 * `key` is the record the panel resolved (a weak identity confirmed or split by the agent);
 * without it, the page's own identity.
 */
export async function upsertDebtor(
  ctx: DebtorContext,
  opts: { timeZone?: string; now?: number; key?: string } = {},
  database: DaihouDB = db,
): Promise<DebtorRecord> {
  const key = opts.key ?? debtorIdentity(ctx)?.key ?? null;
  if (key === null) throw new RangeError('debtor context names nobody with certainty');
  return guardWrite(database, () =>
    database.transaction('rw', database.debtors, async () => {
      const old = await database.debtors.get(key);
      const rec = derive({
        key,
        origin: ctx.origin,
        // What identifies and describes the debtor, nothing more (the page kind and the CRM's own
        // history are read fresh from the page each time and never stored).
        snapshot: { url: ctx.url, origin: ctx.origin, fields: ctx.fields, extractedAt: ctx.extractedAt },
        corrections: old?.corrections ?? {},
        url: ctx.url,
        updatedAt: opts.now ?? Date.now(),
        ...(old?.legacyMasked ? { legacyMasked: true as const } : {}),
        ...(opts.timeZone ?? old?.timeZone ? { timeZone: opts.timeZone ?? old?.timeZone } : {}),
      });
      await database.debtors.put(rec);
      return rec;
    }),
  );
}

export async function getDebtor(key: string, database: DaihouDB = db): Promise<DebtorRecord | undefined> {
  return database.debtors.get(key);
}

/** Merge manual corrections (a field set to undefined is un-corrected). */
export async function correctDebtor(key: string, corrections: DebtorFields, database: DaihouDB = db): Promise<DebtorRecord> {
  return guardWrite(database, () =>
    database.transaction('rw', database.debtors, async () => {
      const old = await database.debtors.get(key);
      if (!old) throw new RangeError(`unknown debtor ${key}`);
      const merged: DebtorFields = { ...old.corrections };
      for (const [k, v] of Object.entries(corrections) as [keyof DebtorFields, DebtorFields[keyof DebtorFields]][]) {
        if (v === undefined) delete merged[k];
        else merged[k] = { ...v, corrected: true };
      }
      const rec = derive({ ...old, corrections: merged, updatedAt: Date.now() });
      await database.debtors.put(rec);
      return rec;
    }),
  );
}

export async function setDebtorTimeZone(key: string, timeZone: string, database: DaihouDB = db): Promise<void> {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  await guardWrite(database, async () => {
    const n = await database.debtors.update(key, { timeZone, updatedAt: Date.now() });
    if (!n) throw new RangeError(`unknown debtor ${key}`);
  });
}

/**
 * Records a weak identity may be (its own key and the agent's splits `key#2`…), newest first:
 * the panel shows them and asks "是否为同一客户？" before linking to one.
 */
export async function recordsForWeakKey(weakKey: string, database: DaihouDB = db): Promise<DebtorRecord[]> {
  const recs = await database.debtors.where('key').between(weakKey, weakKey + '#\uffff', true, true).toArray();
  return recs.filter((r) => r.key === weakKey || /^#\d+$/.test(r.key.slice(weakKey.length))).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The key for a new record when the agent says the page shows someone else: `weakKey#2`, `#3`… */
export async function newSplitKey(weakKey: string, database: DaihouDB = db): Promise<string> {
  const taken = new Set((await recordsForWeakKey(weakKey, database)).map((r) => r.key));
  if (!taken.has(weakKey)) return weakKey;
  for (let n = 2; ; n++) if (!taken.has(`${weakKey}#${n}`)) return `${weakKey}#${n}`;
}

