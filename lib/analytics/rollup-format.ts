// The roll-up file (统计汇总文件), format version 1: aggregated counts of one agent's calls for a
// period, with no personal data by construction. Each cube is a flat row-major list of integers
// (the columns below), carried as one base64 string of varints (rollup-codec.ts), so 200 agents ×
// 90 days parse and check in well under a second. Every other string in the file is an id that
// passes ID_PATTERN, a day, a hash or the agent's own chosen id.
import * as z from 'zod';
import { addDays, daysBetween } from '../time/iso-date';
import { BUCKETS } from '../domain/bucket';
import { OUTCOME_CODES, PROMISE_STATUSES } from '../db/schema';
import { isISODay } from '../time';

export const ROLLUP_FORMAT = 'daihou-assist-rollup';
export const ROLLUP_FORMAT_VERSION = 1;

/** Ids allowed as dimension values (situation, script, pack, rule ids): no spaces, no text. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,79}$/i;
/** The agent's chosen id (工号 or a pseudonym): letters, digits, CJK, `._-`, 1–40 characters. */
export const AGENT_ID_PATTERN = /^[\p{L}\p{N}._-]{1,40}$/u;
/** Pack versions as packs write them (1.2.0, 2026-11-01…). */
export const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,39}$/;
/** A keyed debtor hash: the first 64 bits of HMAC-SHA-256(team salt, debtor key), hex. */
export const HASH_PATTERN = /^[0-9a-f]{16}$/;

/** Promise amounts appear only as these bands (CNY or the record's currency, upper bounds exclusive). */
export const AMOUNT_BANDS = [1_000, 5_000, 20_000, 100_000, Number.POSITIVE_INFINITY] as const;
export const AMOUNT_BAND_LABELS = ['<1k', '1k–5k', '5k–20k', '20k–100k', '≥100k'] as const;
export function amountBand(amount: number): number {
  return AMOUNT_BANDS.findIndex((max) => amount < max);
}

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const CONTACT_KINDS = ['debtor', 'third-party'] as const;

/** Column layouts, keys then measures. `-1` in a key column means none / unknown; `day` is the
 *  offset from period.from. */
export const CUBES = {
  /** One row per (day, local hour, bucket, contact kind, outcome, first situation, pack of the first script). */
  calls: ['day', 'hour', 'bucket', 'contact', 'outcome', 'situation', 'pack', 'n', 'promises', 'kept', 'pending'],
  /** One row per (day, script, bucket): calls that used the script. */
  scripts: ['day', 'script', 'bucket', 'uses', 'rpc', 'promises', 'kept', 'pending'],
  /** One row per (day, rule, severity): findings on calls, and how many the agent overrode. */
  rules: ['day', 'rule', 'severity', 'findings', 'overrides'],
  /** One row per (day made, bucket, amount band, status at export): promise records. */
  promises: ['day', 'bucket', 'band', 'status', 'n'],
  /** One row per (debtor hash, day, kind 0 reached / 1 promised / 2 kept). */
  debtors: ['hash', 'day', 'kind'],
} as const;
export type CubeName = keyof typeof CUBES;
export const CUBE_NAMES = Object.keys(CUBES) as CubeName[];

export interface ScriptRef {
  id: string;
  /** The situation (scenario id) the script answers in its pack, '' when not known. */
  situation: string;
  /** Index into `dictionaries.packs`, -1 when the script is in no active pack. */
  pack: number;
}

export interface PackRef {
  id: string;
  version: string;
}

export interface RollupBody {
  format: typeof ROLLUP_FORMAT;
  formatVersion: typeof ROLLUP_FORMAT_VERSION;
  agentId: string;
  period: { from: string; to: string };
  createdAt: number;
  /** HMAC-SHA-256(salt, fixed label), 16 hex: files of one team carry the same. */
  saltFingerprint: string;
  dictionaries: {
    situations: string[];
    scripts: ScriptRef[];
    packs: PackRef[];
    rules: string[];
    /** Debtor hashes (HASH_PATTERN), concatenated: 16 hex characters each. */
    hashes: string;
  };
  /** Each cube's integers, encoded (encodeInts / decodeInts). */
  cubes: Record<CubeName, string>;
}

/** Decoded cubes. */
export type Cubes = Record<CubeName, ArrayLike<number>>;

export interface RollupFile extends RollupBody {
  /** `sha256-` + hex SHA-256 of the canonical JSON of everything else. */
  checksum: string;
}

