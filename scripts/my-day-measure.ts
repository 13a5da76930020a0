// How long "我的今天 / My day" takes on a large history: 100,000 calls over a year (≈274 a day) with
// their promises and overrides, in fake-indexeddb (Node), then computeMyDay timed.
// Run: npx tsx scripts/my-day-measure.ts [calls]
import 'fake-indexeddb/auto';
import { computeMyDay } from '../lib/analytics/my-day';
import { DaihouDB } from '../lib/db/database';
import type { AuditRecord, CallRecord, Outcome, PromiseRecord } from '../lib/db/schema';
import { addDays, dayOf } from '../lib/time';

const ZONE = 'Asia/Shanghai';
const TOTAL = Number(process.argv[2] ?? 100_000);
const NOW = Date.parse('2026-11-23T18:00:00+08:00');
const DAYS = 365;
const OUTCOMES: Outcome[] = ['no-answer', 'no-answer', 'no-answer', 'ptp', 'refused', 'callback', 'third-party', 'hardship', 'paid'];
const SCENARIOS = ['no-money-now', 'hard-times', 'illness', 'after-payday', 'dispute-amount', 'not-the-debtor'];

// A small deterministic generator: the same database every run.
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

async function build(): Promise<DaihouDB> {
  const d = new DaihouDB(`my-day-measure-${Date.now()}`);
  await d.open();
  const perDay = TOTAL / DAYS;
  const calls: CallRecord[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const dayIndex = Math.floor(i / perDay); // oldest first, as ids grow with time
    const startedAt = NOW - (DAYS - 1 - dayIndex) * 86_400_000 - Math.floor(rand() * 10 * 3_600_000);
    const outcome = rand() < 0.02 ? undefined : pick(OUTCOMES);
    const scenario = pick(SCENARIOS);
    calls.push({
      debtorKey: `crm|${Math.floor(rand() * 20_000)}`,
      startedAt,
      ...(outcome ? { endedAt: startedAt + 90_000, outcome } : {}),
      ...(rand() < 0.01 ? { discardedAt: startedAt + 5_000 } : {}),
      ...(outcome === 'callback' && rand() < 0.3 ? { contact: '配偶' } : {}),
      day: dayOf(startedAt, ZONE),
      timeZone: ZONE,
      scenarios: [scenario],
      scriptsUsed: [`${scenario}-a`, ...(rand() < 0.5 ? [`${scenario}-b`] : [])],
      checklist: {},
      findings: rand() < 0.05 ? [{ ruleId: pick(['call-hours', 'daily-frequency', 'weekly-frequency']), severity: 'warn' as const }] : [],
      updatedAt: startedAt,
    });
  }
  const ids = (await d.calls.bulkAdd(calls, { allKeys: true })) as number[];
  const promises: PromiseRecord[] = [];
  calls.forEach((c, i) => {
    if (c.outcome !== 'ptp') return;
    const dueDate = addDays(c.day, 7);
    const status = dueDate >= dayOf(NOW, ZONE) ? 'pending' : pick(['kept', 'kept', 'broken'] as const);
    promises.push({ debtorKey: c.debtorKey, callId: ids[i]!, amount: 100 + Math.floor(rand() * 5000), currency: 'CNY', dueDate, method: '手机银行', status, createdAt: c.startedAt, updatedAt: c.startedAt });
  });
  await d.promises.bulkAdd(promises);
  const audit: AuditRecord[] = calls.filter(() => rand() < 0.002).map((c) => ({ at: c.startedAt, kind: 'override', detail: { rules: ['call-hours'], reason: 'x', callId: null } }));
  await d.audit.bulkAdd(audit);
  console.log(`seeded ${calls.length} calls, ${promises.length} promises, ${audit.length} overrides`);
  return d;
}

const d = await build();
const times: number[] = [];
let report = await computeMyDay({ now: NOW, timeZone: ZONE }, d); // warm-up
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  report = await computeMyDay({ now: NOW, timeZone: ZONE }, d);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`today: ${report.today.calls} calls, ${report.today.rpc} RPC; 30 days: ${report.window.total.calls} calls, ${report.window.scenarios.length} situations, ${report.window.scripts.length} scripts`);
console.log(`computeMyDay: median ${times[2]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[4]!.toFixed(0)} ms (fake-indexeddb, Node)`);
const f0 = performance.now();
await computeMyDay({ now: NOW, timeZone: ZONE, windowDays: 1 }, d);
console.log(`today only (the panel's fold): ${(performance.now() - f0).toFixed(0)} ms`);
const t0 = performance.now();
await d.calls.toArray();
console.log(`for scale, reading every call once: ${(performance.now() - t0).toFixed(0)} ms`);
d.close();
await d.delete();
