// Live call audio in real Chromium (issue #18, source 2), with Chromium's fake media: the debtor
// speaks from the CRM tab (a page playing an espeak-ng WAV, captured through tabCapture in the
// offscreen document), the agent from the fake microphone (another WAV). Capture → 16 kHz
// AudioWorklet → Silero VAD → segments → the scripted test engine → turns reach the panel as
// bg:turns. And the policy model's loading path: fetch, SHA-256 check, cache, re-verification,
// refusal on mismatch. Real recognition cannot run here (no Mandarin model, Chrome's on-device pack
// not installable), so the recognizer is the test engine and Chrome's engine is checked for its
// "not installed" answer only.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { EXTENSION_ID, launchBrowser, openPanel, removeProfile, tabIdOf, type Browser } from '../../../scripts/browser/launch';
import { clickExtensionIcon, fakeMicArgs, haveSpeechTools, profileWithMicGrant, TRIGGER_ACTION_ARG, read, speechWav, startMediaServer, tempDir, type MediaServer } from '../live-audio-media';
import { test } from '../fixtures';

// The debtor speaks long sentences, the agent short answers: segment lengths tell which stream each came from.
const DEBTOR = ['我这个月真的没钱还', '下个月十五号我还三千，但是利息能不能少一点'];
const AGENT = ['好的', '明白了'];

interface SeenTurn {
  id: string;
  speaker: string;
  text: string;
  final: boolean;
  source: string;
  at: number;
}

/** Collects every bg:turns message the panel page receives. */
async function recordTurns(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __turns: unknown[] };
    w.__turns = [];
    chrome.runtime.onMessage.addListener((m: { daihou?: number; type?: string; data?: { turns?: unknown[] } }) => {
      if (m?.daihou === 1 && m.type === 'bg:turns') w.__turns.push(...(m.data?.turns ?? []));
    });
  });
}
const turnsSeen = (panel: Page) => panel.evaluate(() => (window as unknown as { __turns: SeenTurn[] }).__turns);

