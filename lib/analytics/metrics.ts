// The one home of the outcome metrics: from the merged team store and the dashboard's filters to
// every figure the dashboard shows. Definitions (docs/analytics.md):
//   attempt              a saved call (countsAsAttempt, with an outcome)
//   right-party contact  the debtor was called (contact = debtor) and reached (REACHED_DEBTOR)
//   promise              a right-party contact that recorded a promise to pay
//   kept                 that promise's status is `kept` at export; `pending` ones are not yet due
//   rpc rate             right-party contacts ÷ attempts
//   promise rate         promises ÷ right-party contacts
//   kept rate            kept ÷ resolved promises (promises − pending)
// Every rate carries its Wilson 95 % interval.
import { BUCKETS } from '../domain/bucket';
import { OUTCOME_CODES, PROMISE_STATUSES } from '../db/schema';
import { isRightParty } from './rollup-build';
import { AMOUNT_BAND_LABELS, dayIso, dayNumber, SEVERITIES } from './rollup-format';
import { type Segment, type TeamStore } from './rollup-import';
import { intervalsOverlap, wilson, type Rate } from './wilson';

export interface Filters {
  /** Agent ids; empty = everyone. */
  agents: readonly string[];
  /** ISO days, inclusive; '' = open. */
  from: string;
  to: string;
  /** `packId@version`; empty = every pack (and calls that used no script). */
  packs: readonly string[];
  /** A situation id; '' = all. */
  situation: string;
}

export const NO_FILTERS: Filters = { agents: [], from: '', to: '', packs: [], situation: '' };

export interface Counts {
  attempts: number;
  rpc: number;
  promises: number;
  kept: number;
  pending: number;
}
export interface Rates {
  rpcRate: Rate;
  promiseRate: Rate;
  keptRate: Rate;
}
export type Figures = Counts & Rates;

export interface SituationRow extends Figures {
  situation: string;
  /** Attempts by outcome, in OUTCOME_CODES order. */
  outcomes: number[];
}
export interface ScriptRow extends Figures {
  /** Global script index: the row's stable key. */
  key: number;
  id: string;
  situation: string;
  packId: string;
  packVersion: string;
  /** Below its situation's promise rate beyond doubt (interval entirely under it). */
  weak: boolean;
}
export interface ChampionPair {
  situation: string;
  a: ScriptRow;
  b: ScriptRow;
  /** The promise-rate intervals overlap: the difference is not significant yet. */
  overlap: boolean;
}

export interface DashboardModel {
  totals: Figures & { distinctReached: number; distinctPromised: number; distinctKept: number };
  bySituation: SituationRow[];
  byScript: ScriptRow[];
  byBucket: (Figures & { bucket: string })[];
  byHour: (Figures & { hour: number })[];
  byRule: { rule: string; agent: string; severity: string; findings: number; overrides: number }[];
  byAgent: (Figures & { agent: string })[];
  byWeek: (Figures & { week: string })[];
  byBand: { band: string; promises: number; kept: number; keptRate: Rate }[];
  champions: ChampionPair[];
  /** Choices for the filters: what the store holds. */
  options: { agents: string[]; packs: string[]; situations: string[]; from: string; to: string };
}

export function figures(c: Counts): Figures {
  return { ...c, rpcRate: wilson(c.rpc, c.attempts), promiseRate: wilson(c.promises, c.rpc), keptRate: wilson(c.kept, c.promises - c.pending) };
}

