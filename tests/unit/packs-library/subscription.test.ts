// @vitest-environment node
// Subscriptions against a real local HTTP server: update, 304, and every failure path keeping
// the last good version.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadActivePack } from '@/lib/packs/active';
import { getLibrary } from '@/lib/packs/library';
import { generateKeyPair, signPack, type KeyPair } from '@/lib/packs/signing';
import { acceptSubscriptionRollback, checkSubscriptions, getPackCheckHours, isAllowedPackUrl } from '@/lib/packs/subscription';
import { updateSettings } from '@/lib/settings';
import { makePack, setPolicy, useTestDefaultPack } from './fixtures';

interface Route {
  /** 0: drop the connection without an answer (a network failure). */
  status: number;
  body?: string;
  etag?: string;
  /** Send the headers and the start of the body, then drop the connection. */
  cutAfter?: number;
}
let server: Server;
let base = '';
const routes = new Map<string, Route>();
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    const r = routes.get(req.url ?? '');
    if (!r) return void res.writeHead(404).end('not found');
    if (r.status === 0) return void req.socket.destroy();
    if (r.etag && req.headers['if-none-match'] === r.etag) return void res.writeHead(304).end();
    if (r.cutAfter !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(r.body ?? '')) });
      res.write((r.body ?? '').slice(0, r.cutAfter));
      return void setTimeout(() => req.socket.destroy(), 20);
    }
    res.writeHead(r.status, { 'content-type': 'application/json', ...(r.etag ? { etag: r.etag } : {}) }).end(r.body ?? '');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

let keys: KeyPair;
const signed = async (version: string, text = '您好，我们来谈谈还款安排。', key = keys) =>
  JSON.stringify(
    await signPack(
      makePack({
        id: 'hq-pack',
        version,
        scenarios: [
          {
            id: 'no-money-now',
            title: { 'zh-CN': '暂时没钱' },
            examples: ['没钱'],
            scripts: [{ id: 'hq-1', text, stage: 'negotiate', discloses: false }],
          },
        ],
      }),
      key.privateKey,
    ),
  );

const versionInstalled = async () => (await getLibrary()).packs.find((p) => p.id === 'hq-pack')?.pack.version;
const status = async (url: string) => (await getLibrary()).subscriptions.find((s) => s.url === url);

beforeEach(async () => {
  useTestDefaultPack();
  routes.clear();
  seen.length = 0;
  keys ??= await generateKeyPair();
});

