// The audit trail: retention purges, restores, wipes, compliance overrides, migrations.
// Append-only from the product's side; only a restore replaces it (and logs that it did).
import { db, guardWrite, type DaihouDB } from './database';
import type { AuditKind, AuditRecord } from './schema';

/** Append an entry. Inside a transaction that includes `audit`, it joins that transaction. */
export async function addAudit(kind: AuditKind, detail: Record<string, unknown>, database: DaihouDB = db, at = Date.now()): Promise<number> {
  return guardWrite(database, () => database.audit.add({ at, kind, detail }) as Promise<number>);
}

/** Newest first. */
export async function listAudit(opts: { kind?: AuditKind; limit?: number } = {}, database: DaihouDB = db): Promise<AuditRecord[]> {
  const limit = opts.limit ?? 200;
  if (opts.kind) return (await database.audit.where('kind').equals(opts.kind).reverse().sortBy('at')).slice(0, limit);
  return database.audit.orderBy('at').reverse().limit(limit).toArray();
}
