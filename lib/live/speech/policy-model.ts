// The speech model a bank hosts and names by enterprise policy (speechModelUrl + speechModelSha256):
// fetched once, its SHA-256 checked with WebCrypto, refused on any mismatch, cached on this machine
// (Cache Storage) and checked again every time the cached copy is used.
//
// What runs the model: nothing yet. No Mandarin recognition weights can be obtained on the
// machines this was built on, so no decoder could be built and tested against a real model. This
// module does the whole loading path (URL rules, download with a size cap, hash, refusal, cache,
// re-verification); the engine then reports `no-runtime` (docs/live-audio.md says which format a
// runtime would take).
import { notReady, type Availability, type Segment, type SpeechEngine, type Transcription } from './engine';

export interface ModelSource {
  url: string;
  /** 64 hex digits. */
  sha256: string;
}

/** Largest model accepted (a Mandarin streaming model is ~100–300 MB). */
export const MAX_MODEL_BYTES = 512 * 1024 * 1024;
export const MODEL_CACHE_NAME = 'daihou-speech-models';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Null when the policy values can be used; else why not. https only (loopback http is a secure context too). */
export function checkModelSource(src: { url?: string; sha256?: string }): 'not-configured' | 'bad-config' | null {
  const url = src.url?.trim() ?? '';
  const sha = src.sha256?.trim() ?? '';
  if (!url && !sha) return 'not-configured';
  if (!url || !/^[0-9a-fA-F]{64}$/.test(sha)) return 'bad-config';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'bad-config';
  }
  if (u.username || u.password) return 'bad-config';
  if (u.protocol === 'https:') return null;
  return u.protocol === 'http:' && LOOPBACK.has(u.hostname) ? null : 'bad-config';
}

import { sha256Hex } from '../../hash';

/** Where verified models are kept between sessions. */
export interface ModelCache {
  get(key: string): Promise<ArrayBuffer | null>;
  put(key: string, bytes: ArrayBuffer): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The browser's Cache Storage (extension origin): survives restarts, cleared with the extension's data. */
export function cacheStorageModelCache(name = MODEL_CACHE_NAME): ModelCache {
  const req = (key: string) => new Request(`https://daihou-model-cache.invalid/${encodeURIComponent(key)}`);
  return {
    async get(key) {
      const hit = await (await caches.open(name)).match(req(key));
      return hit ? hit.arrayBuffer() : null;
    },
    async put(key, bytes) {
      await (await caches.open(name)).put(req(key), new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    },
    async delete(key) {
      await (await caches.open(name)).delete(req(key));
    },
  };
}

export type ModelLoad =
  | { ok: true; bytes: ArrayBuffer; from: 'cache' | 'network' }
  | { ok: false; reason: 'not-configured' | 'bad-config' | 'fetch-failed' | 'mismatch' | 'too-large'; detail?: string };

export interface LoadDeps {
  fetch: typeof fetch;
  cache: ModelCache;
  maxBytes?: number;
}

const cacheKey = (src: ModelSource) => `${src.url.trim()}#${src.sha256.trim().toLowerCase()}`;

async function readCapped(res: Response, max: number): Promise<ArrayBuffer | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!res.body) {
    const buf = await res.arrayBuffer();
    return buf.byteLength > max ? null : buf;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out.buffer;
}

/**
 * The model policy names, verified: from the cache when a copy there still hashes right (a copy
 * that does not is deleted), else from the network (no credentials, no cache), refused unless its
 * SHA-256 is the one policy gives, then cached.
 */
export async function loadPolicyModel(src: { url?: string; sha256?: string }, deps: LoadDeps): Promise<ModelLoad> {
  const bad = checkModelSource(src);
  if (bad) return { ok: false, reason: bad };
  const source: ModelSource = { url: src.url!.trim(), sha256: src.sha256!.trim().toLowerCase() };
  const key = cacheKey(source);
  const cached = await deps.cache.get(key).catch(() => null);
  if (cached) {
    if ((await sha256Hex(cached)) === source.sha256) return { ok: true, bytes: cached, from: 'cache' };
    await deps.cache.delete(key).catch(() => {});
  }
  let res: Response;
  try {
    res = await deps.fetch(source.url, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch (e) {
    return { ok: false, reason: 'fetch-failed', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!res.ok) return { ok: false, reason: 'fetch-failed', detail: `HTTP ${res.status}` };
  const bytes = await readCapped(res, deps.maxBytes ?? MAX_MODEL_BYTES).catch(() => undefined);
  if (bytes === undefined) return { ok: false, reason: 'fetch-failed', detail: 'download interrupted' };
  if (bytes === null) return { ok: false, reason: 'too-large' };
  const got = await sha256Hex(bytes);
  if (got !== source.sha256) return { ok: false, reason: 'mismatch', detail: `SHA-256 ${got}` };
  await deps.cache.put(key, bytes).catch(() => {});
  return { ok: true, bytes, from: 'network' };
}

/**
 * The policy-model engine: loads and verifies the model on `available()`. With the model verified
 * it still answers `no-runtime`, and `transcribe` rejects: this version ships no decoder for it.
 */
export function createPolicyModelEngine(src: { url?: string; sha256?: string }, deps: LoadDeps): SpeechEngine & { lastLoad(): ModelLoad | null } {
  let load: Promise<ModelLoad> | null = null;
  let last: ModelLoad | null = null;
  const ensure = () => (load ??= loadPolicyModel(src, deps).then((r) => (last = r)));
  return {
    id: 'policy-model',
    lastLoad: () => last,
    async available(): Promise<Availability> {
      const r = await ensure();
      return r.ok ? notReady('no-runtime') : notReady(r.reason);
    },
    async transcribe(_segment: Segment): Promise<Transcription> {
      const r = await ensure();
      throw new Error(r.ok ? 'no runtime for the policy model in this version' : `policy model refused: ${r.reason}`);
    },
    async dispose() {
      load = null;
      last = null;
    },
  };
}
