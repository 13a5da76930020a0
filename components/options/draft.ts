// The pack editor's working copy: a flat, form-friendly draft that turns back into a pack
// without losing fields the editor does not show (translations, notes, next steps…).
import { storage } from 'wxt/utils/storage';
import type { BucketId, Pack, PackInput, StageId } from '@/lib/packs/schema';
import type { PackError } from '@/lib/packs/validate';

export interface DraftScript {
  id: string;
  text: string;
  stage: StageId;
  discloses: boolean;
  techniques: string[];
  personas: string[];
  buckets: BucketId[];
}
export interface DraftScenario {
  id: string;
  title: string;
  examples: string[];
  scripts: DraftScript[];
  techniques: string[];
}
export interface Draft {
  id: string;
  name: string;
  version: string;
  author: string;
  scenarios: DraftScenario[];
  /** "utterance => scenario-id" per line: real phrasings the pack test must classify. */
  testPhrases: string;
  /** The pack this draft started from; fields the editor does not show are kept from it. */
  base?: Pack;
}

export const draftItem = storage.defineItem<Draft | null>('local:packEditorDraft', { fallback: null, version: 1 });

const today = () => new Date().toISOString().slice(0, 10);

export function newScript(n: number): DraftScript {
  return { id: `script-${n}`, text: '', stage: 'negotiate', discloses: false, techniques: [], personas: [], buckets: [] };
}

export function newScenario(n: number): DraftScenario {
  return { id: `scenario-${n}`, title: '', examples: [''], scripts: [newScript(1)], techniques: [] };
}

export function newDraft(author = ''): Draft {
  return { id: 'my-team-pack', name: '', version: '1.0.0', author, scenarios: [newScenario(1)], testPhrases: '' };
}

export function draftFromPack(pack: Pack): Draft {
  return {
    id: pack.id,
    name: pack.name['zh-CN'],
    version: pack.version,
    author: pack.author,
    scenarios: pack.scenarios.map((sc) => ({
      id: sc.id,
      title: sc.title['zh-CN'],
      examples: [...sc.examples],
      techniques: [...sc.techniques],
      scripts: sc.scripts.map((s) => ({
        id: s.id,
        text: s.text,
        stage: s.stage,
        discloses: s.discloses,
        techniques: [...s.techniques],
        personas: [...s.personas],
        buckets: [...s.buckets],
      })),
    })),
    testPhrases: '',
    base: pack,
  };
}

/** The draft as pack input for validatePack (which reports paths in the same indexes). */
export function draftToPack(d: Draft): PackInput {
  const base = d.base;
  const baseScenario = new Map(base?.scenarios.map((s) => [s.id, s]) ?? []);
  return {
    ...(base ?? { formatVersion: 1, locales: ['zh-CN'] }),
    formatVersion: 1,
    id: d.id.trim(),
    name: { ...base?.name, 'zh-CN': d.name.trim() },
    version: d.version.trim(),
    author: d.author.trim(),
    updatedAt: today(),
    locales: base?.locales ?? ['zh-CN'],
    scenarios: d.scenarios.map((sc) => {
      const prev = baseScenario.get(sc.id);
      const prevScripts = new Map(prev?.scripts.map((s) => [s.id, s]) ?? []);
      return {
        ...prev,
        id: sc.id.trim(),
        title: { ...prev?.title, 'zh-CN': sc.title.trim() },
        examples: sc.examples.map((e) => e.trim()).filter(Boolean),
        techniques: sc.techniques,
        scripts: sc.scripts.map((s) => ({ ...prevScripts.get(s.id), ...s, id: s.id.trim() })),
      };
    }),
  };
}

export const splitList = (s: string) => s.split(/[,，\s]+/).map((x) => x.trim()).filter(Boolean);

/** Errors at or below a JSON path prefix such as `scenarios[2]`. */
export function errorsUnder(errors: readonly PackError[], prefix: string): PackError[] {
  return errors.filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`));
}

/** Parse the test-phrase lines ("utterance => id"; id `none` = no objection). */
export function parseTestPhrases(text: string): { text: string; expected: string }[] {
  return text
    .split('\n')
    .map((l) => l.split(/\s*(?:=>|→)\s*/))
    .filter((p) => p.length === 2 && p[0]!.trim() && p[1]!.trim())
    .map(([t, e]) => ({ text: t!.trim(), expected: e!.trim() }));
}
