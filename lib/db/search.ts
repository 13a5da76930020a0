// Search across all notes and debtors (Chinese text, name, account as shown). Candidates come
// from the bigram index, then every candidate is checked against the text, so the index only has
// to be complete, never exact. Notes are found newest first by intersecting the bigrams' posting
// lists page by page, so a common phrase stops after the first page and nothing is ever counted.
import type { Table } from 'dexie';
import { db, guardWrite, type DaihouDB } from './database';
import { debtorSearchTexts, gramsOf, matchesAll, queryGrams, tokensOf } from './grams';
import { INTERNAL_PREFIX } from './kv';
import type { CallRecord, DebtorRecord, NoteRecord } from './schema';

export interface NoteHit {
  note: NoteRecord;
  debtor?: Pick<DebtorRecord, 'key' | 'name' | 'accountId'>;
}

/** A call whose kept transcript (policy keepTranscript) says every term: the turn that matched first. */
export interface TranscriptHit {
  call: CallRecord;
  turn: NonNullable<CallRecord['transcript']>[number];
  debtor?: Pick<DebtorRecord, 'key' | 'name' | 'accountId'>;
}

export interface SearchResult {
  debtors: DebtorRecord[];
  notes: NoteHit[];
  /** Calls whose transcript text matches (only calls saved while keepTranscript was on have one). */
  transcripts?: TranscriptHit[];
  /** True while notes restored from a backup are still being indexed (results may be slower, not fewer). */
  indexing: boolean;
}

const MAX_GRAMS = 8;
const BATCH = 100;

/** Primary keys that may match every token (debtors, and one-character note queries). */
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

/** Newest-first primary keys of the notes holding one bigram, read a page at a time. */
class PostingList {
  private buf: number[] = [];
  private pos = 0;
  private offset = 0;
  private page = 256;
  done = false;

  constructor(
    private readonly table: Table<NoteRecord, number>,
    private readonly gram: string,
  ) {}

  /** The current key, loading the next page when needed; undefined when exhausted. */
  async head(): Promise<number | undefined> {
    if (this.pos < this.buf.length) return this.buf[this.pos];
    if (this.done) return undefined;
    const keys = await this.table.where('grams').equals(this.gram).reverse().offset(this.offset).limit(this.page).primaryKeys();
    this.offset += keys.length;
    if (keys.length < this.page) this.done = true;
    this.page = Math.min(this.page * 2, 16_384);
    this.buf = keys;
    this.pos = 0;
    return this.buf[0];
  }

  /** Skip keys above `target` (the list is descending); returns the new head. */
  async seek(target: number): Promise<number | undefined> {
    for (;;) {
      while (this.pos < this.buf.length && this.buf[this.pos]! > target) this.pos++;
      if (this.pos < this.buf.length || this.done) return this.buf[this.pos];
      await this.head();
    }
  }

  next(): void {
    this.pos++;
  }

  /** Id of the oldest note in the first page: the smaller, the rarer the bigram (no counting). */
  get spread(): number {
    return this.done ? -1 : (this.buf.at(-1) ?? -1);
  }
}

/** Note ids holding every bigram, newest first, produced lazily. */
async function* intersect(lists: PostingList[]): AsyncGenerator<number> {
  for (;;) {
    const heads = await Promise.all(lists.map((l) => l.head()));
    if (heads.some((h) => h === undefined)) return;
    let target = Math.min(...(heads as number[]));
    let agreed = false;
    while (!agreed) {
      agreed = true;
      for (const l of lists) {
        const h = await l.seek(target);
        if (h === undefined) return;
        if (h < target) {
          target = h;
          agreed = false;
        }
      }
    }
    yield target;
    for (const l of lists) l.next();
  }
}

async function noteCandidates(tokens: string[], database: DaihouDB): Promise<AsyncIterable<number> | number[]> {
  const grams = [...new Set(tokens.flatMap((t) => queryGrams(t).exact))];
  const table = database.notes as Table<NoteRecord, number>;
  if (!grams.length) return (await candidateKeys<number>(table, tokens)).sort((a, b) => b - a);
  const lists = grams.slice(0, 12).map((g) => new PostingList(table, g));
  await Promise.all(lists.map((l) => l.head()));
  // A complete short list decides alone; otherwise intersect the (estimated) rarest few.
  lists.sort((a, b) => (a.done === b.done ? a.spread - b.spread : a.done ? -1 : 1));
  return intersect(lists.slice(0, 4));
}

