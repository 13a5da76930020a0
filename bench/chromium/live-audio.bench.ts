// Live call audio in Chromium (issue #18): the debtor's voice from a softphone page captured from
// its tab, the agent's from the fake microphone (espeak-ng WAVs), through the 16 kHz AudioWorklet,
// the Silero VAD and the scripted test engine to the panel. Reports:
// - segment end → turn received by the panel, recognition excluded (p95, budget 50 ms);
// - CPU while listening: all of Chromium's processes over 10 s of listening, and the part the
//   capture pipeline adds over 10 s of the same call not listened to (percent of one core,
//   SystemInfo.getProcessInfo over CDP).
// `npm run bench -- live-audio` runs this bench alone.
import { EXTENSION_ID, launchBrowser, openPanel, removeProfile, tabIdOf } from '../../scripts/browser/launch';
import { clickExtensionIcon, fakeMicArgs, haveSpeechTools, profileWithMicGrant, read, speechWav, startMediaServer, tempDir, TRIGGER_ACTION_ARG } from '../../tests/e2e/live-audio-media';
import { median, percentile, type BenchEnv, type Metric } from '../types';

const DEBTOR = ['我这个月真的没钱还', '下个月十五号我还三千', '我可以先还一部分吗'];
const AGENT = ['您好，我是银行的客服', '本次通话会被录音', '请问您什么时候方便还款'];
const WINDOW_MS = 10_000;

interface Timing {
  turnId: string;
  recognitionMs: number;
  pipelineMs: number;
  segmentEndAt: number;
}

export default async function liveAudioBench(_env: BenchEnv): Promise<Metric[]> {
  if (!haveSpeechTools()) throw new Error('espeak-ng and sox are needed (.ci/run installs them)');
  const tmp = tempDir();
  const debtorWav = speechWav(tmp.dir, 'debtor', DEBTOR);
  const agentWav = speechWav(tmp.dir, 'agent', AGENT);
  const server = await startMediaServer({ '/debtor.wav': read(debtorWav) });
  const profile = profileWithMicGrant(EXTENSION_ID);
  const b = await launchBrowser({ userDataDir: profile, audible: true, args: [...fakeMicArgs(agentWav), TRIGGER_ACTION_ARG] });
  try {
    const setup = await b.context.newPage();
    await setup.goto(`chrome-extension://${b.extensionId}/options.html`);
    await setup.evaluate((t) => chrome.storage.local.set({ devLiveTranscript: t }), { debtor: DEBTOR, agent: AGENT });
    await setup.close();
    const phone = await b.context.newPage();
    await phone.goto(`${server.url}/softphone.html`);
    await phone.click('#answer');
    const tabId = await tabIdOf(b, phone);
    await clickExtensionIcon(b, phone);
    const panel = await openPanel(b, tabId);
    // Each turn's arrival in the panel, on the same high-resolution epoch clock as the offscreen document's.
    await panel.evaluate(() => {
      const w = window as unknown as { __arrived: Record<string, number> };
      w.__arrived = {};
      chrome.runtime.onMessage.addListener((m: { daihou?: number; type?: string; data?: { turns?: { id: string }[] } }) => {
        if (m?.daihou === 1 && m.type === 'bg:turns') for (const t of m.data?.turns ?? []) w.__arrived[t.id] ??= performance.timeOrigin + performance.now();
      });
    });
    await panel.getByTestId('live-listen-toggle').waitFor();
    await panel.waitForTimeout(2_000); // the engine check has built the offscreen document

    const cdp = await b.context.browser()!.newBrowserCDPSession();
    const cpuSeconds = async () => {
      const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as never)) as { processInfo: { cpuTime: number }[] };
      return processInfo.reduce((s, p) => s + p.cpuTime, 0);
    };
    const cpuOver = async (ms: number) => {
      const c0 = await cpuSeconds();
      const t0 = performance.now();
      await panel.waitForTimeout(ms);
      return ((await cpuSeconds()) - c0) / ((performance.now() - t0) / 1000) * 100;
    };
    const idle = await cpuOver(WINDOW_MS);
    await panel.getByTestId('live-listen-toggle').click();
    await panel.getByTestId('live-listening').waitFor({ timeout: 20_000 });
    const listening = await cpuOver(WINDOW_MS);
    await panel.waitForTimeout(5_000); // the last segments of the window reach the panel

    const stats = (await panel.evaluate(() => chrome.runtime.sendMessage({ daihou: 1, type: 'bg:offscreen-stats', data: {} }))) as { ok: boolean; value: { timings: Timing[] } };
    const arrived = await panel.evaluate(() => (window as unknown as { __arrived: Record<string, number> }).__arrived);
    await panel.keyboard.press('Alt+KeyL');
    const latencies = (stats.ok ? stats.value.timings : [])
      .filter((t) => arrived[t.turnId] !== undefined)
      .map((t) => arrived[t.turnId]! - t.segmentEndAt - t.recognitionMs)
      .sort((x, y) => x - y);
    if (latencies.length < 4) throw new Error(`only ${latencies.length} turns reached the panel`);
    await cdp.detach().catch(() => {});
    return [
      { metric: 'live-audio.segment-to-turn.p95', value: percentile(latencies, 95), unit: 'ms', budget: 50 },
      { metric: 'live-audio.segment-to-turn.median', value: median(latencies), unit: 'ms', budget: 50 },
      { metric: 'live-audio.turns', value: latencies.length, unit: 'count', budget: 10_000 },
      { metric: 'live-audio.cpu.listening', value: listening, unit: '%', budget: 200 },
      { metric: 'live-audio.cpu.pipeline', value: Math.max(0, listening - idle), unit: '%', budget: 60 },
    ];
  } finally {
    await b.close().catch(() => {});
    removeProfile(profile);
    await server.close();
    tmp.remove();
  }
}
