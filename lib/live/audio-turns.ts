// From VAD segments to turns of the live call: each segment a speaker finished is recognised (one
// at a time, in the order heard, so turns keep their order) and becomes one final turn with source
// 'audio'. Timing of each step is kept (no audio, no text) so the benchmark can check that the
// pipeline's own work — segment end to turn handed on, recognition excluded — stays under 50 ms.
import { MAX_TURN_TEXT, type Turn } from './turn';
import type { Segment, SpeechEngine } from './speech/engine';

export interface SegmentTiming {
  turnId: string;
  /** performance.now() when the VAD closed the segment. */
  segmentEnd: number;
  /** ms the engine took. */
  recognitionMs: number;
  /** ms from segment end to the turn handed to `emit`, recognition excluded. */
  pipelineMs: number;
  /** Audio length, ms. */
  audioMs: number;
}

export interface TurnPipeline {
  /** Called by the VAD when a speaker stops: `endedAt` is performance.now() at that moment. */
  onSegment(segment: Segment, endedAt?: number): Promise<void>;
  timings(): readonly SegmentTiming[];
  /** Waits for the segments already queued. */
  drain(): Promise<void>;
}

const MAX_TIMINGS = 500;

export function turnFromSegment(segment: Segment, text: string, seq: number): Turn {
  return {
    id: `audio-${segment.speaker}-${seq}-${Math.round(segment.startedAt)}`,
    speaker: segment.speaker,
    text: text.slice(0, MAX_TURN_TEXT),
    final: true,
    at: Math.round(segment.startedAt),
    source: 'audio',
  };
}

export function createTurnPipeline(opts: {
  engine: SpeechEngine;
  emit: (turn: Turn) => void | Promise<void>;
  /** A segment the engine failed on (the error is not the audio's content). */
  onError?: (e: unknown) => void;
  now?: () => number;
}): TurnPipeline {
  const now = opts.now ?? (() => performance.now());
  const timings: SegmentTiming[] = [];
  let seq = 0;
  let queue: Promise<void> = Promise.resolve();
  const handle = async (segment: Segment, endedAt: number) => {
    const before = now();
    let text: string;
    try {
      text = (await opts.engine.transcribe(segment)).text.trim();
    } catch (e) {
      opts.onError?.(e);
      return;
    }
    const recognitionMs = now() - before;
    // Nothing recognised: no turn (an empty line helps no one).
    if (!text) return;
    const turn = turnFromSegment(segment, text, ++seq);
    await opts.emit(turn);
    const pipelineMs = now() - endedAt - recognitionMs;
    timings.push({ turnId: turn.id, segmentEnd: endedAt, recognitionMs, pipelineMs, audioMs: Math.round((segment.pcm.length / 16_000) * 1000) });
    if (timings.length > MAX_TIMINGS) timings.shift();
  };
  return {
    onSegment(segment, endedAt = now()) {
      const run = queue.then(() => handle(segment, endedAt));
      queue = run.catch(() => {});
      return run;
    },
    timings: () => timings,
    drain: () => queue,
  };
}
