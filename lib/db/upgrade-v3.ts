// v2 → v3: no record stays keyed by a masked number alone. v2 keyed a debtor by the account
// number as shown, so two debtors whose cards mask alike ("6225 **** **** 8812") shared one
// record. Each such record is re-keyed by its identity (lib/extract/identity: an unmasked case
// number when its snapshot has one, else masked number + name): the calls, notes and promises
// under it move with it. v2 calls carry no name or case number, so history from before the
// upgrade cannot be told apart: the record is flagged `legacyMasked` and the panel says so.
// Calls that do carry who they were about (written from v3 on) follow their own debtor.
// Nothing is deleted; an audit row counts what moved.
import type { Transaction } from 'dexie';
import { debtorIdentity, isMasked } from '../extract/identity';
import type { DebtorContext } from '../extract/types';
import type { AuditRecord, CallRecord, DebtorRecord, NoteRecord, PromiseRecord } from './schema';

/** The id part of a v2 key (`origin|id`). */
function idOf(key: string): string {
  const at = key.indexOf('|');
  return at < 0 ? key : key.slice(at + 1);
}

/** The identity the record's own snapshot (with the agent's corrections) gives, as v3 keys it. */
function identityKey(d: DebtorRecord): string | null {
  const ctx: Pick<DebtorContext, 'origin' | 'fields'> = { origin: d.origin, fields: { ...d.snapshot.fields, ...d.corrections } };
  return debtorIdentity(ctx)?.key ?? null;
}

/** Retag every row of the moved records in one pass per table (not one query per record). */
async function moveRows(tx: Transaction, moves: Map<string, string>): Promise<number> {
  if (!moves.size) return 0;
  let moved = 0;
  const retag = (r: { debtorKey: string }) => {
    const to = moves.get(r.debtorKey);
    if (to === undefined) return;
    r.debtorKey = to;
    moved++;
  };
  await tx.table<CallRecord, number>('calls').toCollection().modify(retag);
  await tx.table<NoteRecord, number>('notes').toCollection().modify(retag);
  await tx.table<PromiseRecord, number>('promises').toCollection().modify(retag);
  return moved;
}

export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  const debtors = tx.table<DebtorRecord, string>('debtors');
  const masked = (await debtors.toArray()).filter((d) => isMasked(idOf(d.key)));
  let rekeyed = 0;
  let merged = 0;
  const moves = new Map<string, string>();
  for (const d of masked) {
    const to = identityKey(d);
    if (!to || to === d.key) {
      // Nothing better to key it by: it stays, flagged.
      await debtors.update(d.key, { legacyMasked: true });
      continue;
    }
    const existing = await debtors.get(to);
    const keep = existing && existing.updatedAt >= d.updatedAt ? existing : d;
    const next: DebtorRecord = {
      ...keep,
      key: to,
      corrections: { ...(existing?.corrections ?? {}), ...d.corrections },
      legacyMasked: true,
    };
    if (existing) merged++;
    else rekeyed++;
    await debtors.put(next);
    await debtors.delete(d.key);
    moves.set(d.key, to);
  }
  const rows = await moveRows(tx, moves);
  await tx.table<AuditRecord, number>('audit').add({
    at: Date.now(),
    kind: 'migration',
    detail: { from: 2, to: 3, maskedKeys: masked.length, rekeyed, merged, rowsMoved: rows },
  });
}