describe('pack subscriptions', () => {
  it('installs a signed pack, then uses ETag (304 keeps it), then picks up a new version', async () => {
    const url = `${base}/team/pack.json`;
    routes.set('/team/pack.json', { status: 200, body: await signed('1.0.0'), etag: '"v1"' });
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });

    expect(await checkSubscriptions({ now: () => 1000 })).toEqual([{ url, status: 'updated', packId: 'hq-pack' }]);
    expect(await versionInstalled()).toBe('1.0.0');
    const entry = (await getLibrary()).packs.find((p) => p.id === 'hq-pack')!;
    expect(entry).toMatchObject({ source: 'subscription', verified: 'signed', signerKeyId: keys.keyId });
    expect((await loadActivePack()).sources.get('hq-1')).toMatchObject({ packId: 'hq-pack', verified: 'signed' });

    expect(await checkSubscriptions({ now: () => 2000 })).toEqual([{ url, status: 'unchanged' }]);
    expect(seen.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await status(url)).toMatchObject({ lastSuccessAt: 2000, lastCheckedAt: 2000, etag: '"v1"' });

    routes.set('/team/pack.json', { status: 200, body: await signed('1.1.0'), etag: '"v2"' });
    expect((await checkSubscriptions({ now: () => 3000 }))[0]?.status).toBe('updated');
    expect(await versionInstalled()).toBe('1.1.0');
  });

  const failureCases: [string, () => Promise<Route | null>, RegExp][] = [
    ['a server error', async () => ({ status: 500, body: 'oops' }), /HTTP 500/],
    ['a dropped connection', async () => ({ status: 0 }), /could not connect/],
    ['an unreachable server', async () => null, /could not connect/],
    ['an unsigned pack', async () => ({ status: 200, body: JSON.stringify(makePack({ id: 'hq-pack', version: '9.0.0' })) }), /not signed/],
    ['a tampered pack', async () => ({ status: 200, body: (await signed('9.0.0')).replace('还款安排', '还款安昕') }), /signature does not match/],
    ['a pack signed by an untrusted key', async () => ({ status: 200, body: await signed('9.0.0', 'x', await generateKeyPair()) }), /not a trusted public key/],
    ['an invalid pack (signed)', async () => ({ status: 200, body: await signed('9.0.0', '欠款 {balanse} 元') }), /unknown variable \{balanse\}/],
    ['not JSON', async () => ({ status: 200, body: '<html>login</html>' }), /not valid JSON/],
  ];

  for (const [what, route, message] of failureCases) {
    it(`keeps the last good version after ${what}`, async () => {
      const url = `${base}/fail/pack.json`;
      routes.set('/fail/pack.json', { status: 200, body: await signed('1.0.0') });
      await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
      await checkSubscriptions({ now: () => 1000, locale: 'en' });
      expect(await versionInstalled()).toBe('1.0.0');

      const r = await route();
      if (r) routes.set('/fail/pack.json', r);
      else {
        const dead = `http://127.0.0.1:1/pack.json`;
        await updateSettings({ packSubscriptions: [dead] });
        const [report] = await checkSubscriptions({ now: () => 5000, locale: 'en' });
        expect(report?.status).toBe('failed');
        expect(report?.error?.message).toMatch(message);
        expect((await status(dead))?.lastError?.message).toMatch(message);
        return; // (a removed URL takes its pack with it; the dead one never had one)
      }
      const [report] = await checkSubscriptions({ now: () => 5000, locale: 'en' });
      expect(report?.status).toBe('failed');
      expect(report?.error?.message).toMatch(message);
      expect(await versionInstalled()).toBe('1.0.0');
      expect(await status(url)).toMatchObject({ lastSuccessAt: 1000, lastCheckedAt: 5000, lastError: { at: 5000 } });
      expect((await status(url))?.lastError?.message).toMatch(message);
      expect((await loadActivePack()).sources.get('hq-1')?.packId).toBe('hq-pack');
    });
  }

  it('clears the error after the next success', async () => {
    const url = `${base}/flaky.json`;
    routes.set('/flaky.json', { status: 503 });
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
    await checkSubscriptions({ now: () => 1 });
    expect((await status(url))?.lastError).toBeDefined();
    routes.set('/flaky.json', { status: 200, body: await signed('1.0.0') });
    await checkSubscriptions({ now: () => 2 });
    expect((await status(url))?.lastError).toBeUndefined();
    expect(await versionInstalled()).toBe('1.0.0');
  });

  it('reports a download cut off mid-way as a network error, not as a file too large', async () => {
    const url = `${base}/cut.json`;
    routes.set('/cut.json', { status: 200, body: await signed('1.0.0') });
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
    await checkSubscriptions({ now: () => 1000, locale: 'en' });
    routes.set('/cut.json', { status: 200, body: await signed('1.1.0'), cutAfter: 40 });
    const [report] = await checkSubscriptions({ now: () => 2000, locale: 'en' });
    expect(report).toMatchObject({ status: 'failed', error: { code: 'network', message: expect.stringMatching(/could not connect/) } });
    expect(report?.error?.message).not.toMatch(/too large/);
    expect(await versionInstalled()).toBe('1.0.0');
  });

  it('reports a timed-out download as a network error (timeout), at connect or mid-body', async () => {
    const url = 'https://packs.example-bank.cn/slow.json';
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
    const timeout = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const stalled: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"format":"daihou-pack-signed/1",'));
            c.error(timeout());
          },
        }),
        { status: 200 },
      );
    const [midBody] = await checkSubscriptions({ fetchImpl: stalled, locale: 'en' });
    expect(midBody?.error).toMatchObject({ code: 'network', message: 'could not connect: the download did not finish within 30 s (timed out)' });
    const [atConnect] = await checkSubscriptions({ fetchImpl: () => Promise.reject(timeout()), locale: 'zh-CN' });
    expect(atConnect?.error).toMatchObject({ code: 'network', message: '无法连接：30 秒内未下载完成（超时）' });
  });

  it('never rolls back on its own: a lower version is refused until a supervisor confirms exactly that version', async () => {
    const url = `${base}/rb.json`;
    routes.set('/rb.json', { status: 200, body: await signed('1.2.0'), etag: '"v12"' });
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
    await checkSubscriptions({ now: () => 1000 });
    expect(await versionInstalled()).toBe('1.2.0');

    routes.set('/rb.json', { status: 200, body: await signed('1.0.0', '旧版本的话术。'), etag: '"v10"' });
    const [report] = await checkSubscriptions({ now: () => 2000, locale: 'en' });
    expect(report).toMatchObject({ status: 'failed', error: { code: 'rollback', path: 'version', message: expect.stringMatching(/lower version.*1\.0\.0 < 1\.2\.0/) } });
    expect(await versionInstalled()).toBe('1.2.0');
    expect(await status(url)).toMatchObject({ lastSuccessAt: 1000, etag: '"v12"', rollback: { offered: '1.0.0', installed: '1.2.0' }, lastError: { code: 'rollback' } });
    // A pre-release of the installed version is lower too.
    routes.set('/rb.json', { status: 200, body: await signed('1.2.0-rc.1') });
    expect((await checkSubscriptions({ now: () => 2500 }))[0]?.error?.code).toBe('rollback');

    // Confirmed for 1.0.0, but the server now serves 1.1.0: not what was confirmed, nothing installed.
    routes.set('/rb.json', { status: 200, body: await signed('1.1.0') });
    expect((await acceptSubscriptionRollback(url, '1.0.0', { now: () => 3000, locale: 'en' })).error?.message).toMatch(/not the version you confirmed/);
    expect(await versionInstalled()).toBe('1.2.0');

    routes.set('/rb.json', { status: 200, body: await signed('1.0.0', '旧版本的话术。'), etag: '"v10"' });
    expect(await acceptSubscriptionRollback(url, '1.0.0', { now: () => 4000 })).toMatchObject({ status: 'updated' });
    expect(await versionInstalled()).toBe('1.0.0');
    const after = await status(url);
    expect(after).toMatchObject({ lastSuccessAt: 4000, etag: '"v10"' });
    expect(after?.rollback).toBeUndefined();
    expect(after?.lastError).toBeUndefined();
    // A higher version later installs as usual.
    routes.set('/rb.json', { status: 200, body: await signed('1.3.0') });
    expect((await checkSubscriptions({ now: () => 5000 }))[0]?.status).toBe('updated');
  });

  it('uses policy URLs and keys (storage.managed) over local settings', async () => {
    routes.set('/policy.json', { status: 200, body: await signed('2.0.0') });
    await setPolicy({ packSubscriptions: [`${base}/policy.json`], trustedPublicKeys: [keys.publicKey], packCheckHours: 12 });
    await updateSettings({}).catch(() => {});
    const [report] = await checkSubscriptions();
    expect(report?.status).toBe('updated');
    expect(await getPackCheckHours()).toEqual({ hours: 12, locked: true });
  });

  it('removing a URL removes its pack', async () => {
    const url = `${base}/gone.json`;
    routes.set('/gone.json', { status: 200, body: await signed('1.0.0') });
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
    await checkSubscriptions();
    expect(await versionInstalled()).toBe('1.0.0');
    await updateSettings({ packSubscriptions: [] });
    await checkSubscriptions();
    expect(await versionInstalled()).toBeUndefined();
  });

  it('allows https anywhere and plain http only on this machine', () => {
    expect(isAllowedPackUrl('https://packs.example-bank.cn/team.json')).toBe(true);
    expect(isAllowedPackUrl('http://localhost:8080/p.json')).toBe(true);
    expect(isAllowedPackUrl('http://127.0.0.1/p.json')).toBe(true);
    expect(isAllowedPackUrl('http://packs.example-bank.cn/p.json')).toBe(false);
    expect(isAllowedPackUrl('https://user:pw@packs.example-bank.cn/p.json')).toBe(false);
    expect(isAllowedPackUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedPackUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('background registration', () => {
  it('creates the alarm every N hours and checks at start and on the alarm', async () => {
    const { registerPackSubscriptions, PACK_ALARM } = await import('@/lib/packs/subscription');
    const { packCheckHoursItem } = await import('@/lib/storage/items');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const url = `${base}/bg.json`;
    routes.set('/bg.json', { status: 200, body: await signed('1.0.0'), etag: '"bg"' });
    await updateSettings({ packSubscriptions: [url], trustedPublicKeys: [keys.publicKey] });
    registerPackSubscriptions();
    await expect.poll(async () => (await fakeBrowser.alarms.get(PACK_ALARM))?.periodInMinutes).toBe(360);
    await expect.poll(versionInstalled).toBe('1.0.0'); // the check at start
    const before = seen.length;
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_ALARM, scheduledTime: Date.now(), periodInMinutes: 360, persistAcrossSessions: false } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    await expect.poll(() => seen.length).toBe(before + 1);
    await packCheckHoursItem.setValue(2);
    await expect.poll(async () => (await fakeBrowser.alarms.get(PACK_ALARM))?.periodInMinutes).toBe(120);
  });
});
