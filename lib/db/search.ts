// Search across all notes and debtors (Chinese text, name, account as shown). Candidates come
// from the bigram index (rarest bigram first), then every candidate is checked against the text,
// so the index only has to be complete, never exact.
import type { Table } from 'dexie';
import { db, guardWrite, type DaihouDB } from './database';
import { debtorSearchTexts, gramsOf, matchesAll, queryGrams, tokensOf } from './grams';
import { INTERNAL_PREFIX } from './kv';
import type { DebtorRecord, NoteRecord } from './schema';

export interface NoteHit {
  note: NoteRecord;
  debtor?: Pick<DebtorRecord, 'key' | 'name' | 'accountId'>;
}

export interface SearchResult {
  debtors: DebtorRecord[];
  notes: NoteHit[];
  /** True while notes restored from a backup are still being indexed (results may be slower, not fewer). */
  indexing: boolean;
}

const MAX_GRAMS = 8;
const BATCH = 100;

/** Primary keys that may match every token, newest id first for notes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function candidateKeys<K extends string | number>(table: Table<any, K, any>, tokens: string[]): Promise<K[]> {
  let exact = [...new Set(tokens.flatMap((t) => queryGrams(t).exact))];
  if (!exact.length) {
    const prefix = queryGrams(tokens[0]!).prefix!;
    return [...new Set(await table.where('grams').startsWith(prefix).primaryKeys())];
  }
  if (exact.length > MAX_GRAMS) exact = exact.filter((_, i) => i % Math.ceil(exact.length / MAX_GRAMS) === 0);
  const counts = await Promise.all(exact.map((g) => table.where('grams').equals(g).count()));
  const order = exact.map((g, i) => ({ g, n: counts[i]! })).sort((a, b) => a.n - b.n);
  if (order[0]!.n === 0) return [];
  let keys = await table.where('grams').equals(order[0]!.g).primaryKeys();
  const second = order[1];
  if (keys.length > 2000 && second && second.n < 20 * keys.length) {
    const other = new Set(await table.where('grams').equals(second.g).primaryKeys());
    keys = keys.filter((k) => other.has(k));
  }
  return keys;
}

export const BACKFILL_KEY = `${INTERNAL_PREFIX}gram-backfill`;
interface Backfill {
  fromId: number;
  toId: number;
}

async function searchNotes(tokens: string[], limit: number, database: DaihouDB): Promise<{ notes: NoteRecord[]; indexing: boolean }> {
  const keys = (await candidateKeys<number>(database.notes as Table<NoteRecord, number>, tokens)).sort((a, b) => b - a);
  const found: NoteRecord[] = [];
  for (let i = 0; i < keys.length && found.length < limit; i += BATCH) {
    const batch = await database.notes.bulkGet(keys.slice(i, i + BATCH));
    for (const n of batch) if (n && n.draft === 0 && matchesAll(n.text, tokens) && found.length < limit) found.push(n);
  }
  // Notes restored from a backup and not yet indexed: checked one by one until the backfill ends.
  const backfill = (await database.settings.get(BACKFILL_KEY))?.value as Backfill | undefined;
  if (backfill) {
    const seen = new Set(found.map((n) => n.id));
    const more = await database.notes
      .where('id')
      .between(backfill.fromId, backfill.toId, true, true)
      .filter((n) => n.draft === 0 && !n.grams && matchesAll(n.text, tokens))
      .reverse()
      .limit(limit)
      .toArray();
    for (const n of more) if (!seen.has(n.id)) found.push(n);
    found.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    found.splice(limit);
  }
  return { notes: found, indexing: backfill !== undefined };
}

/** Search notes and debtors. Whitespace separates terms; all terms must occur. */
export async function search(query: string, opts: { limit?: number } = {}, database: DaihouDB = db): Promise<SearchResult> {
  const tokens = tokensOf(query);
  if (!tokens.length) return { debtors: [], notes: [], indexing: false };
  const limit = opts.limit ?? 50;
  const result = await database.transaction('r', [database.notes, database.debtors, database.settings], async () => {
    const [{ notes, indexing }, debtorKeys] = await Promise.all([searchNotes(tokens, limit, database), candidateKeys<string>(database.debtors as Table<DebtorRecord, string>, tokens)]);
    const cand = (await database.debtors.bulkGet(debtorKeys.slice(0, 2000))).filter((d): d is DebtorRecord => d !== undefined);
    const debtors = cand
      .filter((d) => matchesAll(debtorSearchTexts(d).join('\n'), tokens))
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, limit);
    const owners = await database.debtors.bulkGet([...new Set(notes.map((n) => n.debtorKey))]);
    const byKey = new Map(owners.filter((d): d is DebtorRecord => d !== undefined).map((d) => [d.key, d]));
    return {
      debtors,
      notes: notes.map((note) => {
        const d = byKey.get(note.debtorKey);
        return d ? { note, debtor: { key: d.key, name: d.name, accountId: d.accountId } } : { note };
      }),
      indexing,
    };
  });
  if (result.indexing) void indexPendingNotes(database).catch(() => {});
  return result;
}

const running = new WeakMap<DaihouDB, Promise<void>>();

/** Index notes restored from a backup, in small transactions so the panel stays responsive.
 *  Safe to call from several places: one run per database per page. */
export function indexPendingNotes(database: DaihouDB = db, chunk = 500): Promise<void> {
  const current = running.get(database);
  if (current) return current;
  const run = (async () => {
    for (;;) {
      const done = await guardWrite(database, () =>
        database.transaction('rw', database.notes, database.settings, async () => {
          const b = (await database.settings.get(BACKFILL_KEY))?.value as Backfill | undefined;
          if (!b) return true;
          const rows = await database.notes.where('id').between(b.fromId, b.toId, true, true).limit(chunk).toArray();
          const todo = rows.filter((n) => n.draft === 0 && !n.grams).map((n) => ({ ...n, grams: gramsOf(n.text) }));
          if (todo.length) await database.notes.bulkPut(todo);
          const last = rows.at(-1)?.id;
          if (last === undefined || last >= b.toId) {
            await database.settings.delete(BACKFILL_KEY);
            return true;
          }
          await database.settings.put({ key: BACKFILL_KEY, value: { fromId: last + 1, toId: b.toId } satisfies Backfill });
          return false;
        }),
      );
      if (done) return;
      await new Promise((r) => setTimeout(r, 0));
    }
  })().finally(() => running.delete(database));
  running.set(database, run);
  return run;
}
