// A debtor's history for the panel: each call with its notes and promise, plus notes and
// promises recorded outside a call, newest first. Drafts are not history, nor are calls that are
// no attempt (discarded, or started and abandoned: see countsAsAttempt).
import Dexie from 'dexie';
import { countsAsAttempt } from './calls';
import { db, type DaihouDB } from './database';
import type { CallRecord, NoteRecord, PromiseRecord } from './schema';

export type TimelineItem =
  | { kind: 'call'; at: number; call: CallRecord; notes: NoteRecord[]; promises: PromiseRecord[] }
  | { kind: 'note'; at: number; note: NoteRecord }
  | { kind: 'promise'; at: number; promise: PromiseRecord };

export async function getTimeline(debtorKey: string, opts: { limit?: number } = {}, database: DaihouDB = db): Promise<TimelineItem[]> {
  const [calls, notes, promises] = await database.transaction('r', [database.calls, database.notes, database.promises], () =>
    Promise.all([
      database.calls.where('[debtorKey+startedAt]').between([debtorKey, Dexie.minKey], [debtorKey, Dexie.maxKey]).filter(countsAsAttempt).toArray(),
      database.notes.where('[debtorKey+draft]').equals([debtorKey, 0]).toArray(),
      database.promises.where('debtorKey').equals(debtorKey).toArray(),
    ]),
  );
  const byCall = new Map<number, Extract<TimelineItem, { kind: 'call' }>>();
  const items: TimelineItem[] = [];
  for (const call of calls) {
    const item = { kind: 'call' as const, at: call.startedAt, call, notes: [] as NoteRecord[], promises: [] as PromiseRecord[] };
    byCall.set(call.id!, item);
    items.push(item);
  }
  for (const note of notes) {
    if (note.draft === 1) continue;
    const owner = note.callId !== undefined ? byCall.get(note.callId) : undefined;
    if (owner) owner.notes.push(note);
    else items.push({ kind: 'note', at: note.createdAt, note });
  }
  for (const promise of promises) {
    const owner = promise.callId !== undefined ? byCall.get(promise.callId) : undefined;
    if (owner) owner.promises.push(promise);
    else items.push({ kind: 'promise', at: promise.createdAt, promise });
  }
  items.sort((a, b) => b.at - a.at);
  return opts.limit ? items.slice(0, opts.limit) : items;
}
