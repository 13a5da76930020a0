// The pack test: every trigger example (and every test phrasing) through the classifier built
// from what agents would actually load — the enabled library packs with this draft on top; and an
// agent line tried against the checklist matcher built from the draft's stages.
import { mergePacks } from '@/lib/packs/merge';
import type { Pack } from '@/lib/packs/schema';
import { buildClassifier } from '@/lib/suggest/classifier';
import type { ChecklistMatcher } from '@/lib/live/checklist-heard';
import type { Draft } from './draft';
import { parseTestPhrases } from './draft';

export interface PackTestMiss {
  text: string;
  /** Scenario ids; `expectedTitle` / `gotTitle` are what the supervisor reads. */
  expected: string;
  got: string;
  expectedTitle: string;
  gotTitle: string;
  score: number | null;
  kind: 'example' | 'phrase';
}
export interface PackTestResult {
  total: number;
  misses: PackTestMiss[];
}

export function runPackTest(draft: Draft, pack: Pack, lowerPacks: readonly Pack[]): PackTestResult {
  const merged = mergePacks([...lowerPacks.filter((p) => p.id !== pack.id), pack]);
  const classifier = buildClassifier(merged);
  // A test phrasing names its scenario by title (as the supervisor sees it, in any language) or id.
  const byName = new Map<string, string>();
  for (const sc of merged.scenarios) {
    byName.set(sc.id, sc.id);
    for (const title of Object.values(sc.title)) if (title) byName.set(title.trim(), sc.id);
  }
  const titleOf = (id: string) => merged.scenarios.find((sc) => sc.id === id)?.title['zh-CN'] ?? id;
  const cases = [
    ...pack.scenarios.flatMap((sc) => sc.examples.map((text) => ({ text, expected: sc.id, kind: 'example' as const }))),
    ...parseTestPhrases(draft.testPhrases).map((p) => ({ ...p, expected: byName.get(p.expected) ?? p.expected, kind: 'phrase' as const })),
  ];
  const misses: PackTestMiss[] = [];
  for (const c of cases) {
    const top = classifier.classify(c.text).top[0];
    const got = top?.id ?? 'none';
    if (got !== c.expected) misses.push({ ...c, got, score: top?.score ?? null, expectedTitle: titleOf(c.expected), gotTitle: got === 'none' ? '—' : titleOf(got) });
  }
  return { total: cases.length, misses };
}

/** One checklist item an agent line would tick on a live call, with its text. */
export interface ChecklistTick {
  id: string;
  text: Pack['stages'][number]['checklist'][number]['text'];
}

/**
 * "这句话会勾选：…": the items the live call's matcher (lib/live/checklist-heard, the one the panel
 * runs) would tick for this agent line, with this pack's stages and examples.
 */
export function checklistTicks(matcher: ChecklistMatcher, stages: Pack['stages'], line: string, todayISO: string): ChecklistTick[] {
  const items = new Map(stages.flatMap((s) => s.checklist.map((c) => [c.id, c.text] as const)));
  return matcher.heard(line, todayISO).flatMap((h) => {
    const text = items.get(h.id);
    return text ? [{ id: h.id, text }] : [];
  });
}
