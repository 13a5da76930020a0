// The pack test: every trigger example (and every test phrasing) through the classifier built
// from what agents would actually load — the enabled library packs with this draft on top.
import { mergePacks } from '@/lib/packs/merge';
import type { Pack } from '@/lib/packs/schema';
import { buildClassifier } from '@/lib/suggest/classifier';
import type { Draft } from './draft';
import { parseTestPhrases } from './draft';

export interface PackTestMiss {
  text: string;
  expected: string;
  got: string;
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
  const cases = [
    ...pack.scenarios.flatMap((sc) => sc.examples.map((text) => ({ text, expected: sc.id, kind: 'example' as const }))),
    ...parseTestPhrases(draft.testPhrases).map((p) => ({ ...p, kind: 'phrase' as const })),
  ];
  const misses: PackTestMiss[] = [];
  for (const c of cases) {
    const top = classifier.classify(c.text).top[0];
    const got = top?.id ?? 'none';
    if (got !== c.expected) misses.push({ ...c, got, score: top?.score ?? null });
  }
  return { total: cases.length, misses };
}