async function searchNotes(tokens: string[], limit: number, database: DaihouDB): Promise<{ notes: NoteRecord[]; indexing: boolean }> {
  const found: NoteRecord[] = [];
  let batch: number[] = [];
  const check = async () => {
    for (const n of await database.notes.bulkGet(batch)) if (n && n.draft === 0 && matchesAll(n.text, tokens) && found.length < limit) found.push(n);
    batch = [];
  };
  for await (const id of await noteCandidates(tokens, database)) {
    batch.push(id);
    if (batch.length >= Math.min(BATCH, limit)) await check();
    if (found.length >= limit) break;
  }
  if (batch.length && found.length < limit) await check();
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

/** How many calls with a kept transcript, newest first, are read (transcripts carry no word index). */
const TRANSCRIPT_SCAN = 20_000;

/** Calls whose transcript holds every term (across its turns), newest first. */
async function searchTranscripts(tokens: string[], limit: number, database: DaihouDB): Promise<{ call: CallRecord; turn: NonNullable<CallRecord['transcript']>[number] }[]> {
  const out: { call: CallRecord; turn: NonNullable<CallRecord['transcript']>[number] }[] = [];
  // Only the calls that kept one (the sparse v6 index): nothing is read when none did.
  await database.calls
    .where('transcriptAt')
    .above(0)
    .reverse()
    .limit(TRANSCRIPT_SCAN)
    .each((call) => {
      if (out.length >= limit || !call.transcript?.length) return;
      if (!matchesAll(call.transcript.map((t) => t.text).join('\n'), tokens)) return;
      const turn = call.transcript.find((t) => tokens.some((tok) => matchesAll(t.text, [tok]))) ?? call.transcript[0]!;
      out.push({ call, turn });
    });
  return out;
}

/**
 * Debtors whose name a test accepts (the data panel's pinyin search: "zw" → 张伟), most recently
 * updated first; the `scan` most recent records are looked at. The test is the caller's, so the
 * database needs no pinyin dictionary.
 */
export async function searchDebtorsByName(accept: (name: string) => boolean, opts: { limit?: number; scan?: number } = {}, database: DaihouDB = db): Promise<DebtorRecord[]> {
  const recent = await database.debtors.orderBy('updatedAt').reverse().limit(opts.scan ?? 20_000).toArray();
  return recent.filter((d) => d.name && accept(d.name)).slice(0, opts.limit ?? 50);
}

/** Search notes and debtors. Whitespace separates terms; all terms must occur. */
export async function search(query: string, opts: { limit?: number } = {}, database: DaihouDB = db): Promise<SearchResult> {
  const tokens = tokensOf(query);
  if (!tokens.length) return { debtors: [], notes: [], indexing: false };
  const limit = opts.limit ?? 50;
  // No surrounding transaction: the lazy posting-list walk awaits between reads, which would let
  // an IndexedDB transaction auto-commit under it. Each read is its own short transaction.
  const result = await (async () => {
    const [{ notes, indexing }, debtorKeys, heard] = await Promise.all([
      searchNotes(tokens, limit, database),
      candidateKeys<string>(database.debtors as Table<DebtorRecord, string>, tokens),
      searchTranscripts(tokens, limit, database),
    ]);
    const cand = (await database.debtors.bulkGet(debtorKeys.slice(0, 2000))).filter((d): d is DebtorRecord => d !== undefined);
    const debtors = cand
      .filter((d) => matchesAll(debtorSearchTexts(d).join('\n'), tokens))
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, limit);
    const owners = await database.debtors.bulkGet([...new Set([...notes.map((n) => n.debtorKey), ...heard.map((h) => h.call.debtorKey)])]);
    const byKey = new Map(owners.filter((d): d is DebtorRecord => d !== undefined).map((d) => [d.key, d]));
    const who = (key: string) => {
      const d = byKey.get(key);
      return d ? { debtor: { key: d.key, name: d.name, accountId: d.accountId } } : {};
    };
    return {
      debtors,
      notes: notes.map((note) => {
        const d = byKey.get(note.debtorKey);
        return d ? { note, debtor: { key: d.key, name: d.name, accountId: d.accountId } } : { note };
      }),
      transcripts: heard.map((h) => ({ ...h, ...who(h.call.debtorKey) })),
      indexing,
    };
  })();
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
