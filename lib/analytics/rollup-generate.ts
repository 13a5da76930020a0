// Synthetic roll-ups with known figures, for the unit tests, the E2E spec and the bench: random
// but reproducible call facts per agent and day, built with the exporter's own builder, and the
// truth counted straight from the facts (not from the cubes) to compare the dashboard against.
import { OUTCOME_CODES } from '../db/schema';
import { buildRollup, isRightParty, sealRollup, type CallFact, type PromiseFact, type ScriptInfo } from './rollup-build';
import { amountBand, type RollupFile } from './rollup-format';
import { saltFingerprint, saltKey } from './rollup-hash';
import { addDays } from '../time';

export interface GenerateOptions {
  agents: number;
  days: number;
  callsPerDay: number;
  /** First day of the period. */
  from: string;
  salt: string;
  seed?: number;
  /** Distinct debtors in the team's book (shared by all agents, so hashes repeat across agents). */
  debtors?: number;
}

export interface Truth {
  attempts: number;
  rpc: number;
  promises: number;
  kept: number;
  pending: number;
  /** By script id. */
  scripts: Map<string, { uses: number; rpc: number; promises: number; kept: number; pending: number }>;
  /** Distinct debtors reached. */
  distinctReached: number;
}

export const GEN_SITUATIONS = ['no-money-now', 'after-payday', 'hard-times', 'vague-promise', 'illness'] as const;
export const GEN_PACK = { packId: 'default', packVersion: '1.4.0' };
/** Two scripts per situation: `-a` promises more often than `-b`. */
export const GEN_SCRIPTS: ReadonlyMap<string, ScriptInfo> = new Map(
  GEN_SITUATIONS.flatMap((s) => [`${s}-a`, `${s}-b`].map((id) => [id, { situation: s, ...GEN_PACK }] as const)),
);
const RULES = ['call-window', 'attempts-per-day', 'prohibited-words'] as const;

function prng(seed: number): (n: number) => number {
  let s = seed | 0;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** A made-up 64-bit hex per debtor number (the generator has no real debtor keys to hash). */
const fakeHash = (i: number) => (Math.imul(i + 1, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0') + (Math.imul(i + 7, 0x85ebca6b) >>> 0).toString(16).padStart(8, '0');

export async function generateTeam(o: GenerateOptions): Promise<{ files: RollupFile[]; truth: Truth }> {
  const rnd = prng(o.seed ?? 7);
  const fingerprint = await saltFingerprint(await saltKey(o.salt));
  const book = o.debtors ?? 5000;
  const truth: Truth = { attempts: 0, rpc: 0, promises: 0, kept: 0, pending: 0, scripts: new Map(), distinctReached: 0 };
  const reached = new Set<number>();
  const files: RollupFile[] = [];
  const to = addDays(o.from, o.days - 1);
  const rpcOutcomes = OUTCOME_CODES.filter((c) => isRightParty('debtor', c) && c !== 'ptp');
  for (let a = 0; a < o.agents; a++) {
    const calls: CallFact[] = [];
    const promises: PromiseFact[] = [];
    for (let d = 0; d < o.days; d++) {
      const day = addDays(o.from, d);
      for (let i = 0; i < o.callsPerDay; i++) {
        const debtor = rnd(book);
        const situation = GEN_SITUATIONS[rnd(GEN_SITUATIONS.length)]!;
        const better = rnd(2) === 0;
        const script = `${situation}-${better ? 'a' : 'b'}`;
        const contact = rnd(10) === 0 ? ('third-party' as const) : ('debtor' as const);
        const reachedNow = rnd(100) < 45;
        const promised = contact === 'debtor' && reachedNow && rnd(100) < (better ? 40 : 20);
        const outcome = !reachedNow ? (contact === 'debtor' ? 'no-answer' : 'third-party') : promised ? 'ptp' : contact === 'debtor' ? rpcOutcomes[rnd(rpcOutcomes.length)]! : 'third-party';
        const status = promised ? (['kept', 'kept', 'broken', 'pending'] as const)[rnd(4)]! : undefined;
        const bucket = rnd(6);
        const findings = rnd(20) === 0 ? [{ ruleId: RULES[rnd(RULES.length)]!, severity: 'warn' as const, overridden: rnd(3) === 0 }] : [];
        const hash = fakeHash(debtor);
        calls.push({ day, hour: 8 + rnd(13), bucket, contact, outcome, situations: [situation], scripts: [script], findings, debtorHash: hash, ...(status ? { promise: status } : {}) });
        if (status) promises.push({ day, bucket, band: amountBand(500 + rnd(30_000)), status, debtorHash: hash });
        // The truth, counted from the facts with the definitions of docs/analytics.md.
        const rpc = isRightParty(contact, outcome);
        truth.attempts++;
        if (rpc) {
          truth.rpc++;
          reached.add(debtor);
        }
        const s = truth.scripts.get(script) ?? { uses: 0, rpc: 0, promises: 0, kept: 0, pending: 0 };
        s.uses++;
        if (rpc) s.rpc++;
        if (status) {
          truth.promises++;
          s.promises++;
          if (status === 'kept') (truth.kept++, s.kept++);
          if (status === 'pending') (truth.pending++, s.pending++);
        }
        truth.scripts.set(script, s);
      }
    }
    const body = buildRollup({
      agentId: `A${String(a + 1).padStart(3, '0')}`,
      period: { from: o.from, to },
      createdAt: Date.UTC(2026, 10, 26),
      saltFingerprint: fingerprint,
      calls,
      promises,
      scriptInfo: GEN_SCRIPTS,
    });
    files.push(await sealRollup(body));
  }
  truth.distinctReached = reached.size;
  return { files, truth };
}
