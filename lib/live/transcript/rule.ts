// A site adapter's transcript part: where the live transcript is on that site and how to tell the
// speakers apart. The shape check here is the content script's (no schema library there); the full
// validation (selectors parse, texts are sane) is in lib/extract/adapters.ts, applied before storing.
import type { SpeakerRule } from './line';

export interface TranscriptRule extends SpeakerRule {
  /** CSS selector of the transcript container; " >>> " steps into iframes and shadow roots. */
  container: string;
  /** Selector of one line, within the container; default: the container's children. */
  line?: string;
}

export const MAX_TRANSCRIPT_SELECTOR = 500;
export const MAX_SPEAKER_LABEL = 40;
export const TRANSCRIPT_SELECTOR_KEYS = ['container', 'line', 'debtorSelector', 'agentSelector'] as const;
export const TRANSCRIPT_LABEL_KEYS = ['debtorLabel', 'agentLabel'] as const;

const str = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;

export function isTranscriptRule(v: unknown): v is TranscriptRule {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  if (!str(r['container'], MAX_TRANSCRIPT_SELECTOR)) return false;
  for (const k of TRANSCRIPT_SELECTOR_KEYS) if (r[k] !== undefined && !str(r[k], MAX_TRANSCRIPT_SELECTOR)) return false;
  for (const k of TRANSCRIPT_LABEL_KEYS) if (r[k] !== undefined && !str(r[k], MAX_SPEAKER_LABEL)) return false;
  return true;
}
