// From allow-listed call and promise facts to the roll-up's cubes. Pure: the exporter
// (rollup-export.ts) reads the database into facts, the generator (rollup-generate.ts) makes them
// up for tests and the bench. A fact has no field that could hold a name, a number or text: only
// ids checked against ID_PATTERN (anything else becomes `other`), small integers and hashes.
import { REACHED_DEBTOR, type OutcomeCode } from '../call/outcomes';
import { DOMAIN_SCENARIO_IDS } from '../packs/domain-ids';
import { OUTCOME_CODES, PROMISE_STATUSES, type PromiseStatus } from '../db/schema';
import { CUBES, dayNumber, ID_PATTERN, ROLLUP_FORMAT, ROLLUP_FORMAT_VERSION, SEVERITIES, VERSION_PATTERN, type CubeName, type PackRef, type RollupBody, type RollupFile, type ScriptRef } from './rollup-format';
import { rollupChecksum } from './rollup-hash';
import { decodeInts, encodeInts } from './rollup-codec';

export interface CallFact {
  /** The call's local day (YYYY-MM-DD, the debtor's zone) and local hour 0–23. */
  day: string;
  hour: number;
  /** Index into BUCKETS, -1 unknown. */
  bucket: number;
  /** Whom the agent called. */
  contact: 'debtor' | 'third-party';
  outcome: OutcomeCode;
  /** Situation (scenario) ids met, first = the one the call is filed under. */
  situations: readonly string[];
  scripts: readonly string[];
  findings: readonly { ruleId: string; severity: (typeof SEVERITIES)[number]; overridden: boolean }[];
  debtorHash: string;
  /** The call's promise (its first-due promise record) and its status at export. */
  promise?: PromiseStatus;
}

export interface PromiseFact {
  /** Day the promise was made (the call's day). */
  day: string;
  bucket: number;
  band: number;
  status: PromiseStatus;
  debtorHash: string;
}

export interface ScriptInfo {
  situation: string;
  packId: string;
  packVersion: string;
}

export interface BuildInput {
  agentId: string;
  period: { from: string; to: string };
  createdAt: number;
  saltFingerprint: string;
  calls: readonly CallFact[];
  promises: readonly PromiseFact[];
  /** Where each script id comes from (the active packs at export). */
  scriptInfo: ReadonlyMap<string, ScriptInfo>;
}

/** A right-party contact: the debtor (not a third party) was called and reached (REACHED_DEBTOR). */
export function isRightParty(contact: string, outcome: string): boolean {
  return contact === 'debtor' && REACHED_DEBTOR.has(outcome as OutcomeCode);
}

/** An id as the file may carry it: the id pattern and no run of 5+ digits (a phone, an account). */
const safeId = (s: string) => (ID_PATTERN.test(s) && !/\d{5}/.test(s) ? s : 'other');
const safeVersion = (s: string) => (VERSION_PATTERN.test(s) && !/\d{5}/.test(s) ? s : 'other');