/** An extension page to run chrome.* calls from. */
async function extPage(b: Browser): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/options.html`);
  return p;
}

async function withBrowser(args: string[], run: (b: Browser) => Promise<void>, userDataDir?: string): Promise<void> {
  // Audible: Playwright mutes tabs by default, and a muted tab is captured as silence.
  const b = await launchBrowser({ args, audible: true, ...(userDataDir ? { userDataDir } : {}) });
  try {
    await run(b);
  } finally {
    await b.close().catch(() => {});
    removeProfile(b.userDataDir);
  }
}

test('call audio: tab (debtor) and microphone (agent) → VAD segments → test engine → turns in the panel; Alt+L stops', async () => {
  test.setTimeout(120_000);
  assert.ok(haveSpeechTools(), 'espeak-ng and sox are needed (.ci/run installs them)');
  const tmp = tempDir();
  let server: MediaServer | null = null;
  try {
    const debtorWav = speechWav(tmp.dir, 'debtor', DEBTOR);
    const agentWav = speechWav(tmp.dir, 'agent', AGENT);
    server = await startMediaServer({ '/debtor.wav': read(debtorWav) });
    const url = server.url;
    await withBrowser([...fakeMicArgs(agentWav), TRIGGER_ACTION_ARG], async (b) => {
      // The one-time microphone grant page, opened in a tab (the profile holds the agent's earlier
      // "allow": a headless browser shows no prompt); it confirms the grant.
      const grant = await b.context.newPage();
      await grant.goto(`chrome-extension://${b.extensionId}/mic-grant.html`);
      await grant.getByTestId('mic-grant').click();
      await grant.locator('[data-testid="mic-grant-state"][data-state="granted"]').waitFor();
      // The scripted engine's transcript (dev builds only).
      await grant.evaluate((t) => chrome.storage.local.set({ devLiveTranscript: t }), { debtor: DEBTOR, agent: AGENT });
      await grant.close();
      assert.equal(b.extensionId, EXTENSION_ID);

      const phone = await b.context.newPage();
      await phone.goto(`${url}/softphone.html`);
      await phone.click('#answer');
      await phone.waitForFunction(() => !(document.getElementById('call') as HTMLAudioElement).paused);
      const tabId = await tabIdOf(b, phone);
      // The agent opened the assistant on the CRM tab (Chrome captures a tab only after that).
      await clickExtensionIcon(b, phone);
      const panel = await openPanel(b, tabId);
      await recordTurns(panel);
      await panel.locator('[data-testid="live-engine"][data-engine="test"]').waitFor();

      await panel.getByTestId('live-listen-toggle').click();
      await panel.getByTestId('live-listening').waitFor({ timeout: 20_000 });
      await panel.getByTestId('live-notice').waitFor();
      // Visible beyond the panel too: the tab's toolbar icon carries a red ● while its call is heard.
      const badge = () => b.context.serviceWorkers()[0]!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      assert.equal(await badge(), '●');
      // The tab's call is still heard: the page keeps playing while captured.
      assert.equal(await phone.evaluate(() => (document.getElementById('call') as HTMLAudioElement).paused), false);

      // Both speakers' segments become final audio turns carrying the engine's lines, in order.
      await panel.waitForFunction(
        () => {
          const t = (window as unknown as { __turns: { speaker: string }[] }).__turns;
          return t.filter((x) => x.speaker === 'debtor').length >= 2 && t.filter((x) => x.speaker === 'agent').length >= 2;
        },
        undefined,
        { timeout: 60_000 },
      );
      const turns = await turnsSeen(panel);
      for (const t of turns) {
        assert.equal(t.source, 'audio');
        assert.equal(t.final, true);
        assert.ok((t.speaker === 'debtor' ? DEBTOR : AGENT).includes(t.text), `unexpected text for ${t.speaker}`);
        assert.ok(Math.abs(t.at - Date.now()) < 120_000);
      }
      const debtorTexts = turns.filter((t) => t.speaker === 'debtor').map((t) => t.text);
      assert.deepEqual(debtorTexts.slice(0, 2), DEBTOR);
      assert.deepEqual(turns.filter((t) => t.speaker === 'agent').map((t) => t.text).slice(0, 2), AGENT);
      assert.equal(new Set(turns.map((t) => t.id)).size, turns.length);

      // The pipeline's own work per turn (segment end → turn handed on, recognition excluded).
      const stats = (await panel.evaluate(() => chrome.runtime.sendMessage({ daihou: 1, type: 'bg:offscreen-stats', data: {} }))) as {
        ok: boolean;
        value: { frames: { debtor: number; agent: number }; timings: { turnId: string; pipelineMs: number; audioMs: number }[] };
      };
      assert.ok(stats.ok);
      assert.ok(stats.value.frames.debtor > 50 && stats.value.frames.agent > 50, 'both streams reach the VAD');
      assert.ok(stats.value.timings.length >= 4);
      // Budget 50 ms (the bench reports its p95); here the median, as five other test runs share two cores.
      const ms = stats.value.timings.map((t) => t.pipelineMs).sort((x, y) => x - y);
      assert.ok(ms[Math.floor(ms.length / 2)]! <= 50, `segment end → turn ${ms.join(', ')} ms`);
      for (const t of stats.value.timings) assert.ok(t.audioMs >= 300, 'a segment holds speech, not a blip');
      // Each stream is its own speaker: the tab's segments are the debtor's long sentences (≥ 3.7 s
      // spoken), the microphone's the agent's short answers (≤ 1.8 s).
      for (const t of stats.value.timings) {
        if (t.turnId.startsWith('audio-debtor-')) assert.ok(t.audioMs > 3_000, `debtor segment of ${t.audioMs} ms`);
        else assert.ok(t.audioMs < 3_000, `agent segment of ${t.audioMs} ms`);
      }

      // One key stops: Alt+L in the panel; no more turns after that.
      await panel.keyboard.press('Alt+KeyL');
      await panel.locator('[data-testid="live-listen"][data-status="idle"]').waitFor();
      assert.equal(await panel.getByTestId('live-listening').count(), 0);
      assert.equal(await badge(), '');
      const after = (await turnsSeen(panel)).length;
      await panel.waitForTimeout(4_000);
      assert.equal((await turnsSeen(panel)).length, after);
    }, profileWithMicGrant(EXTENSION_ID));
  } finally {
    await server?.close();
    tmp.remove();
  }
});

