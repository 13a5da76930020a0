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
import { STORE_WIDTH, type TeamStore } from './rollup-import';
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

const zero = (): Counts => ({ attempts: 0, rpc: 0, promises: 0, kept: 0, pending: 0 });
export function figures(c: Counts): Figures {
  return { ...c, rpcRate: wilson(c.rpc, c.attempts), promiseRate: wilson(c.promises, c.rpc), keptRate: wilson(c.kept, c.promises - c.pending) };
}
function bump(map: Map<string | number, Counts>, key: string | number, a: number, rpc: number, p: number, k: number, pend: number): void {
  let c = map.get(key);
  if (!c) map.set(key, (c = zero()));
  c.attempts += a;
  c.rpc += rpc;
  c.promises += p;
  c.kept += k;
  c.pending += pend;
}

/** Monday of the day's ISO week. */
export function weekOf(day: number): string {
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday: Monday = 0
  return dayIso(day - weekday);
}

export function computeModel(store: TeamStore, f: Filters = NO_FILTERS): DashboardModel {
  const agentOk = f.agents.length ? new Set(f.agents.map((a) => store.agents.indexOf(a))) : null;
  const from = f.from ? dayNumber(f.from) : -Infinity;
  const to = f.to ? dayNumber(f.to) : Infinity;
  const packOk = f.packs.length ? new Set(f.packs.map((p) => store.packs.findIndex((x) => `${x.id}@${x.version}` === p))) : null;
  const sitIdx = f.situation ? store.situations.indexOf(f.situation) : -2;
  const keep = (agent: number, day: number) => (!agentOk || agentOk.has(agent)) && day >= from && day <= to;
  const outcomeRpc = OUTCOME_CODES.map((o) => isRightParty('debtor', o));

  const total = zero();
  const bySit = new Map<string | number, Counts>();
  const sitOutcomes = new Map<number, number[]>();
  const byBucket = new Map<string | number, Counts>();
  const byHour = new Map<string | number, Counts>();
  const byAgent = new Map<string | number, Counts>();
  const byWeek = new Map<string | number, Counts>();
  {
    const w = STORE_WIDTH.calls;
    const c = store.cubes.calls;
    for (let r = 0; r < c.length; r += w) {
      const agent = c[r]!;
      const day = c[r + 1]!;
      if (!keep(agent, day)) continue;
      const situation = c[r + 6]!;
      if (sitIdx !== -2 && situation !== sitIdx) continue;
      if (packOk && !packOk.has(c[r + 7]!)) continue;
      const n = c[r + 8]!;
      const outcome = c[r + 5]!;
      const rpc = c[r + 4] === 0 && outcomeRpc[outcome] ? n : 0;
      const p = c[r + 9]!;
      const k = c[r + 10]!;
      const pend = c[r + 11]!;
      total.attempts += n;
      total.rpc += rpc;
      total.promises += p;
      total.kept += k;
      total.pending += pend;
      bump(bySit, situation, n, rpc, p, k, pend);
      let oc = sitOutcomes.get(situation);
      if (!oc) sitOutcomes.set(situation, (oc = OUTCOME_CODES.map(() => 0)));
      oc[outcome]! += n;
      bump(byBucket, c[r + 3]!, n, rpc, p, k, pend);
      bump(byHour, c[r + 2]!, n, rpc, p, k, pend);
      bump(byAgent, agent, n, rpc, p, k, pend);
      bump(byWeek, weekOf(day), n, rpc, p, k, pend);
    }
  }

  const byScript = new Map<string | number, Counts>();
  {
    const w = STORE_WIDTH.scripts;
    const c = store.cubes.scripts;
    for (let r = 0; r < c.length; r += w) {
      if (!keep(c[r]!, c[r + 1]!)) continue;
      const s = store.scripts[c[r + 2]!]!;
      if (f.situation && s.situation !== f.situation) continue;
      if (packOk && !packOk.has(s.pack)) continue;
      bump(byScript, c[r + 2]!, c[r + 4]!, c[r + 5]!, c[r + 6]!, c[r + 7]!, c[r + 8]!);
    }
  }

  const rules = new Map<string, { rule: string; agent: string; severity: string; findings: number; overrides: number }>();
  {
    const w = STORE_WIDTH.rules;
    const c = store.cubes.rules;
    for (let r = 0; r < c.length; r += w) {
      if (!keep(c[r]!, c[r + 1]!)) continue;
      const key = `${c[r + 2]}|${c[r]}|${c[r + 3]}`;
      let row = rules.get(key);
      if (!row) rules.set(key, (row = { rule: store.rules[c[r + 2]!]!, agent: store.agents[c[r]!]!, severity: SEVERITIES[c[r + 3]!]!, findings: 0, overrides: 0 }));
      row.findings += c[r + 4]!;
      row.overrides += c[r + 5]!;
    }
  }

  const bands = AMOUNT_BAND_LABELS.map(() => ({ promises: 0, kept: 0, pending: 0 }));
  {
    const w = STORE_WIDTH.promises;
    const c = store.cubes.promises;
    const keptIdx = PROMISE_STATUSES.indexOf('kept');
    const pendIdx = PROMISE_STATUSES.indexOf('pending');
    for (let r = 0; r < c.length; r += w) {
      if (!keep(c[r]!, c[r + 1]!)) continue;
      const b = bands[c[r + 3]!]!;
      b.promises += c[r + 5]!;
      if (c[r + 4] === keptIdx) b.kept += c[r + 5]!;
      if (c[r + 4] === pendIdx) b.pending += c[r + 5]!;
    }
  }

  // Distinct debtors over the whole team: a hash counts once however many agents or days have it.
  const seen = [new Uint8Array(store.hashCount), new Uint8Array(store.hashCount), new Uint8Array(store.hashCount)];
  const distinct = [0, 0, 0];
  {
    const w = STORE_WIDTH.debtors;
    const c = store.cubes.debtors;
    for (let r = 0; r < c.length; r += w) {
      if (!keep(c[r]!, c[r + 2]!)) continue;
      const kind = c[r + 3]!;
      const h = c[r + 1]!;
      if (!seen[kind]![h]) {
        seen[kind]![h] = 1;
        distinct[kind]!++;
      }
    }
  }

  const sitName = (i: number) => (i < 0 ? '' : store.situations[i]!);
  const sitRate = new Map<string, number>();
  const bySituation: SituationRow[] = [...bySit].map(([i, c]) => {
    const row = { situation: sitName(i as number), outcomes: sitOutcomes.get(i as number)!, ...figures(c) };
    sitRate.set(row.situation, row.promiseRate.p);
    return row;
  });
  bySituation.sort((a, b) => b.attempts - a.attempts || a.situation.localeCompare(b.situation));

  const scriptRows: ScriptRow[] = [...byScript].map(([i, c]) => {
    const s = store.scripts[i as number]!;
    const pack = s.pack >= 0 ? store.packs[s.pack]! : { id: '', version: '' };
    const fig = figures(c);
    const base = sitRate.get(s.situation);
    const weak = fig.rpc >= 10 && base !== undefined && Number.isFinite(base) && fig.promiseRate.hi < base;
    return { key: i as number, id: s.id, situation: s.situation, packId: pack.id, packVersion: pack.version, weak, ...fig };
  });
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
  return {
    totals: { ...figures(total), distinctReached: distinct[0]!, distinctPromised: distinct[1]!, distinctKept: distinct[2]! },
    bySituation,
    byScript: scriptRows,
    byBucket: [...byBucket].sort((a, b) => (a[0] as number) - (b[0] as number)).map(([i, c]) => ({ bucket: (i as number) < 0 ? '?' : BUCKETS[i as number]!, ...figures(c) })),
    byHour: Array.from({ length: 24 }, (_, h) => ({ hour: h, ...figures(byHour.get(h) ?? zero()) })),
    byRule: [...rules.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule) || a.agent.localeCompare(b.agent)),
    byAgent: [...byAgent].map(([i, c]) => ({ agent: store.agents[i as number]!, ...figures(c) })).sort((a, b) => a.agent.localeCompare(b.agent)),
    byWeek: [...byWeek].map(([w, c]) => ({ week: w as string, ...figures(c) })).sort((a, b) => a.week.localeCompare(b.week)),
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