export function computeModel(store: TeamStore, f: Filters = NO_FILTERS): DashboardModel {
  const agentOk = f.agents.length ? new Set(f.agents.map((a) => store.agents.indexOf(a))) : null;
  const from = f.from ? dayNumber(f.from) : -Infinity;
  const to = f.to ? dayNumber(f.to) : Infinity;
  const packOk = f.packs.length ? new Set(f.packs.map((p) => store.packs.findIndex((x) => `${x.id}@${x.version}` === p))) : null;
  const sitIdx = f.situation ? store.situations.indexOf(f.situation) : -2;
  const segments = store.segments.filter((sg) => !agentOk || agentOk.has(sg.agent));
  /** The day offsets of a segment that count: fresh (not taken from an earlier file) and in the period. */
  const daysOk = (sg: Segment) => sg.fresh.map((v, i) => (v && sg.from + i >= from && sg.from + i <= to ? 1 : 0));
  const outcomeRpc = OUTCOME_CODES.map((o) => isRightParty('debtor', o));

  // Accumulators indexed by small integers (5 measures per key): no Map lookups per row.
  const M = 5;
  const acc = (size: number) => new Float64Array(size * M);
  const add = (a: Float64Array, i: number, n: number, rpc: number, p: number, k: number, pend: number) => {
    const o = i * M;
    a[o] = a[o]! + n;
    a[o + 1] = a[o + 1]! + rpc;
    a[o + 2] = a[o + 2]! + p;
    a[o + 3] = a[o + 3]! + k;
    a[o + 4] = a[o + 4]! + pend;
  };
  const countsAt = (a: Float64Array, i: number): Counts => ({ attempts: a[i * M]!, rpc: a[i * M + 1]!, promises: a[i * M + 2]!, kept: a[i * M + 3]!, pending: a[i * M + 4]! });
  const has = (a: Float64Array, i: number) => a[i * M]! > 0 || a[i * M + 2]! > 0;

  const nSit = store.situations.length + 1; // index + 1: 0 = no situation
  const total = acc(1);
  const bySit = acc(nSit);
  const sitOutcomes = new Float64Array(nSit * OUTCOME_CODES.length);
  const byBucket = acc(BUCKETS.length + 1); // index + 1: 0 = unknown
  const byHour = acc(24);
  const byAgent = acc(store.agents.length);
  // Weeks since the epoch's Monday-aligned week (1970-01-01 was a Thursday).
  const weekNo = (day: number) => Math.floor((day + 3) / 7);
  let firstWeek = Infinity;
  let lastWeek = -Infinity;
  for (const set of store.covered.values())
    for (const d of set) {
      firstWeek = Math.min(firstWeek, weekNo(d));
      lastWeek = Math.max(lastWeek, weekNo(d));
    }
  const byWeek = acc(Number.isFinite(firstWeek) ? lastWeek - firstWeek + 1 : 0);
  const byScript = acc(store.scripts.length);
  const scriptOk = store.scripts.map((x) => (!f.situation || x.situation === f.situation) && (!packOk || packOk.has(x.pack)));
  const rules = new Map<string, { rule: string; agent: string; severity: string; findings: number; overrides: number }>();
  const bands = AMOUNT_BAND_LABELS.map(() => ({ promises: 0, kept: 0, pending: 0 }));
  const keptIdx = PROMISE_STATUSES.indexOf('kept');
  const pendIdx = PROMISE_STATUSES.indexOf('pending');
  // Distinct debtors over the whole team: a hash counts once however many agents or days have it.
  const seen = [new Uint8Array(store.hashCount), new Uint8Array(store.hashCount), new Uint8Array(store.hashCount)];
  const distinct = [0, 0, 0];
  const nOut = OUTCOME_CODES.length;

  for (const sg of segments) {
    const ok = daysOk(sg);
    const agent = sg.agent;
    // calls: day, hour, bucket, contact, outcome, situation, pack | n, promises, kept, pending
    let c = sg.cubes.calls;
    for (let r = 0; r < c.length; r += 11) {
      const off = c[r]!;
      if (!ok[off]) continue;
      const sv = c[r + 5]!;
      const situation = sv < 0 ? -1 : sg.situations[sv]!;
      if (sitIdx !== -2 && situation !== sitIdx) continue;
      if (packOk) {
        const pv = c[r + 6]!;
        if (!packOk.has(pv < 0 ? -1 : sg.packs[pv]!)) continue;
      }
      const n = c[r + 7]!;
      const outcome = c[r + 4]!;
      const rpc = c[r + 3] === 0 && outcomeRpc[outcome] ? n : 0;
      const p = c[r + 8]!;
      const k = c[r + 9]!;
      const pend = c[r + 10]!;
      add(total, 0, n, rpc, p, k, pend);
      add(bySit, situation + 1, n, rpc, p, k, pend);
      const so = (situation + 1) * nOut + outcome;
      sitOutcomes[so] = sitOutcomes[so]! + n;
      add(byBucket, c[r + 2]! + 1, n, rpc, p, k, pend);
      add(byHour, c[r + 1]!, n, rpc, p, k, pend);
      add(byAgent, agent, n, rpc, p, k, pend);
      add(byWeek, weekNo(sg.from + off) - firstWeek, n, rpc, p, k, pend);
    }
    // scripts: day, script, bucket | uses, rpc, promises, kept, pending
    c = sg.cubes.scripts;
    for (let r = 0; r < c.length; r += 8) {
      if (!ok[c[r]!]) continue;
      const script = sg.scripts[c[r + 1]!]!;
      if (!scriptOk[script]) continue;
      add(byScript, script, c[r + 3]!, c[r + 4]!, c[r + 5]!, c[r + 6]!, c[r + 7]!);
    }
    // rules: day, rule, severity | findings, overrides
    c = sg.cubes.rules;
    for (let r = 0; r < c.length; r += 5) {
      if (!ok[c[r]!]) continue;
      const rule = sg.rules[c[r + 1]!]!;
      const key = `${rule}|${agent}|${c[r + 2]}`;
      let row = rules.get(key);
      if (!row) rules.set(key, (row = { rule: store.rules[rule]!, agent: store.agents[agent]!, severity: SEVERITIES[c[r + 2]!]!, findings: 0, overrides: 0 }));
      row.findings += c[r + 3]!;
      row.overrides += c[r + 4]!;
    }
    // promises: day, bucket, band, status | n
    c = sg.cubes.promises;
    for (let r = 0; r < c.length; r += 5) {
      if (!ok[c[r]!]) continue;
      const b = bands[c[r + 2]!]!;
      b.promises += c[r + 4]!;
      if (c[r + 3] === keptIdx) b.kept += c[r + 4]!;
      if (c[r + 3] === pendIdx) b.pending += c[r + 4]!;
    }
    // debtors: hash, day, kind
    c = sg.cubes.debtors;
    for (let r = 0; r < c.length; r += 3) {
      if (!ok[c[r + 1]!]) continue;
      const kind = c[r + 2]!;
      const h = sg.hashes[c[r]!]!;
      if (!seen[kind]![h]) {
        seen[kind]![h] = 1;
        distinct[kind]!++;
      }
    }
  }

  const sitRate = new Map<string, number>();
  const bySituation: SituationRow[] = [];
  for (let i = 0; i < nSit; i++) {
    if (!has(bySit, i)) continue;
    const row = { situation: i === 0 ? '' : store.situations[i - 1]!, outcomes: [...sitOutcomes.subarray(i * OUTCOME_CODES.length, (i + 1) * OUTCOME_CODES.length)], ...figures(countsAt(bySit, i)) };
    sitRate.set(row.situation, row.promiseRate.p);
    bySituation.push(row);
  }
  bySituation.sort((a, b) => b.attempts - a.attempts || a.situation.localeCompare(b.situation));

  const scriptRows: ScriptRow[] = [];
  for (let i = 0; i < store.scripts.length; i++) {
    if (!has(byScript, i)) continue;
    const s = store.scripts[i]!;
    const pack = s.pack >= 0 ? store.packs[s.pack]! : { id: '', version: '' };
    const fig = figures(countsAt(byScript, i));
    const base = sitRate.get(s.situation);
    const weak = fig.rpc >= 10 && base !== undefined && Number.isFinite(base) && fig.promiseRate.hi < base;
    scriptRows.push({ key: i, id: s.id, situation: s.situation, packId: pack.id, packVersion: pack.version, weak, ...fig });
  }
  scriptRows.sort((a, b) => a.situation.localeCompare(b.situation) || b.attempts - a.attempts || a.id.localeCompare(b.id));

  const champions: ChampionPair[] = [];
  const bySitScripts = new Map<string, ScriptRow[]>();
  for (const s of scriptRows) if (s.situation && s.rpc > 0) bySitScripts.set(s.situation, [...(bySitScripts.get(s.situation) ?? []), s]);
  for (const [situation, list] of bySitScripts) {
    if (list.length < 2) continue;
    const [a, b] = [...list].sort((x, y) => y.rpc - x.rpc || x.id.localeCompare(y.id));
    champions.push({ situation, a: a!, b: b!, overlap: intervalsOverlap(a!.promiseRate, b!.promiseRate) });
  }

  let first = Infinity;
  let last = -Infinity;
  for (const set of store.covered.values())
    for (const d of set) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
  const rowsOf = <T,>(a: Float64Array, size: number, make: (i: number) => T, all = false) =>
    Array.from({ length: size }, (_, i) => i)
      .filter((i) => all || has(a, i))
      .map((i) => ({ ...make(i), ...figures(countsAt(a, i)) }));
  return {
    totals: { ...figures(countsAt(total, 0)), distinctReached: distinct[0]!, distinctPromised: distinct[1]!, distinctKept: distinct[2]! },
    bySituation,
    byScript: scriptRows,
    byBucket: rowsOf(byBucket, BUCKETS.length + 1, (i) => ({ bucket: i === 0 ? '?' : BUCKETS[i - 1]! })),
    byHour: rowsOf(byHour, 24, (hour) => ({ hour }), true),
    byRule: [...rules.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule) || a.agent.localeCompare(b.agent)),
    byAgent: rowsOf(byAgent, store.agents.length, (i) => ({ agent: store.agents[i]! })).sort((a, b) => a.agent.localeCompare(b.agent)),
    byWeek: rowsOf(byWeek, byWeek.length / M, (i) => ({ week: dayIso((firstWeek + i) * 7 - 3) })),
    byBand: bands.map((b, i) => ({ band: AMOUNT_BAND_LABELS[i]!, promises: b.promises, kept: b.kept, keptRate: wilson(b.kept, b.promises - b.pending) })),
    champions,
    options: {
      agents: [...store.agents].sort(),
      packs: store.packs.map((p) => `${p.id}@${p.version}`).sort(),
      situations: [...store.situations].sort(),
      from: Number.isFinite(first) ? dayIso(first) : '',
      to: Number.isFinite(last) ? dayIso(last) : '',
    },
  };
}
