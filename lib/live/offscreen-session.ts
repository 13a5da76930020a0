// One listening session in the offscreen document: engine → capture → VAD → turns, and its state.
import type { Capture, CaptureUrls } from './capture';
import { createTurnPipeline, type TurnPipeline } from './audio-turns';
import { IDLE, type EngineCheck, type ListenState, type ListenStats } from './listen-state';
import { createEngine } from './speech/create';
import type { SpeechEngine } from './speech/engine';
import type { EngineConfig } from './speech/select';
import type { Turn } from './turn';

export interface LiveSession {
  start(req: { tabId: number; streamId: string; mic: boolean; engine: EngineConfig }): Promise<ListenState>;
  stop(): Promise<ListenState>;
  stats(): ListenStats;
}

/** Builds the engine the configuration selects, asks whether it can run, and lets it go. */
export async function checkEngine(config: EngineConfig, create: (c: EngineConfig) => SpeechEngine = createEngine): Promise<EngineCheck> {
  const engine = create(config);
  try {
    const a = await engine.available().catch(() => ({ ready: false, reason: 'error' as const }));
    return { engine: engine.id, reason: a.reason };
  } finally {
    await engine.dispose().catch(() => {});
  }
}

/**
 * The panel asks at every opening which engine would listen. The policy model's answer is kept for
 * the same configuration (reading and hashing a model of hundreds of MB at each panel opening
 * would cost more than it tells); starting to listen loads and verifies it again and forgets the
 * kept answers. Chrome's answer is asked every time (its pack may have finished installing).
 */
export function createEngineChecker(check: (c: EngineConfig) => Promise<EngineCheck> = (c) => checkEngine(c)) {
  const kept = new Map<string, EngineCheck>();
  return {
    async check(config: EngineConfig): Promise<EngineCheck> {
      const key = JSON.stringify(config);
      const have = kept.get(key);
      if (have) return have;
      const r = await check(config);
      if (r.engine === 'policy-model') kept.set(key, r);
      return r;
    },
    forget: () => kept.clear(),
  };
}

export function createLiveSession(opts: {
  urls: CaptureUrls;
  emit: (tabId: number, turns: Turn[]) => Promise<void>;
  ended: (state: ListenState) => void;
}): LiveSession {
  let engine: SpeechEngine | null = null;
  let capture: Capture | null = null;
  let pipeline: TurnPipeline | null = null;
  let state: ListenState = IDLE;

  const stop = async (): Promise<ListenState> => {
    const c = capture;
    const e = engine;
    capture = null;
    engine = null;
    await c?.stop().catch(() => {});
    await pipeline?.drain();
    await e?.dispose().catch(() => {});
    state = { ...IDLE, tabId: state.tabId };
    return state;
  };

  return {
    async start({ tabId, streamId, mic, engine: config }) {
      engine = createEngine(config);
      const a = await engine.available().catch(() => ({ ready: false, reason: 'error' as const }));
      if (!a.ready) {
        const id = engine.id;
        await engine.dispose().catch(() => {});
        engine = null;
        return (state = { tabId, status: 'error', engine: id, reason: a.reason, mic: 'off', error: 'engine-unavailable' });
      }
      const running = engine;
      pipeline = createTurnPipeline({ engine: running, emit: (turn) => opts.emit(tabId, [turn]).catch(() => {}) });
      const p = pipeline;
      try {
        // The capture code (onnxruntime, the VAD) loads only when listening starts, not for the panel's engine check.
        const { startCapture } = await import('./capture');
        capture = await startCapture({ streamId, wantMic: mic, urls: opts.urls, onSegment: (seg, endedAt) => void p.onSegment(seg, endedAt), onEnded: () => void stop().then(opts.ended) });
      } catch (e) {
        await running.dispose().catch(() => {});
        engine = null;
        const captureFailed = e instanceof DOMException || (e instanceof Error && /capture|media|Permission/i.test(e.name + e.message));
        return (state = { tabId, status: 'error', engine: running.id, reason: a.reason, mic: 'off', error: captureFailed ? 'capture-failed' : 'failed' });
      }
      state = { tabId, status: 'listening', engine: running.id, reason: a.reason, mic: capture.mic, error: null };
      return state;
    },
    stop,
    stats: () => ({
      frames: capture?.frames() ?? { debtor: 0, agent: 0 },
      timings: (pipeline?.timings() ?? []).map((t) => ({ turnId: t.turnId, pipelineMs: t.pipelineMs, recognitionMs: t.recognitionMs, audioMs: t.audioMs, segmentEndAt: performance.timeOrigin + t.segmentEnd })),
    }),
  };
}
