// The exporter: this agent's calls and promises of a period → one sealed roll-up file. It reads
// the database and keeps only an allow-list of facts per call (day, hour, bucket, contact kind,
// outcome, situation / script / rule ids, promise status and amount band) plus a keyed hash of
// the debtor key. Names, phone numbers, accounts, case numbers, amounts, notes and transcripts are
// never read into a fact, so they cannot reach the file.
import { countsAsAttempt } from '../db/calls';
import { db, type DaihouDB } from '../db/database';
import { effectiveFields } from '../db/debtors';
import type { CallRecord, DebtorRecord, PromiseRecord } from '../db/schema';
import { bucketFromDays } from '../domain/bucket';
import { BUCKETS } from '../domain/bucket';
import { dayOf, DEFAULT_TIME_ZONE, isISODay, localTime } from '../time';
import { daysBetween } from '../time';
import { buildRollup, sealRollup, type CallFact, type PromiseFact, type ScriptInfo } from './rollup-build';
import { AGENT_ID_PATTERN, amountBand, type RollupFile } from './rollup-format';
import { keyedHash, saltFingerprint, saltKey } from './rollup-hash';

export interface RollupExportOptions {
  agentId: string;
  from: string;
  to: string;
  /** The team salt the supervisor shares (setting / policy `analyticsTeamSalt`). */
  salt: string;
  /** Script id → its situation and pack (scriptInfoOf the active pack), or how to get it once the input is valid. */
  scriptInfo: ReadonlyMap<string, ScriptInfo> | (() => Promise<ReadonlyMap<string, ScriptInfo>>);
  now?: number;
  database?: DaihouDB;
}

export class RollupExportError extends Error {
  constructor(readonly code: 'agent-id' | 'period' | 'salt') {
    super(code);
  }
}

/** Script id → situation and pack, from merged packs and their sources (lib/packs/active). */
export function scriptInfoOf(
  pack: { scenarios: readonly { id: string; scripts: readonly { id: string; sourcePackId: string }[] }[]; stageScripts: readonly { id: string; sourcePackId: string }[] },
  packs: ReadonlyMap<string, { packId: string; version: string }>,
): Map<string, ScriptInfo> {
  const out = new Map<string, ScriptInfo>();
  const add = (situation: string, s: { id: string; sourcePackId: string }) => {
    const p = packs.get(s.sourcePackId);
    if (!out.has(s.id)) out.set(s.id, { situation, packId: s.sourcePackId, packVersion: p?.version ?? 'other' });
  };
  for (const sc of pack.scenarios) for (const s of sc.scripts) add(sc.id, s);
  for (const s of pack.stageScripts) add('', s);
  return out;
}

/** Bucket at the call: the days past due last read, less the days between the call and that reading. */
function bucketAt(debtor: DebtorRecord | undefined, callDay: string): number {
  if (!debtor) return -1;
  const dpd = Number(effectiveFields(debtor).daysPastDue?.value);
  if (!Number.isFinite(dpd)) return -1;
  const readOn = dayOf(debtor.snapshot.extractedAt || debtor.updatedAt, debtor.timeZone ?? DEFAULT_TIME_ZONE);
  return BUCKETS.indexOf(bucketFromDays(dpd - Math.max(0, daysBetween(callDay, readOn))));
}

/** The call's promise: its first-due promise record (one for a PTP, the first instalment of a plan). */
function firstDue(list: PromiseRecord[] | undefined): PromiseRecord | undefined {
  return list?.reduce((a, b) => (b.dueDate < a.dueDate ? b : a));
}

export async function exportRollup(opts: RollupExportOptions): Promise<RollupFile> {
  const database = opts.database ?? db;
  const agentId = opts.agentId.trim();
  if (!AGENT_ID_PATTERN.test(agentId)) throw new RollupExportError('agent-id');
  if (!isISODay(opts.from) || !isISODay(opts.to) || opts.from > opts.to) throw new RollupExportError('period');
  if (!opts.salt.trim()) throw new RollupExportError('salt');
  const key = await saltKey(opts.salt);
  const scriptInfo = typeof opts.scriptInfo === 'function' ? await opts.scriptInfo() : opts.scriptInfo;

  const calls: CallRecord[] = await database.calls
    .where('day')
    .between(opts.from, opts.to, true, true)
    .filter((c) => countsAsAttempt(c) && c.outcome !== undefined)
    .toArray();
  const callIds = calls.map((c) => c.id!).filter((x) => x !== undefined);
  const [debtorList, linked, loose] = await Promise.all([
    database.debtors.bulkGet([...new Set(calls.map((c) => c.debtorKey))]),
    callIds.length ? database.promises.where('callId').anyOf(callIds).toArray() : Promise.resolve([] as PromiseRecord[]),
    database.promises.filter((p) => p.callId === undefined).toArray(),
  ]);
  const debtors = new Map(debtorList.filter((d): d is DebtorRecord => !!d).map((d) => [d.key, d]));
  const byCall = new Map<number, PromiseRecord[]>();
  for (const p of linked) byCall.set(p.callId!, [...(byCall.get(p.callId!) ?? []), p]);

  const hashes = new Map<string, string>();
  const hashOf = async (debtorKey: string) => {
    let h = hashes.get(debtorKey);
    if (h === undefined) hashes.set(debtorKey, (h = await keyedHash(key, debtorKey)));
    return h;
  };

  const callFacts: CallFact[] = [];
  const promiseFacts: PromiseFact[] = [];
  for (const c of calls) {
    const bucket = bucketAt(debtors.get(c.debtorKey), c.day);
    const debtorHash = await hashOf(c.debtorKey);
    const promise = firstDue(byCall.get(c.id!));
    callFacts.push({
      day: c.day,
      hour: localTime(c.startedAt, c.timeZone).hour % 24,
      bucket,
      contact: c.contact === undefined || c.contact === 'debtor' ? 'debtor' : 'third-party',
      outcome: c.outcome!,
      situations: c.scenarios,
      scripts: c.scriptsUsed,
      findings: c.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, overridden: f.overridden === true })),
      debtorHash,
      ...(promise ? { promise: promise.status } : {}),
    });
    for (const p of byCall.get(c.id!) ?? []) promiseFacts.push({ day: c.day, bucket, band: amountBand(p.amount), status: p.status, debtorHash });
  }
  for (const p of loose) {
    const day = dayOf(p.createdAt, debtors.get(p.debtorKey)?.timeZone ?? DEFAULT_TIME_ZONE);
    if (day < opts.from || day > opts.to) continue;
    promiseFacts.push({ day, bucket: bucketAt(await database.debtors.get(p.debtorKey), day), band: amountBand(p.amount), status: p.status, debtorHash: await hashOf(p.debtorKey) });
  }

  const body = buildRollup({
    agentId,
    period: { from: opts.from, to: opts.to },
    createdAt: opts.now ?? Date.now(),
    saltFingerprint: await saltFingerprint(key),
    calls: callFacts,
    promises: promiseFacts,
    scriptInfo,
  });
  return sealRollup(body);
}

/** File name: no personal data, the agent's chosen id and the period. */
export function rollupFileName(f: Pick<RollupFile, 'agentId' | 'period'>): string {
  return `daihou-rollup-${f.agentId}-${f.period.from}_${f.period.to}.json`;
}
