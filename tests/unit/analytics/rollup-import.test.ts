// Generated roll-ups with known figures → the merged model shows those figures; bad files are
// refused whole with their reason, duplicates and overlapping days are taken once.
import { describe, expect, it } from 'vitest';
import { computeModel, NO_FILTERS } from '@/lib/analytics/metrics';
import { buildRollup, sealRollup } from '@/lib/analytics/rollup-build';
import { generateTeam, GEN_SCRIPTS } from '@/lib/analytics/rollup-generate';
import { importRollups, TeamStore } from '@/lib/analytics/rollup-import';
import { saltFingerprint, saltKey } from '@/lib/analytics/rollup-hash';
import { decodeInts, encodeInts } from '@/lib/analytics/rollup-codec';
import { wilson } from '@/lib/analytics/wilson';

const SALT = 'team-7f3a-salt';
const asFiles = (files: object[], prefix = 'f') => files.map((f, i) => ({ name: `${prefix}${i}.json`, text: JSON.stringify(f) }));
const snapshot = (s: TeamStore) => JSON.stringify({ segments: s.segments.length, files: s.files, agents: s.agents, fp: s.fingerprint, covered: [...s.covered].map(([a, d]) => [a, [...d]]), hashes: s.hashCount });

describe('roll-up import and model', () => {
  it('the model shows the figures counted from the generated facts', async () => {
    const { files, truth } = await generateTeam({ agents: 4, days: 14, callsPerDay: 30, from: '2026-11-01', salt: SALT, debtors: 300 });
    const store = new TeamStore();
    const res = await importRollups(store, asFiles(files));
    expect(res.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const m = computeModel(store, NO_FILTERS);
    expect(m.totals).toMatchObject({ attempts: truth.attempts, rpc: truth.rpc, promises: truth.promises, kept: truth.kept, pending: truth.pending });
    expect(m.totals.attempts).toBe(4 * 14 * 30);
    expect(m.totals.keptRate).toEqual(wilson(truth.kept, truth.promises - truth.pending));
    // The same debtor called by several agents counts once.
    expect(m.totals.distinctReached).toBe(truth.distinctReached);
    for (const [id, t] of truth.scripts) {
      const row = m.byScript.find((s) => s.id === id)!;
      expect(row).toMatchObject({ attempts: t.uses, rpc: t.rpc, promises: t.promises, kept: t.kept, pending: t.pending, situation: GEN_SCRIPTS.get(id)!.situation, packVersion: '1.4.0' });
    }
    expect(m.byAgent.map((a) => a.agent)).toEqual(['A001', 'A002', 'A003', 'A004']);
    expect(m.byAgent.reduce((s, a) => s + a.attempts, 0)).toBe(truth.attempts);
    expect(m.byHour.reduce((s, h) => s + h.attempts, 0)).toBe(truth.attempts);
    expect(m.byWeek.reduce((s, h) => s + h.attempts, 0)).toBe(truth.attempts);
    expect(m.byWeek[0]!.week).toBe('2026-10-26'); // the Monday of 2026-11-01's week
    expect(m.champions).toHaveLength(5);
  });

  it('filters: one agent, one situation, a period', async () => {
    const { files } = await generateTeam({ agents: 2, days: 10, callsPerDay: 20, from: '2026-11-01', salt: SALT });
    const store = new TeamStore();
    await importRollups(store, asFiles(files));
    const all = computeModel(store);
    const a1 = computeModel(store, { ...NO_FILTERS, agents: ['A001'] });
    expect(a1.totals.attempts).toBe(200);
    const week = computeModel(store, { ...NO_FILTERS, from: '2026-11-03', to: '2026-11-04' });
    expect(week.totals.attempts).toBe(2 * 2 * 20);
    const sit = computeModel(store, { ...NO_FILTERS, situation: 'illness' });
    expect(sit.totals.attempts).toBe(all.bySituation.find((s) => s.situation === 'illness')!.attempts);
    expect(sit.byScript.every((s) => s.situation === 'illness')).toBe(true);
    expect(computeModel(store, { ...NO_FILTERS, packs: ['other@9'] }).totals.attempts).toBe(0);
  });

  it('known figures by hand: rates, intervals, champion/challenger and a weak script', async () => {
    const fp = await saltFingerprint(await saltKey(SALT));
    const calls = [];
    // Script x: 100 right-party contacts, 40 promises (30 kept, 5 pending); script y: 100 contacts, 10 promises.
    for (let i = 0; i < 200; i++) {
      const x = i < 100;
      const promised = x ? i < 40 : i < 110;
      const status = !promised ? undefined : x ? (i < 30 ? 'kept' : i < 35 ? 'pending' : 'broken') : 'kept';
      calls.push({ day: '2026-11-02', hour: 10, bucket: 1, contact: 'debtor' as const, outcome: promised ? ('ptp' as const) : ('refused' as const), situations: ['no-money-now'], scripts: [x ? 'no-money-now-a' : 'no-money-now-b'], findings: [], debtorHash: '00000000000000' + String(i % 100).padStart(2, '0'), ...(status ? { promise: status as 'kept' } : {}) });
    }
    for (let i = 0; i < 50; i++) calls.push({ day: '2026-11-02', hour: 20, bucket: 2, contact: 'debtor' as const, outcome: 'no-answer' as const, situations: [], scripts: [], findings: [{ ruleId: 'call-window', severity: 'block' as const, overridden: i < 3 }], debtorHash: 'ffffffffffffff00' });
    const body = buildRollup({ agentId: 'W01', period: { from: '2026-11-02', to: '2026-11-02' }, createdAt: 1, saltFingerprint: fp, calls, promises: [], scriptInfo: GEN_SCRIPTS });
    const store = new TeamStore();
    await importRollups(store, asFiles([await sealRollup(body)]));
    const m = computeModel(store);
    expect(m.totals).toMatchObject({ attempts: 250, rpc: 200, promises: 50, kept: 40, pending: 5 });
    expect(m.totals.rpcRate.p).toBeCloseTo(0.8);
    expect(m.totals.promiseRate.p).toBeCloseTo(0.25);
    expect(m.totals.keptRate.p).toBeCloseTo(40 / 45);
    expect(m.totals.distinctReached).toBe(100);
    const [pair] = m.champions;
    expect(pair!.a.id).toBe('no-money-now-a');
    expect(pair!.b.id).toBe('no-money-now-b');
    expect(pair!.overlap).toBe(false); // 40 % vs 10 % of 100
    expect(m.byScript.find((s) => s.id === 'no-money-now-b')!.weak).toBe(true);
    expect(m.byScript.find((s) => s.id === 'no-money-now-a')!.weak).toBe(false);
    expect(m.byHour[20]).toMatchObject({ attempts: 50, rpc: 0 });
    expect(m.byRule).toEqual([{ rule: 'call-window', agent: 'W01', severity: 'block', findings: 50, overrides: 3 }]);
    expect(m.byBucket.map((b) => [b.bucket, b.attempts])).toEqual([['M1', 200], ['M2', 50]]);
  });

  it('refuses corrupted, foreign, altered, newer and other-team files whole; names each', async () => {
    const { files } = await generateTeam({ agents: 2, days: 3, callsPerDay: 10, from: '2026-11-01', salt: SALT });
    const other = await generateTeam({ agents: 1, days: 3, callsPerDay: 10, from: '2026-11-01', salt: 'another-team' });
    const store = new TeamStore();
    await importRollups(store, asFiles([files[0]!]));
    const before = snapshot(store);
    const good = JSON.stringify(files[1]);
    const altered = JSON.parse(good);
    const calls = [...decodeInts(altered.cubes.calls)!];
    altered.cubes.calls = encodeInts(calls.map((v, i) => (i === 7 ? v + 1 : v))); // one count changed: the checksum no longer matches
    const outOfRange = JSON.parse(good);
    outOfRange.cubes.calls = encodeInts(calls.map((v, i) => (i === 0 ? 3 : v))); // a day after the 3-day period
    const cut = JSON.parse(good);
    cut.cubes.calls = encodeInts(calls.slice(0, -1)); // a partial row
    const notBase64 = JSON.parse(good);
    notBase64.cubes.rules = '张伟 13800138000';
    const withName = JSON.parse(good);
    withName.debtorName = '张伟';
    const newer = { ...files[1], formatVersion: 2 };
    const res = await importRollups(store, [
      { name: 'cut.json', text: good.slice(0, good.length / 2) },
      { name: 'pack.json', text: JSON.stringify({ format: 'daihou-pack', id: 'x' }) },
      { name: 'altered.json', text: JSON.stringify(altered) },
      { name: 'range.json', text: JSON.stringify(outOfRange) },
      { name: 'partial.json', text: JSON.stringify(cut) },
      { name: 'text.json', text: JSON.stringify(notBase64) },
      { name: 'extra.json', text: JSON.stringify(withName) },
      { name: 'v2.json', text: JSON.stringify(newer) },
      { name: 'other-team.json', text: JSON.stringify(other.files[0]) },
    ]);
    expect(res).toEqual([
      { name: 'cut.json', status: 'refused', reason: 'not-json' },
      { name: 'pack.json', status: 'refused', reason: 'foreign' },
      { name: 'altered.json', status: 'refused', reason: 'checksum' },
      { name: 'range.json', status: 'refused', reason: 'invalid' },
      { name: 'partial.json', status: 'refused', reason: 'invalid' },
      { name: 'text.json', status: 'refused', reason: 'invalid' },
      { name: 'extra.json', status: 'refused', reason: 'invalid' },
      { name: 'v2.json', status: 'refused', reason: 'version' },
      { name: 'other-team.json', status: 'refused', reason: 'team' },
    ]);
    expect(snapshot(store)).toBe(before); // nothing half-imported
  });

  it('skips duplicates and days already imported for that agent', async () => {
    const { files } = await generateTeam({ agents: 1, days: 10, callsPerDay: 10, from: '2026-11-01', salt: SALT });
    const part = await generateTeam({ agents: 1, days: 15, callsPerDay: 10, from: '2026-11-01', salt: SALT, seed: 99 });
    const store = new TeamStore();
    const first = await importRollups(store, asFiles([files[0]!, files[0]!]));
    expect(first.map((r) => r.status)).toEqual(['imported', 'duplicate']);
    const again = await importRollups(store, asFiles([files[0]!], 'again'));
    expect(again[0]!.status).toBe('duplicate');
    // A longer period for the same agent: only the 5 new days are taken.
    const longer = await importRollups(store, asFiles([part.files[0]!], 'longer'));
    expect(longer[0]).toMatchObject({ status: 'imported', days: 5, skippedDays: 10, calls: 50 });
    expect(computeModel(store).totals.attempts).toBe(150);
  });
});
