// Contact attempts: started when the agent dials, ended with an outcome. saveCallWithNote is the
// one transaction that makes a call permanent: call + final note + promise, draft cleared.
// countsAsAttempt is the one rule for which call records are attempts; every reader applies it.
import Dexie from 'dexie';
import type { DebtorContext } from '../extract/types';
import { addAudit } from './audit';
import { db, guardWrite, type DaihouDB } from './database';
import { effectiveFields, getDebtor, timeZoneOf, upsertDebtor } from './debtors';
import { finalNote, getDraft } from './notes';
import { checkInstalments, contactId, DEBTOR_CONTACT, instalmentDates, type InstalmentInput } from './contact-rules';
import { OUTCOME_CODES, type CallFinding, type CallRecord, type CallWho, type ContactRuleRecord, type DebtorRecord, type Outcome, type PromiseRecord, type TranscriptTurn } from './schema';
import { dayOf, dayRange, isISODay, isValidTimeZone } from '../time';

export interface StartCallOptions {
  startedAt?: number;
  /** Overrides the debtor's zone for the "calls by day" index. */
  timeZone?: string;
  scenarios?: string[];
  scriptsUsed?: string[];
  /** Who is called: 'debtor' (default) or a third-party contact id. */
  contact?: string;
}

export interface CallResult {
  outcome: Outcome;
  stageReached?: string;
  checklist?: Record<string, boolean>;
  scenarios?: string[];
  scriptsUsed?: string[];
  findings?: CallFinding[];
  /** Required when a blocking finding was overridden; written to the audit. */
  overrideReason?: string;
  /** The override was already written to the audit when it happened (logOverride): not again. */
  overrideAudited?: boolean;
  endedAt?: number;
  /** "催收要求已送达本人": the call's recording reference is required (民法典 Art. 195 evidence). */
  demandReached?: { recordingRef: string };
  /** The debtor acknowledged the debt on this call. */
  acknowledged?: boolean;
  /** The crisis protocol was shown on this call. */
  crisisProtocol?: { shownAt: number; dismissedAt?: number };
  /** The agent confirmed the call goes to a supervisor ('crisis'). */
  escalation?: { reason: string };
  /** Outcome `callback`: the agreed time (epoch ms) and the zone it was agreed in (the debtor's). */
  callback?: { at: number; timeZone: string };
  /** The call's words as heard (final turns, text only): given only when policy keeps transcripts. */
  transcript?: TranscriptTurn[];
}

export interface PromiseInput {
  amount: number;
  /** YYYY-MM-DD */
  dueDate: string;
  method: string;
  currency?: string;
  /** An extra reminder the day before (YYYY-MM-DD, before the due date). */
  remindOn?: string;
}

function checkResult(r: CallResult): void {
  if (!(OUTCOME_CODES as readonly string[]).includes(r.outcome)) throw new RangeError(`unknown outcome ${String(r.outcome)}`);
  if (r.demandReached && !r.demandReached.recordingRef.trim()) throw new RangeError('a demand that reached the debtor needs the call’s recording reference');
  if (r.callback) {
    if (r.outcome !== 'callback') throw new RangeError('a call-back time belongs to the outcome callback');
    if (!Number.isInteger(r.callback.at) || r.callback.at <= 0) throw new RangeError('the call-back time must be an instant');
    if (!isValidTimeZone(r.callback.timeZone)) throw new RangeError(`unknown time zone ${r.callback.timeZone}`);
  }
}

export function checkPromise(p: PromiseInput): void {
  if (!Number.isFinite(p.amount) || p.amount <= 0) throw new RangeError('promise amount must be a positive number');
  if (!isISODay(p.dueDate)) throw new RangeError('promise date must be YYYY-MM-DD');
  if (!p.method.trim()) throw new RangeError('promise method is required');
  if (p.remindOn !== undefined && !(isISODay(p.remindOn) && p.remindOn < p.dueDate)) throw new RangeError('a reminder day must be YYYY-MM-DD before the due date');
}

/** Name, account and case number as the debtor's record shows them now (masks kept). */
function whoOf(rec: DebtorRecord | undefined): CallWho | undefined {
  if (!rec) return undefined;
  const f = effectiveFields(rec);
  const who: CallWho = {};
  if (f.name) who.name = String(f.name.value);
  if (f.accountId) who.accountId = String(f.accountId.value);
  if (f.caseId) who.caseId = String(f.caseId.value);
  return Object.keys(who).length ? who : undefined;
}

