// The scripted engine, for E2E tests and development only (never in the release build, see
// select.ts): a real SpeechEngine that answers each segment with the next line of a configured
// transcript for that speaker, wrapping round, and the segment's true duration. It lets the
// pipeline capture → VAD → segments → engine → turns run end to end where no model can.
import type { Speaker } from '../turn';
import { durationMs, notReady, READY, type Segment, type SpeechEngine, type Transcription } from './engine';

export type TestTranscript = Record<Speaker, string[]>;

export function createTestEngine(script: TestTranscript): SpeechEngine {
  const next: Record<Speaker, number> = { debtor: 0, agent: 0 };
  let disposed = false;
  return {
    id: 'test',
    available: async () => (disposed ? notReady('error') : script.debtor.length + script.agent.length > 0 ? READY : notReady('not-configured')),
    transcribe: async (segment: Segment): Promise<Transcription> => {
      if (disposed) throw new Error('test engine disposed');
      const lines = script[segment.speaker];
      const text = lines.length ? lines[next[segment.speaker]++ % lines.length]! : '';
      return { text, durationMs: durationMs(segment.pcm) };
    },
    dispose: async () => {
      disposed = true;
    },
  };
}

/** A transcript from outside (storage, a message), checked: lines are trimmed, empty ones dropped. */
export function parseTestTranscript(v: unknown): TestTranscript | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const lines = (x: unknown): string[] | null =>
    x === undefined ? [] : Array.isArray(x) && x.every((l) => typeof l === 'string') ? x.map((l: string) => l.trim().slice(0, 500)).filter(Boolean).slice(0, 200) : null;
  const debtor = lines(o.debtor);
  const agent = lines(o.agent);
  if (!debtor || !agent || debtor.length + agent.length === 0) return null;
  return { debtor, agent };
}
