import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { checkModelSource, createPolicyModelEngine, loadPolicyModel, type ModelCache } from '@/lib/live/speech/policy-model';
import { sha256Hex } from '@/lib/hash';

const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function memoryCache(): ModelCache & { store: Map<string, ArrayBuffer> } {
  const store = new Map<string, ArrayBuffer>();
  return {
    store,
    get: async (k) => store.get(k)?.slice(0) ?? null,
    put: async (k, b) => void store.set(k, b.slice(0)),
    delete: async (k) => void store.delete(k),
  };
}

function server(body: Uint8Array<ArrayBuffer>, opts: { status?: number; length?: string } = {}) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const headers: Record<string, string> = opts.length ? { 'content-length': opts.length } : {};
    return new Response(body, { status: opts.status ?? 200, headers });
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

const URL_OK = 'https://models.bank.example/zh/asr-v3.bin';

describe('policy model source', () => {
  it('needs an https URL (or loopback http) and 64 hex digits; neither set is "not configured"', () => {
    const sha = 'a'.repeat(64);
    expect(checkModelSource({})).toBe('not-configured');
    expect(checkModelSource({ url: '', sha256: '' })).toBe('not-configured');
    expect(checkModelSource({ url: URL_OK, sha256: sha })).toBeNull();
    expect(checkModelSource({ url: URL_OK, sha256: sha.toUpperCase() })).toBeNull();
    expect(checkModelSource({ url: 'http://127.0.0.1:8080/m.bin', sha256: sha })).toBeNull();
    expect(checkModelSource({ url: 'http://models.bank.example/m.bin', sha256: sha })).toBe('bad-config');
    expect(checkModelSource({ url: 'ftp://models.bank.example/m.bin', sha256: sha })).toBe('bad-config');
    expect(checkModelSource({ url: 'https://user:pw@models.bank.example/m.bin', sha256: sha })).toBe('bad-config');
    expect(checkModelSource({ url: 'not a url', sha256: sha })).toBe('bad-config');
    expect(checkModelSource({ url: URL_OK, sha256: 'a'.repeat(63) })).toBe('bad-config');
    expect(checkModelSource({ url: URL_OK, sha256: 'g'.repeat(64) })).toBe('bad-config');
    expect(checkModelSource({ url: URL_OK })).toBe('bad-config');
  });

  it('hashes with WebCrypto like any SHA-256', async () => {
    const b = bytes(1000);
    expect(await sha256Hex(b.slice().buffer)).toBe(hex(b));
  });
});

describe('loading the policy model', () => {
  it('downloads once without credentials, verifies, caches; the next load is the cached copy, verified again', async () => {
    const model = bytes(50_000);
    const fetch = server(model);
    const cache = memoryCache();
    const first = await loadPolicyModel({ url: URL_OK, sha256: hex(model) }, { fetch, cache });
    expect(first.ok && first.from).toBe('network');
    expect(first.ok && new Uint8Array(first.bytes)).toEqual(model);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(cache.store.size).toBe(1);

    const second = await loadPolicyModel({ url: URL_OK, sha256: hex(model).toUpperCase() }, { fetch, cache });
    expect(second.ok && second.from).toBe('cache');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('drops a cached copy that no longer matches and downloads again', async () => {
    const model = bytes(4096);
    const fetch = server(model);
    const cache = memoryCache();
    await loadPolicyModel({ url: URL_OK, sha256: hex(model) }, { fetch, cache });
    const [key] = [...cache.store.keys()];
    cache.store.set(key!, bytes(4096, 99).buffer);
    const again = await loadPolicyModel({ url: URL_OK, sha256: hex(model) }, { fetch, cache });
    expect(again.ok && again.from).toBe('network');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(new Uint8Array(cache.store.get(key!)!)).toEqual(model);
  });

  it('refuses a file whose hash is not the one policy names, and caches nothing', async () => {
    const model = bytes(2048);
    const cache = memoryCache();
    const r = await loadPolicyModel({ url: URL_OK, sha256: 'b'.repeat(64) }, { fetch: server(model), cache });
    expect(r).toEqual({ ok: false, reason: 'mismatch', detail: `SHA-256 ${hex(model)}` });
    expect(cache.store.size).toBe(0);
  });

  it('refuses a file over the size cap, declared or streamed', async () => {
    const model = bytes(10_000);
    const sha256 = hex(model);
    const cache = memoryCache();
    expect(await loadPolicyModel({ url: URL_OK, sha256 }, { fetch: server(model, { length: '999999999999' }), cache, maxBytes: 5000 })).toEqual({ ok: false, reason: 'too-large' });
    expect(await loadPolicyModel({ url: URL_OK, sha256 }, { fetch: server(model), cache, maxBytes: 5000 })).toEqual({ ok: false, reason: 'too-large' });
    expect(cache.store.size).toBe(0);
  });

  it('reports a failed download (HTTP error, network error) and a bad configuration without fetching', async () => {
    const cache = memoryCache();
    const sha256 = 'c'.repeat(64);
    expect(await loadPolicyModel({ url: URL_OK, sha256 }, { fetch: server(bytes(1), { status: 404 }), cache })).toEqual({ ok: false, reason: 'fetch-failed', detail: 'HTTP 404' });
    const broken = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await loadPolicyModel({ url: URL_OK, sha256 }, { fetch: broken, cache })).toMatchObject({ ok: false, reason: 'fetch-failed' });
    const never = server(bytes(1));
    expect(await loadPolicyModel({ url: 'http://models.bank.example/m', sha256 }, { fetch: never, cache })).toEqual({ ok: false, reason: 'bad-config' });
    expect(never).not.toHaveBeenCalled();
  });

  it('the engine: a verified model still answers no-runtime (nothing runs it in this version), a refused one its reason', async () => {
    const model = bytes(300);
    const ok = createPolicyModelEngine({ url: URL_OK, sha256: hex(model) }, { fetch: server(model), cache: memoryCache() });
    expect(ok.id).toBe('policy-model');
    expect(await ok.available()).toEqual({ ready: false, reason: 'no-runtime' });
    expect(ok.lastLoad()?.ok).toBe(true);
    await expect(ok.transcribe({ speaker: 'debtor', pcm: new Float32Array(16), startedAt: 0 })).rejects.toThrow(/no runtime/);
    const bad = createPolicyModelEngine({ url: URL_OK, sha256: 'd'.repeat(64) }, { fetch: server(model), cache: memoryCache() });
    expect(await bad.available()).toEqual({ ready: false, reason: 'mismatch' });
    await expect(bad.transcribe({ speaker: 'debtor', pcm: new Float32Array(16), startedAt: 0 })).rejects.toThrow(/mismatch/);
  });
});