async function newCall(debtorKey: string, opts: StartCallOptions, database: DaihouDB): Promise<CallRecord> {
  const startedAt = opts.startedAt ?? Date.now();
  const debtor = await getDebtor(debtorKey, database);
  const timeZone = opts.timeZone && isValidTimeZone(opts.timeZone) ? opts.timeZone : timeZoneOf(debtor);
  const who = whoOf(debtor);
  const contact = contactId(opts.contact);
  return {
    debtorKey,
    ...(who ? { who } : {}),
    ...(contact !== DEBTOR_CONTACT ? { contact } : {}),
    startedAt,
    day: dayOf(startedAt, timeZone),
    timeZone,
    scenarios: opts.scenarios ?? [],
    scriptsUsed: opts.scriptsUsed ?? [],
    checklist: {},
    findings: [],
    updatedAt: startedAt,
  };
}

/** Whether a call record is a contact attempt (frequency rules, history, export): it was ended
 *  (the agent hung up) or has an outcome, and was not discarded. A call started and then
 *  abandoned with neither, or discarded as started by mistake, never reached anyone. */
export function countsAsAttempt(call: Pick<CallRecord, 'outcome' | 'endedAt' | 'discardedAt'>): boolean {
  if (call.discardedAt !== undefined) return false;
  return call.outcome !== undefined || call.endedAt !== undefined;
}

/** The agent starts a contact attempt; returns the call id. */
export async function startCall(debtorKey: string, opts: StartCallOptions = {}, database: DaihouDB = db): Promise<number> {
  return guardWrite(database, async () => database.calls.add(await newCall(debtorKey, opts, database)) as Promise<number>);
}

/** Record what happened so far during a call (scenarios detected, scripts used, stage…). */
export async function updateCall(
  callId: number,
  patch: Partial<Pick<CallRecord, 'scenarios' | 'scriptsUsed' | 'stageReached' | 'checklist' | 'findings' | 'endedAt' | 'crisisProtocol'>>,
  database: DaihouDB = db,
): Promise<void> {
  await guardWrite(database, async () => {
    const n = await database.calls.update(callId, { ...patch, updatedAt: Date.now() });
    if (!n) throw new RangeError(`unknown call ${callId}`);
  });
}

/** The agent discards a call started by mistake: kept (auditable) with `discardedAt`, never an
 *  attempt. A call with an outcome is saved and cannot be discarded. Discarding twice is a no-op. */
export async function discardCall(callId: number, opts: { now?: number } = {}, database: DaihouDB = db): Promise<CallRecord> {
  return guardWrite(database, () =>
    database.transaction('rw', database.calls, async () => {
      const call = await database.calls.get(callId);
      if (!call) throw new RangeError(`unknown call ${callId}`);
      if (call.outcome !== undefined) throw new RangeError(`call ${callId} is saved with an outcome and cannot be discarded`);
      if (call.discardedAt !== undefined) return call;
      const now = opts.now ?? Date.now();
      const discarded: CallRecord = { ...call, discardedAt: now, updatedAt: now };
      await database.calls.put(discarded);
      return discarded;
    }),
  );
}

function applyResult(previous: CallRecord, r: CallResult, now: number): CallRecord {
  if (previous.discardedAt !== undefined) throw new RangeError(`call ${previous.id ?? ''} was discarded`);
  // A call-back time is this result's or none (a call saved again with another outcome drops it).
  const { callbackAt: _at, callbackZone: _zone, callbackRemindedAt: _reminded, ...call } = previous;
  return {
    ...call,
    // Hung up earlier (updateCall on "end call") → that is when it ended, not when it was saved.
    endedAt: r.endedAt ?? call.endedAt ?? now,
    outcome: r.outcome,
    ...(r.stageReached !== undefined ? { stageReached: r.stageReached } : {}),
    checklist: r.checklist ?? call.checklist,
    scenarios: r.scenarios ?? call.scenarios,
    scriptsUsed: r.scriptsUsed ?? call.scriptsUsed,
    findings: r.findings ?? call.findings,
    ...(r.overrideReason?.trim() ? { overrideReason: r.overrideReason.trim() } : {}),
    ...(r.demandReached?.recordingRef.trim() ? { demandReached: { recordingRef: r.demandReached.recordingRef.trim() } } : {}),
    ...(r.acknowledged ? { acknowledged: true as const } : {}),
    ...(r.crisisProtocol ? { crisisProtocol: { ...r.crisisProtocol } } : {}),
    ...(r.escalation?.reason.trim() ? { escalation: { reason: r.escalation.reason.trim() } } : {}),
    ...(r.callback ? { callbackAt: r.callback.at, callbackZone: r.callback.timeZone } : {}),
    ...(r.transcript?.length ? { transcript: r.transcript.map(({ speaker, text, at }) => ({ speaker, text, at })), transcriptAt: call.startedAt } : {}),
    updatedAt: now,
  };
}

