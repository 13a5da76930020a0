// The offscreen document's capture: the debtor from the CRM tab (a tabCapture stream id, replayed
// so the agent still hears the call), the agent from the microphone (permission granted once from
// the extension's grant page). Both go through one AudioContext at 16 kHz and an AudioWorklet that
// posts 512-sample mono frames; a Silero VAD per speaker (onnxruntime-web, wasm served from the
// extension) cuts them into segments. Audio lives only in these buffers: never stored, never sent.
import * as ort from 'onnxruntime-web/wasm';
import { FrameProcessor, defaultFrameProcessorOptions } from '@ricky0123/vad-web/dist/frame-processor';
import { Message } from '@ricky0123/vad-web/dist/messages';
import { Silero } from '@ricky0123/vad-web/dist/models/silero';
import type { Speaker } from './turn';
import { SAMPLE_RATE, type Segment } from './speech/engine';

export const FRAME_SAMPLES = 512;
const MS_PER_FRAME = (FRAME_SAMPLES / SAMPLE_RATE) * 1000;
/** Turn-taking on a call: a pause of 0.6 s ends a turn; under 0.25 s of speech is noise. */
const VAD_OPTIONS = { ...defaultFrameProcessorOptions, positiveSpeechThreshold: 0.5, negativeSpeechThreshold: 0.35, redemptionMs: 600, preSpeechPadMs: 200, minSpeechMs: 250 };

export interface CaptureUrls {
  worklet: string;
  vadModel: string;
}

export interface Capture {
  mic: 'on' | 'denied' | 'off';
  stop(): Promise<void>;
  /** Frames run through the VAD so far, per speaker. */
  frames(): Record<Speaker, number>;
}

let ortReady = false;
/** One thread (no SharedArrayBuffer needed); the wasm is the bundler's asset next to this code. */
function configureOrt() {
  if (ortReady) return;
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  ortReady = true;
}

async function tabStream(streamId: string): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: { mandatory: { chromeMediaSource: 'tab', chromeMediaSourceId: streamId } } as MediaTrackConstraints,
    video: false,
  });
}

async function micStream(): Promise<MediaStream | null> {
  try {
    const state = await navigator.permissions.query({ name: 'microphone' as PermissionName }).catch(() => null);
    if (state && state.state === 'denied') return null;
    return await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 }, video: false });
  } catch {
    return null;
  }
}

export async function startCapture(opts: {
  streamId: string;
  wantMic: boolean;
  urls: CaptureUrls;
  onSegment: (segment: Segment, endedAt: number) => void;
  /** The tab's audio ended (the tab closed or navigated away). */
  onEnded?: () => void;
}): Promise<Capture> {
  configureOrt();
  const modelBytes = await (await fetch(opts.urls.vadModel)).arrayBuffer();
  const tab = await tabStream(opts.streamId);
  const mic = opts.wantMic ? await micStream() : null;
  tab.getAudioTracks()[0]?.addEventListener('ended', () => opts.onEnded?.(), { once: true });
  // The tab is silent while captured: play it back at the device's own rate.
  const playback = new AudioContext();
  playback.createMediaStreamSource(tab).connect(playback.destination);
  const ctx = new AudioContext({ sampleRate: SAMPLE_RATE });
  await ctx.audioWorklet.addModule(opts.urls.worklet);
  const sink = ctx.createGain();
  sink.gain.value = 0;
  sink.connect(ctx.destination);
  const counts: Record<Speaker, number> = { debtor: 0, agent: 0 };
  const stops: (() => Promise<void>)[] = [];

  const listen = async (stream: MediaStream, speaker: Speaker) => {
    const model = await Silero.new(ort, async () => modelBytes.slice(0));
    const vad = new FrameProcessor(model.process, model.reset_state, VAD_OPTIONS, MS_PER_FRAME);
    vad.resume();
    const node = new AudioWorkletNode(ctx, 'pcm-frames', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
    ctx.createMediaStreamSource(stream).connect(node);
    node.connect(sink);
    let chain: Promise<void> = Promise.resolve();
    let stopped = false;
    node.port.onmessage = (e: MessageEvent<Float32Array>) => {
      const frame = e.data;
      chain = chain.then(async () => {
        if (stopped) return;
        counts[speaker]++;
        await vad.process(frame, (ev) => {
          if (ev.msg === Message.SpeechEnd) {
            const endedAt = performance.now();
            const startedAt = Date.now() - (ev.audio.length / SAMPLE_RATE) * 1000 - VAD_OPTIONS.redemptionMs;
            opts.onSegment({ speaker, pcm: ev.audio, startedAt }, endedAt);
          }
        });
      }).catch(() => {});
    };
    stops.push(async () => {
      stopped = true;
      node.port.onmessage = null;
      node.disconnect();
      await chain;
      await model.release().catch(() => {});
    });
  };
  await listen(tab, 'debtor');
  if (mic) await listen(mic, 'agent');

  return {
    mic: !opts.wantMic ? 'off' : mic ? 'on' : 'denied',
    frames: () => ({ ...counts }),
    async stop() {
      for (const s of stops) await s();
      for (const t of [...tab.getTracks(), ...(mic?.getTracks() ?? [])]) t.stop();
      await ctx.close().catch(() => {});
      await playback.close().catch(() => {});
    },
  };
}
