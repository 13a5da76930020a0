// One interface for every speech engine the live call can use (lib/live/speech/*): Chrome's own
// recognizer in on-device mode only, a model set by enterprise policy, and (demo/dev builds only)
// a scripted test engine. An engine says whether it can run here and why not, turns one segment
// of 16 kHz mono PCM into text, and lets go of what it holds. Audio never leaves the engine.
import type { Speaker } from '../turn';

export const SAMPLE_RATE = 16_000;

export const ENGINE_IDS = ['chrome-on-device', 'policy-model', 'test'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/**
 * Why an engine can or cannot run: each code has a sentence in the panel (i18n `live.reason.*`).
 * ready: it runs. needs-install / installing: Chrome's on-device pack is not (yet) on this machine.
 * unsupported: this browser has no on-device recognizer (or not for the language).
 * not-configured: the policy keys for the model are not set. bad-config: they are malformed.
 * fetch-failed / mismatch / too-large: the model could not be fetched, or was not the file policy names.
 * no-runtime: the model is verified and cached but this version has nothing that runs it.
 */
export const AVAILABILITY_REASONS = [
  'ready',
  'needs-install',
  'installing',
  'unsupported',
  'not-configured',
  'bad-config',
  'fetch-failed',
  'mismatch',
  'too-large',
  'no-runtime',
  'error',
] as const;
export type AvailabilityReason = (typeof AVAILABILITY_REASONS)[number];

export interface Availability {
  ready: boolean;
  reason: AvailabilityReason;
}

export const READY: Availability = { ready: true, reason: 'ready' };
export const notReady = (reason: Exclude<AvailabilityReason, 'ready'>): Availability => ({ ready: false, reason });

/** What the VAD cut out of one speaker's audio: one utterance. */
export interface Segment {
  speaker: Speaker;
  /** Mono samples at SAMPLE_RATE, -1…1. */
  pcm: Float32Array;
  /** Epoch ms of the first sample (approximately: the VAD's pre-speech pad included). */
  startedAt: number;
}

export interface Transcription {
  text: string;
  /** Length of the audio the text came from. */
  durationMs: number;
}

export interface SpeechEngine {
  readonly id: EngineId;
  available(): Promise<Availability>;
  /** The words in one segment ('' when nothing was recognised). Rejects when the engine cannot run. */
  transcribe(segment: Segment): Promise<Transcription>;
  dispose(): Promise<void>;
}

export const durationMs = (pcm: Float32Array): number => Math.round((pcm.length / SAMPLE_RATE) * 1000);
