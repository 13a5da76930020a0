// Test media for the live-audio path (tests/e2e/specs/live-audio.spec.ts, bench/chromium/live-audio.bench.ts):
// Mandarin WAVs spoken by espeak-ng at test time and resampled by sox to 16 kHz mono, a fake
// "softphone" page that plays one of them in a loop (the debtor, captured from the tab), and the
// Chromium flags that make another one the microphone (the agent).
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function haveSpeechTools(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    execFileSync('sox', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Utterances separated by `gapS` seconds of silence (so the VAD cuts one segment each), 16 kHz mono 16-bit. */
export function speechWav(dir: string, name: string, lines: string[], gapS = 1.5): string {
  const parts = lines.map((line, i) => {
    const raw = join(dir, `${name}-${i}-raw.wav`);
    const out = join(dir, `${name}-${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'cmn', '-s', '150', '-w', raw, line]);
    execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', out, 'pad', '0.3', String(gapS)]);
    return out;
  });
  const wav = join(dir, `${name}.wav`);
  execFileSync('sox', [...parts, wav]);
  return wav;
}

export interface MediaServer {
  url: string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `files` (path → bytes) and /softphone.html, a page playing /debtor.wav in a loop after a click. */
export async function startMediaServer(files: Record<string, Buffer>): Promise<MediaServer> {
  const hits = new Map<string, number>();
  const page = `<!doctype html><meta charset="utf-8"><title>软电话</title>
<button id="answer">接听</button><audio id="call" src="/debtor.wav" loop></audio>
<script>document.getElementById('answer').onclick = () => document.getElementById('call').play();</script>`;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/softphone.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    const body = files[path];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': path.endsWith('.wav') ? 'audio/wav' : 'application/octet-stream', 'content-length': body.length, 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * The fake microphone. Not `--use-fake-ui-for-media-stream`: with it, Chromium 156 answers the
 * offscreen document's tab capture (chromeMediaSource 'tab') with NotFoundError. The microphone
 * grant is given in the profile instead (profileWithMicGrant), as the agent's one click would.
 */
export const fakeMicArgs = (wav: string): string[] => [
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${wav}`,
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * A fresh profile where the extension's microphone permission is already "allow": what the grant
 * page leaves behind once the agent accepts Chrome's prompt (a headless browser shows no prompt,
 * and CDP refuses to grant permissions to extension origins).
 */
export function profileWithMicGrant(extensionId: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'daihou-profile-'));
  mkdirSync(join(dir, 'Default'));
  const prefs = { profile: { content_settings: { exceptions: { media_stream_mic: { [`chrome-extension://${extensionId},*`]: { setting: 1 } } } } } };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  return dir;
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'daihou-live-audio-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const read = (p: string): Buffer => readFileSync(p);

/** Chromium flag that lets the test "click" the extension's toolbar icon over CDP (Extensions.triggerAction). */
export const TRIGGER_ACTION_ARG = '--enable-unsafe-extension-debugging';

/**
 * What an agent's click on the extension's icon in the CRM tab does for capture: Chrome lets an
 * extension capture a tab only once it was invoked there (activeTab). A headless browser has no
 * toolbar, so the click is Extensions.triggerAction; with the panel-on-click behaviour that path
 * opens no panel and grants nothing here, so it is turned off for the click and back on after.
 */
export async function clickExtensionIcon(b: import('../../scripts/browser/launch').Browser, page: import('playwright-core').Page): Promise<void> {
  const sw = b.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  const browser = b.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await sw.evaluate(() => chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }));
    await session.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
    await sw.evaluate(() => chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }));
  } finally {
    await session.detach().catch(() => {});
  }
}