class Dict<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  at(key: string, make: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.push(make()) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

class Cube {
  private readonly rows = new Map<string, number[]>();
  constructor(private readonly keys: number) {}
  add(key: number[], measures: number[]): void {
    const k = key.join(',');
    const row = this.rows.get(k);
    if (row) for (let i = 0; i < measures.length; i++) row[this.keys + i]! += measures[i]!;
    else this.rows.set(k, [...key, ...measures]);
  }
  encoded(): string {
    const out: number[] = [];
    for (const r of this.rows.values()) for (const v of r) out.push(v);
    return encodeInts(out);
  }
}

export function buildRollup(input: BuildInput): RollupBody {
  const situations = new Dict<string>();
  const packs = new Dict<PackRef>();
  const scripts = new Dict<ScriptRef>();
  const rules = new Dict<string>();
  const hashes = new Dict<string>();
  const cubes: Record<CubeName, Cube> = {
    calls: new Cube(7),
    scripts: new Cube(3),
    rules: new Cube(3),
    promises: new Cube(4),
    debtors: new Cube(3),
  };
  // Situations and scripts the product knows (the domain's ids, the active packs'); anything else is `other`.
  const knownSituations = new Set<string>([...DOMAIN_SCENARIO_IDS, ...[...input.scriptInfo.values()].map((i) => i.situation)]);
  const situationId = (s: string) => (knownSituations.has(s) ? safeId(s) : 'other');
  const scriptId = (s: string) => (input.scriptInfo.has(s) ? safeId(s) : 'other');
  const from = dayNumber(input.period.from);
  const marks = new Set<string>();
  const mark = (hash: string, day: number, kind: number) => {
    const h = hashes.at(hash, () => hash);
    const k = `${h},${day},${kind}`;
    if (!marks.has(k)) {
      marks.add(k);
      cubes.debtors.add([h, day, kind], []);
    }
  };
  const packOf = (info: ScriptInfo | undefined) =>
    info ? packs.at(`${info.packId}@${info.packVersion}`, () => ({ id: safeId(info.packId), version: safeVersion(info.packVersion) })) : -1;

  for (const c of input.calls) {
    const day = dayNumber(c.day) - from;
    const rpc = isRightParty(c.contact, c.outcome);
    // Promise measures count right-party contacts only, so promise rate = promises ÷ right-party contacts.
    const promised = rpc && c.promise !== undefined ? 1 : 0;
    const kept = promised && c.promise === 'kept' ? 1 : 0;
    const pending = promised && c.promise === 'pending' ? 1 : 0;
    const first = c.situations[0];
    const situation = first === undefined ? -1 : situations.at(situationId(first), () => situationId(first));
    const firstScript = c.scripts[0];
    const pack = firstScript === undefined ? -1 : packOf(input.scriptInfo.get(firstScript));
    cubes.calls.add([day, c.hour, c.bucket, c.contact === 'debtor' ? 0 : 1, OUTCOME_CODES.indexOf(c.outcome), situation, pack], [1, promised, kept, pending]);
    for (const s of new Set(c.scripts)) {
      const info = input.scriptInfo.get(s);
      const sid = scriptId(s);
      const idx = scripts.at(`${sid}|${info?.packId ?? ''}@${info?.packVersion ?? ''}`, () => ({ id: sid, situation: info?.situation ? situationId(info.situation) : '', pack: packOf(info) }));
      cubes.scripts.add([day, idx, c.bucket], [1, rpc ? 1 : 0, promised, kept, pending]);
    }
    for (const f of c.findings) {
      const rule = rules.at(safeId(f.ruleId), () => safeId(f.ruleId));
      cubes.rules.add([day, rule, SEVERITIES.indexOf(f.severity)], [1, f.overridden ? 1 : 0]);
    }
    if (rpc) mark(c.debtorHash, day, 0);
  }
  for (const p of input.promises) {
    const day = dayNumber(p.day) - from;
    cubes.promises.add([day, p.bucket, p.band, PROMISE_STATUSES.indexOf(p.status)], [1]);
    mark(p.debtorHash, day, 1);
    if (p.status === 'kept') mark(p.debtorHash, day, 2);
  }
  return {
    format: ROLLUP_FORMAT,
    formatVersion: ROLLUP_FORMAT_VERSION,
    agentId: input.agentId,
    period: { ...input.period },
    createdAt: input.createdAt,
    saltFingerprint: input.saltFingerprint,
    dictionaries: { situations: situations.items, scripts: scripts.items, packs: packs.items, rules: rules.items, hashes: hashes.items.join('') },
    cubes: Object.fromEntries(Object.entries(cubes).map(([k, cube]) => [k, cube.encoded()])) as Record<CubeName, string>,
  };
}

/** The body with its checksum: what is downloaded or posted. */
export async function sealRollup(body: RollupBody): Promise<RollupFile> {
  return { ...body, checksum: await rollupChecksum(body) };
}

/** Calls in a file: the sum of the calls cube's `n` column. */
export function rollupCallCount(f: Pick<RollupFile, 'cubes'>): number {
  const data = decodeInts(f.cubes.calls) ?? new Int32Array();
  const w = CUBES.calls.length;
  let n = 0;
  for (let r = CUBES.calls.indexOf('n'); r < data.length; r += w) n += data[r]!;
  return n;
}
