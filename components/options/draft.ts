// The pack editor's working copy: a flat, form-friendly draft that turns back into a pack
// without losing fields the editor does not show (translations, notes, next steps…).
// The stored draft (key `packEditorDraft`, lib/storage/items.ts) is repaired by restoreDraft on load.
import { BUCKET_IDS, STAGE_IDS, type BucketId, type ChecklistItem, type Pack, type PackInput, type Stage, type StageId } from '@/lib/packs/schema';
import type { PackError } from '@/lib/packs/validate';
import { todayISO } from '@/lib/time';

export interface DraftScript {
  id: string;
  text: string;
  /** The zh-CN short form ('' = none); its other locales are kept from the base pack. */
  short: string;
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
/** The pack's locales, each a text field (or a list of lines) in the stage editor. */
export const DRAFT_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type DraftLocale = (typeof DRAFT_LOCALES)[number];
export type PerLocale<T> = Record<DraftLocale, T>;

/** One checklist item: its text and the agent's ways of saying it (the live matcher's examples). */
export interface DraftChecklistItem {
  id: string;
  text: PerLocale<string>;
  required: boolean;
  examples: PerLocale<string[]>;
}
/** A stage's checklist (its title and goal are kept from the base pack). */
export interface DraftStage {
  id: StageId;
  checklist: DraftChecklistItem[];
}
export interface Draft {
  id: string;
  name: string;
  version: string;
  author: string;
  scenarios: DraftScenario[];
  /** The call stages' checklists. */
  stages: DraftStage[];
  /** "utterance => scenario-id" per line: real phrasings the pack test must classify. */
  testPhrases: string;
  /** The pack this draft started from; fields the editor does not show are kept from it. */
  base?: Pack;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * A stored draft, repaired field by field (a wrong-typed field takes its blank value, a bad stage
 * becomes `negotiate`, unknown buckets go); not a draft at all → null (the editor starts afresh).
 */
export function restoreDraft(raw: unknown): Draft | null {
  if (!isObject(raw) || !Array.isArray(raw.scenarios)) return null;
  const stages: readonly string[] = STAGE_IDS;
  const buckets: readonly string[] = BUCKET_IDS;
  const base = raw.base;
  const baseOk = isObject(base) && Array.isArray(base.scenarios) && isObject(base.name) && Array.isArray(base.locales);
  return {
    id: str(raw.id),
    name: str(raw.name),
    version: str(raw.version, '1.0.0'),
    author: str(raw.author),
    testPhrases: str(raw.testPhrases),
    scenarios: list(raw.scenarios).map((sc, i) => ({
      id: str(sc.id, `scenario-${i + 1}`),
      title: str(sc.title),
      examples: strs(sc.examples),
      techniques: strs(sc.techniques),
      scripts: list(sc.scripts).map((s, j) => ({
        id: str(s.id, `script-${j + 1}`),
        text: str(s.text),
        short: str(s.short),
        stage: (stages.includes(s.stage as string) ? s.stage : 'negotiate') as StageId,
        discloses: s.discloses === true,
        techniques: strs(s.techniques),
        personas: strs(s.personas),
        buckets: strs(s.buckets).filter((b) => buckets.includes(b)) as BucketId[],
      })),
    })),
    // A draft stored before stages were editable takes its base pack's.
    stages: Array.isArray(raw.stages) ? restoreStages(raw.stages) : baseOk && Array.isArray(base.stages) ? restoreStages(base.stages) : [],
    ...(baseOk ? { base: base as unknown as Pack } : {}),
  };
}

const perLocale = <T>(v: unknown, read: (x: unknown) => T): PerLocale<T> => {
  const o = isObject(v) ? v : {};
  return { 'zh-CN': read(o['zh-CN']), 'zh-TW': read(o['zh-TW']), en: read(o.en) };
};

/** Stored stages, repaired: unknown stage ids go, fields take their blank value when mistyped. */
function restoreStages(raw: unknown[]): DraftStage[] {
  const ids: readonly string[] = STAGE_IDS;
  return list(raw)
    .filter((st) => ids.includes(st.id as string))
    .map((st) => ({
      id: st.id as StageId,
      checklist: list(st.checklist).map((c, j) => ({
        id: str(c.id, `item-${j + 1}`),
        text: perLocale(c.text, (x) => str(x)),
        required: c.required === true,
        examples: perLocale(c.examples, strs),
      })),
    }));
}

/** A new item, its id free across every stage (item ids are one namespace: the call's checklist). */
export function newChecklistItem(stages: readonly DraftStage[]): DraftChecklistItem {
  const used = new Set(stages.flatMap((s) => s.checklist.map((c) => c.id)));
  let n = 1;
  while (used.has(`item-${n}`)) n++;
  return { id: `item-${n}`, text: { 'zh-CN': '', 'zh-TW': '', en: '' }, required: false, examples: { 'zh-CN': [], 'zh-TW': [], en: [] } };
}

function draftStages(stages: readonly Stage[]): DraftStage[] {
  return stages.map((st) => ({
    id: st.id,
    checklist: st.checklist.map((c) => ({
      id: c.id,
      text: { 'zh-CN': c.text['zh-CN'], 'zh-TW': c.text['zh-TW'] ?? '', en: c.text.en ?? '' },
      required: c.required,
      examples: { 'zh-CN': [...(c.examples?.['zh-CN'] ?? [])], 'zh-TW': [...(c.examples?.['zh-TW'] ?? [])], en: [...(c.examples?.en ?? [])] },
    })),
  }));
}

/** Lines as the supervisor typed them: trimmed, blank lines dropped. */
const lines = (xs: readonly string[]) => xs.map((e) => e.trim()).filter(Boolean);

function checklistItemInput(c: DraftChecklistItem): ChecklistItem {
  const text = { 'zh-CN': c.text['zh-CN'].trim(), ...(c.text['zh-TW'].trim() ? { 'zh-TW': c.text['zh-TW'].trim() } : {}), ...(c.text.en.trim() ? { en: c.text.en.trim() } : {}) };
  const ex = { 'zh-CN': lines(c.examples['zh-CN']), 'zh-TW': lines(c.examples['zh-TW']), en: lines(c.examples.en) };
  const any = ex['zh-CN'].length + ex['zh-TW'].length + ex.en.length > 0;
  const examples = { 'zh-CN': ex['zh-CN'], ...(ex['zh-TW'].length ? { 'zh-TW': ex['zh-TW'] } : {}), ...(ex.en.length ? { en: ex.en } : {}) };
  return { id: c.id.trim(), text, required: c.required, ...(any ? { examples } : {}) };
}

/** The draft's stages as pack input: titles and goals from the base pack (a stage without one takes its id). */
function stagesInput(stages: readonly DraftStage[], base: Pack | undefined): Stage[] {
  const prev = new Map(base?.stages.map((s) => [s.id, s]) ?? []);
  return stages.map((st) => {
    const p = prev.get(st.id);
    return { ...p, id: st.id, title: p?.title ?? { 'zh-CN': st.id }, goal: p?.goal ?? { 'zh-CN': st.id }, checklist: st.checklist.map(checklistItemInput) };
  });
}

const today = () => todayISO();

export function newScript(n: number): DraftScript {
  return { id: `script-${n}`, text: '', short: '', stage: 'negotiate', discloses: false, techniques: [], personas: [], buckets: [] };
}

export function newScenario(n: number): DraftScenario {
  return { id: `scenario-${n}`, title: '', examples: [''], scripts: [newScript(1)], techniques: [] };
}

export function newDraft(author = ''): Draft {
  return { id: 'my-team-pack', name: '', version: '1.0.0', author, scenarios: [newScenario(1)], stages: [], testPhrases: '' };
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
        short: s.short?.['zh-CN'] ?? '',
        stage: s.stage,
        discloses: s.discloses,
        techniques: [...s.techniques],
        personas: [...s.personas],
        buckets: [...s.buckets],
      })),
    })),
    stages: draftStages(pack.stages),
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
        scripts: sc.scripts.map(({ short, ...s }) => {
          const { short: prevShort, ...prevScript } = prevScripts.get(s.id) ?? {};
          const zh = short.trim();
          return { ...prevScript, ...s, id: s.id.trim(), ...(zh ? { short: { ...prevShort, 'zh-CN': zh } } : {}) };
        }),
      };
    }),
    stages: stagesInput(d.stages, base),
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
