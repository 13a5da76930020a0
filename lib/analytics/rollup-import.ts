// The dashboard's importer: many roll-up files at once, each checked whole (JSON, format, version,
// schema, cube ranges, checksum, team-salt fingerprint) before anything of it is merged, so a
// refused file leaves nothing behind. Kept in one team store with global dictionaries; a file
// already imported (same agent, period and checksum) is skipped, and days an agent already has
// (overlapping periods, e.g. the daily posts and a manual export) are taken once.
import { CUBE_NAMES, CUBES, checkCubes, type Cubes, dayNumber, ROLLUP_FORMAT, ROLLUP_FORMAT_VERSION, rollupSchema, type CubeName, type PackRef, type RollupFile } from './rollup-format';
import { rollupChecksum } from './rollup-hash';
import { decodeInts } from './rollup-codec';

export const MAX_ROLLUP_BYTES = 100 * 1024 * 1024;

export type RefusalCode = 'too-big' | 'not-json' | 'foreign' | 'version' | 'invalid' | 'checksum' | 'team';

export type FileResult =
  | { name: string; status: 'imported'; agentId: string; from: string; to: string; days: number; skippedDays: number; calls: number }
  | { name: string; status: 'duplicate' | 'overlap'; agentId: string }
  | { name: string; status: 'refused'; reason: RefusalCode };

export interface GlobalScript {
  id: string;
  situation: string;
  /** Index into TeamStore.packs, -1 unknown. */
  pack: number;
}

/** One imported file as the store keeps it: its decoded cubes untouched (file-local indexes and day
 *  offsets), the maps from its dictionaries to the store's, and which of its days count (days the
 *  agent already had from another file are skipped). Importing copies no row. */
export interface Segment {
  agent: number;
  /** Day number of the file's period.from (cube days are offsets from it). */
  from: number;
  /** 1 for each day offset whose rows count. */
  fresh: Uint8Array;
  cubes: Record<CubeName, Int32Array>;
  situations: Int32Array;
  packs: Int32Array;
  scripts: Int32Array;
  rules: Int32Array;
  hashes: Int32Array;
}

/** Everything imported: global dictionaries and one segment per file. */
export class TeamStore {
  fingerprint: string | null = null;
  readonly agents: string[] = [];
  readonly situations: string[] = [];
  readonly scripts: GlobalScript[] = [];
  readonly packs: PackRef[] = [];
  readonly rules: string[] = [];
  readonly files: { agentId: string; from: string; to: string; checksum: string }[] = [];
  /** Agent index → day numbers present. */
  readonly covered = new Map<number, Set<number>>();
  readonly segments: Segment[] = [];
  /** Hash → index, keyed by the hash's last 52 bits as a number (exact in a double; faster than strings). */
  private readonly hashIndex = new Map<number, number>();
  private readonly indexes = new Map<string, Map<string, number>>();

  /** Stable global index of a value in a named dictionary. */
  intern<T>(dict: string, key: string, list: T[], make: () => T): number {
    let m = this.indexes.get(dict);
    if (!m) this.indexes.set(dict, (m = new Map()));
    let i = m.get(key);
    if (i === undefined) {
      i = list.push(make()) - 1;
      m.set(key, i);
    }
    return i;
  }
  /** The index of the 16-hex hash at `at` in `joined` (no substring made: 600k of them per import). */
  hash(joined: string, at = 0): number {
    let key = 0;
    for (let j = at + 3; j < at + 16; j++) {
      const c = joined.charCodeAt(j);
      key = key * 16 + (c <= 57 ? c - 48 : c - 87);
    }
    let i = this.hashIndex.get(key);
    if (i === undefined) this.hashIndex.set(key, (i = this.hashIndex.size));
    return i;
  }
  get hashCount(): number {
    return this.hashIndex.size;
  }
}

/** Parse and check one file; a RollupFile or why it is refused. Nothing is merged here. */
export interface CheckedRollup {
  file: RollupFile;
  cubes: Record<CubeName, Int32Array>;
}

export async function checkRollupText(text: string): Promise<CheckedRollup | RefusalCode> {
  if (text.length > MAX_ROLLUP_BYTES) return 'too-big';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== ROLLUP_FORMAT) return 'foreign';
  if ((raw as { formatVersion?: unknown }).formatVersion !== ROLLUP_FORMAT_VERSION) return 'version';
  const parsed = rollupSchema.safeParse(raw);
  if (!parsed.success) return 'invalid';
  const file = parsed.data as RollupFile;
  const cubes = {} as Record<CubeName, Int32Array>;
  for (const name of CUBE_NAMES) {
    const data = decodeInts(file.cubes[name]);
    if (!data) return 'invalid';
    cubes[name] = data;
  }
  if (checkCubes(file, cubes as Cubes)) return 'invalid';
  if ((await rollupChecksum(raw as object)) !== file.checksum) return 'checksum';
  return { file, cubes };
}

