// Listening to a call's audio, as the panel shows it: which tab, whether the pipeline runs, which
// engine and why it can or cannot run, whether the agent's microphone is heard.
import { AVAILABILITY_REASONS, ENGINE_IDS, type AvailabilityReason, type EngineId } from './speech/engine';

export const LISTEN_STATUSES = ['idle', 'starting', 'listening', 'error'] as const;
export type ListenStatus = (typeof LISTEN_STATUSES)[number];
/** capture-failed: the tab's audio could not be captured (no softphone audio, or Chrome refused);
 *  engine-unavailable: see `reason`; failed: anything else (the pipeline could not start). */
export const LISTEN_ERRORS = ['capture-failed', 'engine-unavailable', 'failed'] as const;
export type ListenError = (typeof LISTEN_ERRORS)[number];
export const MIC_STATES = ['on', 'denied', 'off'] as const;
export type MicState = (typeof MIC_STATES)[number];

export interface ListenState {
  tabId: number | null;
  status: ListenStatus;
  engine: EngineId | null;
  reason: AvailabilityReason | null;
  mic: MicState;
  error: ListenError | null;
}

export const IDLE: ListenState = { tabId: null, status: 'idle', engine: null, reason: null, mic: 'off', error: null };

export interface EngineCheck {
  engine: EngineId;
  reason: AvailabilityReason;
}

/** Counters of the capture pipeline (for benchmarks): no audio, no text. */
export interface ListenStats {
  frames: { debtor: number; agent: number };
  /** Per turn: ms from segment end to the turn handed on, recognition excluded, and the recognition's ms;
   *  segmentEndAt: when the VAD closed the segment, high-resolution epoch ms (performance.timeOrigin + now). */
  timings: { turnId: string; pipelineMs: number; recognitionMs: number; audioMs: number; segmentEndAt: number }[];
}

export { AVAILABILITY_REASONS, ENGINE_IDS };
