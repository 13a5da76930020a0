// The live checklist matcher (lib/live/checklist-heard), measured two ways:
//   npx tsx scripts/checklist-eval.ts
// 1. leave-one-out over the pack's checklist examples and the neutral agent lines, words only, at the
//    matcher's thresholds (what the thresholds were set on);
// 2. the held-out agent lines (tests/unit/live/checklist-heldout.ts), the whole matcher (words and the
//    promise's elements), precision and recall per tick.
import { loadDefaultPackNode } from '../lib/packs/load-node';
import { buildClassifier } from '../lib/suggest/classifier';
import { buildChecklistMatcher, checklistExamples, HEARD_MARGIN, HEARD_MIN, HEARD_MIN_LATIN, linePieces } from '../lib/live/checklist-heard';
import { HELD_OUT } from '../tests/unit/live/checklist-heldout';
import { AGENT_NEUTRAL } from '../lib/live/agent-neutral';
const pack = loadDefaultPackNode();
const items = checklistExamples(pack.stages);
const all = [...items.flatMap((i) => i.examples.map((e) => ({ text: e, id: i.id }))), ...AGENT_NEUTRAL.map((e) => ({ text: e, id: null as string | null }))];
const rows: { want: string | null; got: string | null; score: number; lead: number; han: boolean }[] = [];
for (let k = 0; k < all.length; k++) {
  const held = all[k]!;
  const sc = items.map((i) => ({ id: i.id, examples: i.examples.filter((e) => e !== held.text) }));
  const c = buildClassifier({ scenarios: sc as unknown as Parameters<typeof buildClassifier>[0]['scenarios'], neutralExamples: AGENT_NEUTRAL.filter((e) => e !== held.text) });
  let best = { got: null as string | null, score: 0, lead: -1 };
  for (const p of linePieces(held.text)) {
    const e = c.explain(p);
    const t = e.raw[0];
    if (t && t.score - e.noneRaw > best.lead) best = { got: t.id, score: t.score, lead: t.score - e.noneRaw };
  }
  rows.push({ want: held.id, ...best, han: /\p{Script=Han}/u.test(held.text) });
}
const count = (pairs: Iterable<[string | null, string | null]>) => {
  let tp = 0, fp = 0, fn = 0;
  for (const [want, got] of pairs) {
    if (got && got === want) tp++;
    else {
      if (got) fp++;
      if (want) fn++;
    }
  }
  return { tp, fp, fn, precision: +(tp / (tp + fp)).toFixed(3), recall: +(tp / (tp + fn)).toFixed(3) };
};
const picked = (r: (typeof rows)[number]) => (r.score >= (r.han ? HEARD_MIN : HEARD_MIN_LATIN) && r.lead >= HEARD_MARGIN ? r.got : null);
console.log('leave-one-out (examples + neutral lines, words only):', count(rows.map((r) => [r.want, picked(r)])));

const matcher = buildChecklistMatcher(pack.stages);
const ticks: [string | null, string | null][] = [];
for (const line of HELD_OUT) {
  const got = matcher.heard(line.text, '2026-11-23').map((h) => h.id);
  for (const g of got) {
    ticks.push([line.items.includes(g) ? g : null, g]);
    if (!line.items.includes(g)) console.log('  false tick', g, '←', line.text);
  }
  for (const w of line.items) if (!got.includes(w)) (ticks.push([w, null]), console.log('  missed', w, '←', line.text));
}
console.log(`held-out (${HELD_OUT.length} lines, whole matcher):`, count(ticks));