async function auditOverride(call: CallRecord, database: DaihouDB, now: number, already = false): Promise<void> {
  if (!call.overrideReason || already) return;
  // What the agent said live is no rule the override went past.
  const rules = call.findings.filter((f) => !f.heardLive && (f.overridden || f.severity === 'block')).map((f) => f.ruleId);
  await addAudit('override', { callId: call.id ?? null, debtorKey: call.debtorKey, reason: call.overrideReason, rules }, database, now);
}

/** End a call with its outcome. */
export async function endCall(callId: number, result: CallResult, database: DaihouDB = db): Promise<CallRecord> {
  checkResult(result);
  return guardWrite(database, () =>
    database.transaction('rw', database.calls, database.audit, async () => {
      const call = await database.calls.get(callId);
      if (!call) throw new RangeError(`unknown call ${callId}`);
      const now = Date.now();
      const ended = applyResult(call, result, now);
      await database.calls.put(ended);
      await auditOverride(ended, database, now, result.overrideAudited);
      return ended;
    }),
  );
}

export interface SaveCallInput {
  debtorKey: string;
  /** From startCall; absent → the call is recorded now (started = ended). */
  callId?: number;
  result: CallResult;
  /** The final note; absent → the debtor's current draft becomes the note. Blank → no note. */
  note?: string;
  promise?: PromiseInput | null;
  /** Latest CRM snapshot, stored with the debtor (gives name, URL and zone to reminders). */
  debtor?: DebtorContext;
  /** Who was called, when the call is recorded here without startCall ('debtor' when absent). */
  contact?: string;
  /** The person called asked not to be called again (recorded for the call's contact). */
  stopContact?: boolean;
  /** The debtor consented to be called at this time of day (debtor calls only; logged). */
  consent?: { start: string; end: string };
  /** Outcome `instalment-agreed`: the signed plan, one promise per instalment. */
  instalments?: InstalmentInput | null;
  now?: number;
}

export interface SavedCall {
  callId: number;
  noteId?: number;
  promiseId?: number;
  /** Contact rules this call recorded (stop-contact, consent, instalment plan). */
  ruleIds?: number[];
}

const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;

/** The stop-contact request, consent and instalment plan a saved call records, with their audit rows. */
async function recordContactRules(input: SaveCallInput, call: CallRecord, currency: () => Promise<string>, database: DaihouDB, now: number): Promise<number[]> {
  const contact = call.contact ?? DEBTOR_CONTACT;
  const base = { debtorKey: input.debtorKey, contact, at: now, callId: call.id!, updatedAt: now };
  const ref = input.result.demandReached?.recordingRef.trim();
  const ids: number[] = [];
  const add = async (r: ContactRuleRecord) => {
    const id = (await database.contactRules.add(r)) as number;
    ids.push(id);
    return id;
  };
  if (input.stopContact) {
    const id = await add({ ...base, kind: 'stop-contact', ...(ref ? { ref } : {}) });
    await addAudit('stop-contact', { ruleId: id, callId: call.id!, debtorKey: input.debtorKey, contact }, database, now);
  }
  if (input.consent && contact === DEBTOR_CONTACT) {
    const id = await add({ ...base, kind: 'consent-hours', window: { start: input.consent.start, end: input.consent.end }, ...(ref ? { ref } : {}) });
    await addAudit('consent', { ruleId: id, callId: call.id!, debtorKey: input.debtorKey, start: input.consent.start, end: input.consent.end }, database, now);
  }
  if (input.instalments && input.result.outcome === 'instalment-agreed') {
    const p = input.instalments;
    const cur = await currency();
    const promiseIds: number[] = [];
    for (const dueDate of instalmentDates(p.firstDueDate, p.count)) {
      const rec: PromiseRecord = { debtorKey: input.debtorKey, callId: call.id!, amount: p.amount, currency: cur, dueDate, method: (p.method ?? '').trim() || '分期还款', status: 'pending', createdAt: now, updatedAt: now };
      promiseIds.push((await database.promises.add(rec)) as number);
    }
    const id = await add({ ...base, kind: 'instalment-plan', promiseIds });
    await addAudit('instalment-plan', { ruleId: id, callId: call.id!, debtorKey: input.debtorKey, count: p.count, amount: p.amount, first: p.firstDueDate }, database, now);
  }
  return ids;
}