/** Merge a checked file; returns what was taken. Cannot fail once the file passed checkRollupText. */
function merge(store: TeamStore, { file: f, cubes }: CheckedRollup): { days: number; skippedDays: number; calls: number } {
  const agent = store.intern('agents', f.agentId, store.agents, () => f.agentId);
  let have = store.covered.get(agent);
  if (!have) store.covered.set(agent, (have = new Set()));
  // Days of the file's period this agent does not have yet (1 = take its rows).
  const from = dayNumber(f.period.from);
  const span = dayNumber(f.period.to) - from + 1;
  const fresh = new Uint8Array(span);
  let skippedDays = 0;
  let freshDays = 0;
  for (let i = 0; i < span; i++) {
    if (have.has(from + i)) skippedDays++;
    else (fresh[i] = 1), freshDays++;
  }
  const d = f.dictionaries;
  const map = (list: number[]) => Int32Array.from(list);
  const situations = map(d.situations.map((x) => store.intern('situations', x, store.situations, () => x)));
  const packs = map(d.packs.map((p) => store.intern('packs', `${p.id}@${p.version}`, store.packs, () => ({ ...p }))));
  const scripts = map(
    d.scripts.map((x) => {
      const pack = x.pack < 0 ? -1 : packs[x.pack]!;
      return store.intern('scripts', `${x.id}|${pack}`, store.scripts, () => ({ id: x.id, situation: x.situation, pack }));
    }),
  );
  const rules = map(d.rules.map((r) => store.intern('rules', r, store.rules, () => r)));
  const hashes = new Int32Array(d.hashes.length / 16);
  for (let i = 0; i < hashes.length; i++) hashes[i] = store.hash(d.hashes, i * 16);
  let calls = 0;
  const c = cubes.calls;
  for (let r = 0; r < c.length; r += CUBES.calls.length) if (fresh[c[r]!]) calls += c[r + 7]!;
  if (freshDays) store.segments.push({ agent, from, fresh, cubes, situations, packs, scripts, rules, hashes });
  for (let i = 0; i < span; i++) if (fresh[i]) have.add(from + i);
  store.files.push({ agentId: f.agentId, from: f.period.from, to: f.period.to, checksum: f.checksum });
  return { days: freshDays, skippedDays, calls };
}

/**
 * Import files into the store. Every file is checked before any is merged; the first accepted file
 * fixes the team (its salt fingerprint), a file of another team is refused.
 */
export async function importRollups(store: TeamStore, files: readonly { name: string; text: string }[]): Promise<FileResult[]> {
  return importChecked(store, await Promise.all(files.map(async (f) => ({ name: f.name, r: await checkRollupText(f.text) }))));
}

/** What a file turned out to be after checkRollupText (in this thread or in a worker). */
export interface CheckedFile {
  name: string;
  r: CheckedRollup | RefusalCode;
}

/** Merge files already checked (the dashboard checks them in workers); results in the files' order. */
export function importChecked(store: TeamStore, checked: readonly CheckedFile[]): FileResult[] {
  const results: FileResult[] = [];
  for (const { name, r: checkedFile } of checked) {
    if (typeof checkedFile === 'string') {
      results.push({ name, status: 'refused', reason: checkedFile });
      continue;
    }
    const r = checkedFile.file;
    if (store.fingerprint !== null && r.saltFingerprint !== store.fingerprint) {
      results.push({ name, status: 'refused', reason: 'team' });
      continue;
    }
    if (store.files.some((x) => x.agentId === r.agentId && x.from === r.period.from && x.to === r.period.to && x.checksum === r.checksum)) {
      results.push({ name, status: 'duplicate', agentId: r.agentId });
      continue;
    }
    store.fingerprint ??= r.saltFingerprint;
    const taken = merge(store, checkedFile);
    results.push(
      taken.days
        ? { name, status: 'imported', agentId: r.agentId, from: r.period.from, to: r.period.to, ...taken }
        : { name, status: 'overlap', agentId: r.agentId },
    );
  }
  return results;
}