/** The dictionary's debtor hashes, one by one. */
export function splitHashes(joined: string): string[] {
  return Array.from({ length: joined.length / 16 }, (_, i) => joined.slice(i * 16, i * 16 + 16));
}

/** Day numbers: days since 1970-01-01 of an ISO day (calendar arithmetic of lib/time, no zone). */
const EPOCH_DAY = '1970-01-01';
export function dayNumber(iso: string): number {
  return daysBetween(EPOCH_DAY, iso);
}
export function dayIso(n: number): string {
  return addDays(EPOCH_DAY, n);
}

const id = z.string().regex(ID_PATTERN);
const isoDay = z.string().refine(isISODay);
// Base64 is checked by decoding it (decodeInts): a regex over 30 MB of cubes cost more than the decoding.
const encoded = z.string().max(200_000_000);

/** The envelope; cube contents are checked by `checkCubes` (fast loops, not one zod node per number). */
export const rollupSchema = z.strictObject({
  format: z.literal(ROLLUP_FORMAT),
  formatVersion: z.literal(ROLLUP_FORMAT_VERSION),
  agentId: z.string().regex(AGENT_ID_PATTERN),
  period: z.strictObject({ from: isoDay, to: isoDay }).refine((p) => p.from <= p.to, { error: 'bad-period' }),
  createdAt: z.number().int().positive(),
  saltFingerprint: z.string().regex(HASH_PATTERN),
  dictionaries: z.strictObject({
    situations: z.array(id).max(5000),
    scripts: z.array(z.strictObject({ id, situation: z.union([id, z.literal('')]), pack: z.number().int().min(-1) })).max(50_000),
    packs: z.array(z.strictObject({ id, version: z.string().regex(VERSION_PATTERN) })).max(200),
    rules: z.array(id).max(1000),
    hashes: z.string().max(16 * 2_000_000).regex(/^(?:[0-9a-f]{16})*$/),
  }),
  cubes: z.strictObject(Object.fromEntries(CUBE_NAMES.map((c) => [c, encoded])) as Record<CubeName, typeof encoded>),
  checksum: z.string().regex(/^sha256-[0-9a-f]{64}$/),
});

/** Upper bounds of each key column (inclusive), given the file's dictionaries; -1 allowed where noted. */
function keyLimits(f: RollupBody): Record<CubeName, [min: number, max: number][]> {
  const d = f.dictionaries;
  // Days are offsets from period.from (0 = the first day): one byte each in the encoded cube.
  const day: [number, number] = [0, dayNumber(f.period.to) - dayNumber(f.period.from)];
  return {
    calls: [day, [0, 23], [-1, BUCKETS.length - 1], [0, CONTACT_KINDS.length - 1], [0, OUTCOME_CODES.length - 1], [-1, d.situations.length - 1], [-1, d.packs.length - 1]],
    scripts: [day, [0, d.scripts.length - 1], [-1, BUCKETS.length - 1]],
    rules: [day, [0, d.rules.length - 1], [0, SEVERITIES.length - 1]],
    promises: [day, [-1, BUCKETS.length - 1], [0, AMOUNT_BANDS.length - 1], [0, PROMISE_STATUSES.length - 1]],
    debtors: [[0, d.hashes.length / 16 - 1], day, [0, 2]],
  };
}

/** Every cube: whole rows, keys within the dictionaries and the period, measures ≥ 0. */
export function checkCubes(f: RollupBody, cubes: Cubes): string | null {
  const limits = keyLimits(f);
  for (const name of CUBE_NAMES) {
    const cols = CUBES[name].length;
    const data = cubes[name];
    if (data.length % cols) return `${name}: partial row`;
    // Per column: the least and the greatest value allowed (measures: 0 … 2^31 − 1), as flat arrays.
    const keys = limits[name];
    const min = Int32Array.from({ length: cols }, (_, c) => keys[c]?.[0] ?? 0);
    const max = Int32Array.from({ length: cols }, (_, c) => keys[c]?.[1] ?? 0x7fffffff);
    for (let r = 0; r < data.length; r += cols) {
      for (let c = 0; c < cols; c++) {
        const v = data[r + c]!;
        if (v < min[c]! || v > max[c]!) return `${name}: value out of range at row ${r / cols}`;
      }
    }
  }
  for (const s of f.dictionaries.scripts) if (s.pack >= f.dictionaries.packs.length) return 'scripts: unknown pack';
  return null;
}