test('policy model: fetched, SHA-256 checked, cached and re-verified; a mismatch is refused; Chrome engine never runs uninstalled', async () => {
  test.setTimeout(90_000);
  const model = randomBytes(256 * 1024);
  const sha = createHash('sha256').update(model).digest('hex');
  const server = await startMediaServer({ '/model.bin': model });
  try {
    await withBrowser([TRIGGER_ACTION_ARG], async (b) => {
      const phone = await b.context.newPage();
      await phone.goto(`${server.url}/softphone.html`);
      const tabId = await tabIdOf(b, phone);
      await clickExtensionIcon(b, phone);
      const opts = await extPage(b);
      // No grant given (no prompt can be answered here): the grant page says so, with what to do.
      const grant = await b.context.newPage();
      await grant.goto(`chrome-extension://${b.extensionId}/mic-grant.html`);
      await grant.getByTestId('mic-grant').click();
      await grant.locator('[data-testid="mic-grant-state"][data-state="denied"]').waitFor();
      await grant.close();
      const setSettings = (s: Record<string, string>) => opts.evaluate((v) => chrome.storage.local.set({ settings: v }), s);
      const check = async () => {
        const panel = await openPanel(b, tabId);
        const reason = panel.getByTestId('live-engine-reason');
        await reason.waitFor({ state: 'attached', timeout: 15_000 }); // folded under 详情 while not listening
        const out = { engine: await panel.getByTestId('live-engine').getAttribute('data-engine'), reason: await reason.getAttribute('data-reason'), text: (await reason.textContent()) ?? '' };
        return { panel, ...out };
      };

      const start = async (p: Page, reason: string) => {
        // The background's next answer (starting → error) is awaited, not a state left from before.
        await p.evaluate(() => {
          const w = window as unknown as { __states?: string[]; __listening?: boolean };
          w.__states = [];
          if (w.__listening) return;
          w.__listening = true;
          chrome.runtime.onMessage.addListener((m: { daihou?: number; type?: string; data?: { status: string } }) => {
            if (m?.daihou === 1 && m.type === 'bg:listen-state') w.__states!.push(m.data!.status);
          });
        });
        await p.getByTestId('live-listen-toggle').click();
        await p.waitForFunction(() => (window as unknown as { __states: string[] }).__states.includes('error'));
        await p.locator('[data-testid="live-listen"][data-status="error"]').waitFor();
        assert.equal(await p.getByTestId('live-engine-reason').getAttribute('data-reason'), reason);
        assert.equal(await p.getByTestId('live-error').count(), 0, 'the engine, not the capture, stopped it');
        assert.equal(await p.getByTestId('live-listening').count(), 0);
      };
      // No policy: Chrome's on-device recognizer, not installed here: said so, with how IT installs it.
      const chromeCheck = await check();
      assert.equal(chromeCheck.engine, 'chrome-on-device');
      assert.ok(['needs-install', 'installing', 'unsupported'].includes(chromeCheck.reason ?? ''), chromeCheck.reason ?? '');
      assert.match(chromeCheck.text, /IT/);
      // Listening does not start (never the cloud recognizer instead): the engine's reason stays on screen.
      await start(chromeCheck.panel, chromeCheck.reason!);
      await chromeCheck.panel.close();

      // The right file: downloaded once, verified, cached; no runtime in this version, and it says so.
      await setSettings({ speechModelUrl: `${server.url}/model.bin`, speechModelSha256: sha });
      const first = await check();
      assert.equal(first.engine, 'policy-model');
      assert.equal(first.reason, 'no-runtime');
      assert.equal(server.hits.get('/model.bin'), 1);
      const cached = await opts.evaluate(async () => {
        const c = await caches.open('daihou-speech-models');
        const keys = await c.keys();
        return Promise.all(keys.map(async (k) => (await (await c.match(k))!.arrayBuffer()).byteLength));
      });
      assert.deepEqual(cached, [model.length]);

      // Starting to listen loads it again: the cached copy, verified again (no download); listening
      // does not start, as nothing can run the model, and the reason stays on screen.
      await start(first.panel, 'no-runtime');
      assert.equal(server.hits.get('/model.bin'), 1);

      // A cached copy that no longer hashes right is dropped and downloaded again.
      await opts.evaluate(async () => {
        const c = await caches.open('daihou-speech-models');
        for (const k of await c.keys()) await c.put(k, new Response(new Uint8Array([1, 2, 3])));
      });
      await start(first.panel, 'no-runtime');
      assert.equal(server.hits.get('/model.bin'), 2);
      await first.panel.close();

      // Policy names another hash: the download is refused, with the reason.
      await setSettings({ speechModelUrl: `${server.url}/model.bin`, speechModelSha256: 'ab'.repeat(32) });
      const refused = await check();
      assert.equal(refused.engine, 'policy-model');
      assert.equal(refused.reason, 'mismatch');
      assert.match(refused.text, /SHA-256/);
      assert.equal(server.hits.get('/model.bin'), 3);
    });
  } finally {
    await server.close();
  }
});
