// Quality gates of the classifier on the default pack: per-scenario leave-one-out over the pack's own
// examples, top-1 on the dev set and on the HARD dev set (dialect, run-on ASR text, TW/HK, English),
// and no neutral line or concrete promise ever read as an objection. `npm run -s classify -- --eval`
// prints the same figures with the misses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { NONE, asRunOn, evaluateSet, leaveOneOut, parseLabelled, pct, rate } from '@/lib/suggest/evaluate';

const pack = loadDefaultPackNode();
const load = (name: string) => parseLabelled(readFileSync(resolve(import.meta.dirname, '../../fixtures/eval', name), 'utf8'));
const dev = load('utterances.dev.jsonl');
const hard = load('utterances.hard.jsonl');

describe('classifier quality (default pack)', () => {
  it('classifies the examples of every scenario to it when each is left out (≥ 60% per scenario, ≥ 85% pooled)', () => {
    const loo = leaveOneOut(pack);
    console.log(`default pack leave-one-out: ${loo.ok}/${loo.total} = ${pct(loo)}`);
    const failing = loo.rows.filter((t) => rate(t) < 0.6).map((t) => `${t.id} ${t.ok}/${t.total}`);
    expect(failing).toEqual([]);
    expect(loo.rows.map((t) => t.id)).toEqual(pack.scenarios.map((s) => s.id));
    expect(rate(loo)).toBeGreaterThanOrEqual(0.85);
  }, 120_000);

  it('passes the dev set: top-1 ≥ 90%', () => {
    const r = evaluateSet(pack, dev);
    console.log(`dev set top-1: ${r.ok}/${r.total} = ${pct(r)}`);
    expect(r.unscorable).toEqual([]);
    expect(rate(r)).toBeGreaterThanOrEqual(0.9);
  });

  it('passes the hard set over the scenario ids the pack holds: top-1 ≥ 85%', () => {
    const r = evaluateSet(pack, hard);
    const ids = new Set(pack.scenarios.map((s) => s.id));
    console.log(`hard set top-1: ${r.ok}/${r.total} = ${pct(r)} (${r.unscorable.length} lines for ids not in the pack)`);
    for (const t of r.rows) if (t.id !== NONE) console.log(`  ${t.id}: ${t.ok}/${t.total}`);
    // Every scenario the pack holds is measured, with ≥ 5 hard lines.
    for (const id of ids) expect(r.rows.find((t) => t.id === id)?.total ?? 0, id).toBeGreaterThanOrEqual(5);
    expect(rate(r)).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the objection in run-on speech: dev and hard lines inside small talk, no punctuation (≥ 85%, none stays none)', () => {
    const r = evaluateSet(pack, asRunOn([...dev, ...hard]));
    console.log(`run-on top-1: ${r.ok}/${r.total} = ${pct(r)}`);
    expect(r.total).toBeGreaterThanOrEqual(150);
    expect(rate(r)).toBeGreaterThanOrEqual(0.85);
    expect(r.misses.filter((m) => m.expect === NONE).map((m) => `${m.text} → ${m.got}`)).toEqual([]);
  });

  it('never reads a neutral line or a concrete promise as an objection (dev and hard sets)', () => {
    const neutral = [...dev, ...hard].filter((l) => l.expect === NONE);
    expect(neutral.length).toBeGreaterThanOrEqual(30);
    const r = evaluateSet(pack, neutral);
    expect(r.misses.map((m) => `${m.text} → ${m.got}`)).toEqual([]);
  });
});
