// One turn of the live call as heard: the one stream both sources produce (the CRM workbench's own
// live transcript, read by the content script; on-device recognition of the call audio, in the
// offscreen document). The panel classifies final debtor turns, ticks the checklist from agent turns
// and lints them. Text only: audio never leaves the capture pipeline.

export const SPEAKERS = ['debtor', 'agent'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const TURN_SOURCES = ['page', 'audio'] as const;
export type TurnSource = (typeof TURN_SOURCES)[number];

/** Longest text one turn may carry (a run-on minute of speech is far below this). */
export const MAX_TURN_TEXT = 2_000;
/** Most turns one message may carry (a page that shows a long transcript at once is read in batches). */
export const MAX_TURNS_PER_MESSAGE = 50;

export interface Turn {
  /** Stable for the life of the turn in its source: an interim turn and its final version share it. */
  id: string;
  speaker: Speaker;
  text: string;
  /** False while the source may still change the words (recognizer interim, a line being typed out). */
  final: boolean;
  /** Epoch ms when the turn was first heard. */
  at: number;
  source: TurnSource;
}

const isSpeaker = (v: unknown): v is Speaker => (SPEAKERS as readonly unknown[]).includes(v);
const isSource = (v: unknown): v is TurnSource => (TURN_SOURCES as readonly unknown[]).includes(v);

/** A turn from outside, checked by hand (the content script carries no schema library). */
export function isTurn(v: unknown): v is Turn {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (
    typeof t.id === 'string' && t.id.length > 0 && t.id.length <= 200 &&
    isSpeaker(t.speaker) &&
    typeof t.text === 'string' && t.text.length <= MAX_TURN_TEXT &&
    typeof t.final === 'boolean' &&
    typeof t.at === 'number' && Number.isFinite(t.at) &&
    isSource(t.source)
  );
}

/**
 * The call's turns so far, by id: a later version of a turn (interim → final, or the words corrected)
 * replaces the earlier one in place; new turns are appended in order heard. Pure: returns a new array
 * when something changed, the same one when nothing did.
 */
export function mergeTurns(known: readonly Turn[], incoming: readonly Turn[]): readonly Turn[] {
  let out: Turn[] | null = null;
  for (const t of incoming) {
    const list: readonly Turn[] = out ?? known;
    const i = list.findIndex((k) => k.id === t.id && k.source === t.source);
    if (i >= 0) {
      const k = list[i]!;
      if (k.text === t.text && k.final === t.final && k.speaker === t.speaker) continue;
      // A final turn is not reopened by a late interim version of itself.
      if (k.final && !t.final) continue;
      out ??= [...known];
      out[i] = { ...t, at: k.at };
    } else {
      out ??= [...known];
      out.push(t);
    }
  }
  return out ?? known;
}