/** Call + note + promise in one transaction, the debtor's draft cleared: all saved or nothing. */
export async function saveCallWithNote(input: SaveCallInput, database: DaihouDB = db): Promise<SavedCall> {
  checkResult(input.result);
  if (input.promise) checkPromise(input.promise);
  if (input.result.outcome === 'instalment-agreed') {
    if (!input.instalments) throw new RangeError('an instalment plan needs its instalments');
    checkInstalments(input.instalments);
  }
  if (input.consent && !(HHMM.test(input.consent.start) && HHMM.test(input.consent.end) && input.consent.start < input.consent.end)) {
    throw new RangeError('consent hours must be HH:MM–HH:MM, start before end');
  }
  const now = input.now ?? Date.now();
  return guardWrite(database, () =>
    database.transaction('rw', [database.calls, database.notes, database.promises, database.debtors, database.audit, database.contactRules], async () => {
      if (input.debtor) await upsertDebtor(input.debtor, { now, key: input.debtorKey }, database);
      const existing = input.callId !== undefined ? await database.calls.get(input.callId) : undefined;
      if (input.callId !== undefined && !existing) throw new RangeError(`unknown call ${input.callId}`);
      const base = existing ?? (await newCall(input.debtorKey, { startedAt: now, ...(input.contact ? { contact: input.contact } : {}) }, database));
      const call = applyResult(base, input.result, now);
      const callId = (await database.calls.put(call)) as number;
      call.id = callId;
      await auditOverride(call, database, now, input.result.overrideAudited);

      const draft = await getDraft(input.debtorKey, database);
      const text = input.note ?? draft?.text ?? '';
      let noteId: number | undefined;
      if (text.trim()) noteId = (await database.notes.add(finalNote(input.debtorKey, text, now, callId))) as number;
      if (draft?.id !== undefined) await database.notes.delete(draft.id);

      let promiseId: number | undefined;
      if (input.promise) {
        const debtor = await getDebtor(input.debtorKey, database);
        const currency = input.promise.currency ?? String(debtor?.snapshot.fields.currency?.value ?? 'CNY');
        const rec: PromiseRecord = {
          debtorKey: input.debtorKey,
          callId,
          amount: input.promise.amount,
          currency,
          dueDate: input.promise.dueDate,
          method: input.promise.method.trim(),
          ...(input.promise.remindOn ? { remindOn: input.promise.remindOn } : {}),
          status: 'pending',
          createdAt: now,
          updatedAt: now,
        };
        promiseId = (await database.promises.add(rec)) as number;
      }
      const currency = async () => String((await getDebtor(input.debtorKey, database))?.snapshot.fields.currency?.value ?? 'CNY');
      const ruleIds = await recordContactRules(input, call, currency, database, now);
      return {
        callId,
        ...(noteId !== undefined ? { noteId } : {}),
        ...(promiseId !== undefined ? { promiseId } : {}),
        ...(ruleIds.length ? { ruleIds } : {}),
      };
    }),
  );
}

/** Attempts on a debtor during one calendar day in a zone (for the daily frequency rule). */
export async function countAttemptsOn(debtorKey: string, day: string, timeZone: string, database: DaihouDB = db): Promise<number> {
  const [start, end] = dayRange(day, timeZone);
  return database.calls.where('[debtorKey+startedAt]').between([debtorKey, start], [debtorKey, end], true, false).filter(countsAsAttempt).count();
}

/** Attempts on a debtor since an instant, oldest first (for rolling-window rules). */
export async function attemptsSince(debtorKey: string, sinceMs: number, database: DaihouDB = db): Promise<CallRecord[]> {
  return database.calls.where('[debtorKey+startedAt]').between([debtorKey, sinceMs], [debtorKey, Dexie.maxKey], true, true).filter(countsAsAttempt).toArray();
}

/** All attempts recorded on a day (the debtor-local day of each call). */
export async function callsOnDay(day: string, database: DaihouDB = db): Promise<CallRecord[]> {
  return database.calls.where('day').equals(day).filter(countsAsAttempt).toArray();
}

/** How many calls ended with each outcome on a day. */
export async function outcomesOnDay(day: string, database: DaihouDB = db): Promise<Partial<Record<Outcome, number>>> {
  const out: Partial<Record<Outcome, number>> = {};
  for (const c of await callsOnDay(day, database)) if (c.outcome) out[c.outcome] = (out[c.outcome] ?? 0) + 1;
  return out;
}
