// What makes a script's short form sayable in one breath: at most SHORT_FORM_CHARS characters
// (a `{variable}` counts as written) and ending in exactly one question. The pack format allows
// longer short forms; the default pack's meta-test and the pack editor hold to this.
import { SHORT_FORM_CHARS } from './schema';

export type ShortFormIssue = { kind: 'too-long'; chars: number; max: number } | { kind: 'no-question' | 'several-questions'; chars: number; max: number };

const QUESTION = /[？?]/g;

/** Characters as the pack author sees them; surrounding spaces do not count. */
export const shortFormLength = (short: string) => [...short.trim()].length;

export function shortFormIssues(short: string, { question = true } = {}): ShortFormIssue[] {
  const s = short.trim();
  const chars = shortFormLength(s);
  const max = SHORT_FORM_CHARS;
  const out: ShortFormIssue[] = [];
  if (chars > max) out.push({ kind: 'too-long', chars, max });
  if (question) {
    const marks = s.match(QUESTION)?.length ?? 0;
    if (!/[？?]$/.test(s)) out.push({ kind: 'no-question', chars, max });
    else if (marks > 1) out.push({ kind: 'several-questions', chars, max });
  }
  return out;
}
