// Merges several validated packs by precedence (e.g. default < team < supervisor). Same id:
// the higher pack wins; new ids are added; every script remembers the pack it came from.
// Prohibitions are the exception: a technique any pack prohibits stays prohibited, and no script
// tagged with one is merged (installs refuse such packs; this holds for packs stored before).
import type { Pack, Scenario, Script, Technique } from './schema';
import { prohibitedTechniqueIds } from './vet';

export type SourcedScript = Script & { sourcePackId: string };
export type MergedScenario = Omit<Scenario, 'scripts'> & { scripts: SourcedScript[]; sourcePackIds: string[] };
export type MergedPack = Omit<Pack, 'scenarios' | 'stageScripts'> & {
  scenarios: MergedScenario[];
  stageScripts: SourcedScript[];
  /** Pack ids merged, lowest precedence first. */
  sources: string[];
};

function mergeById<T extends { id: string }>(base: T[], over: T[]): T[] {
  const out = [...base];
  const index = new Map(out.map((x, i) => [x.id, i] as const));
  for (const item of over) {
    const i = index.get(item.id);
    if (i === undefined) {
      index.set(item.id, out.length);
      out.push(item);
    } else out[i] = item;
  }
  return out;
}

const sourced = (scripts: Script[], packId: string): SourcedScript[] => scripts.map((s) => ({ ...s, sourcePackId: packId }));

/** A higher pack may tighten a rating, never lift a prohibition. */
function mergeTechniques(base: Technique[], over: Technique[]): Technique[] {
  const prohibited = new Set(base.filter((t) => t.rating === 'prohibited').map((t) => t.id));
  return mergeById(
    base,
    over.filter((t) => t.rating === 'prohibited' || !prohibited.has(t.id)),
  );
}

/**
 * `packs` are ordered from LOWEST to HIGHEST precedence; the last one wins on conflicts.
 * Scenario with the same id: title/summary/techniques/nextSteps come from the higher pack,
 * scripts merge by id (higher wins), trigger examples are the union (so a supervisor can
 * add phrasings without copying the default ones). Pack metadata comes from the highest pack.
 */
export function mergePacks(packs: readonly Pack[], opts: { prohibitedBy?: readonly Pick<Pack, 'techniques'>[] } = {}): MergedPack {
  if (!packs.length) throw new Error('mergePacks: no packs');
  let scenarios: MergedScenario[] = [];
  let stageScripts: SourcedScript[] = [];
  const neutral = new Set<string>();
  let rest: Omit<Pack, 'scenarios' | 'stageScripts'> | null = null;
  for (const pack of packs) {
    const incoming: MergedScenario[] = pack.scenarios.map((sc) => {
      const prev = scenarios.find((p) => p.id === sc.id);
      const own = sourced(sc.scripts, pack.id);
      if (!prev) return { ...sc, scripts: own, sourcePackIds: [pack.id] };
      return {
        ...sc,
        examples: [...new Set([...prev.examples, ...sc.examples])],
        scripts: mergeById(prev.scripts, own),
        sourcePackIds: [...prev.sourcePackIds, pack.id],
      };
    });
    scenarios = mergeById(scenarios, incoming);
    stageScripts = mergeById(stageScripts, sourced(pack.stageScripts, pack.id));
    for (const n of pack.neutralExamples) neutral.add(n);
    const { scenarios: _s, stageScripts: _ss, ...meta } = pack;
    rest = rest
      ? {
          ...meta,
          personas: mergeById(rest.personas, meta.personas),
          techniques: mergeTechniques(rest.techniques, meta.techniques),
          stages: mergeById(rest.stages, meta.stages),
          legalNotes: mergeById(rest.legalNotes, meta.legalNotes),
          siteAdapters: mergeById(rest.siteAdapters, meta.siteAdapters),
        }
      : meta;
  }
  // `prohibitedBy`: packs whose prohibitions hold even when they are not merged (the default pack, switched off).
  const prohibited = prohibitedTechniqueIds([...packs, ...(opts.prohibitedBy ?? [])]);
  const lawful = (s: SourcedScript) => !s.techniques.some((t) => prohibited.has(t));
  return {
    ...rest!,
    techniques: rest!.techniques.filter((t) => t.rating === 'prohibited' || !prohibited.has(t.id)),
    neutralExamples: [...neutral],
    scenarios: scenarios.map((sc) => ({ ...sc, scripts: sc.scripts.filter(lawful), techniques: sc.techniques.filter((t) => !prohibited.has(t)) })),
    stageScripts: stageScripts.filter(lawful),
    sources: packs.map((p) => p.id),
  };
}
