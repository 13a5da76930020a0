// A checklist that ticks itself: an agent turn is matched against each checklist item's `examples`
// (the pack's, per locale; supervisors edit them) with the classifier's own machinery (lib/suggest:
// normalize, n-grams, TF-IDF, nearest examples + centroid), against lawful agent talk that says none
// of them. The promise's elements (date, amount, method) are read by lib/call/promise-hints, the one
// home of that parsing. Asking is not verifying: `identity-verified` is never ticked from words.
import type { Pack, Stage } from '../packs/schema';
import { IDENTITY_VERIFIED } from '../call/session';
import { promiseElements } from '../call/promise-hints';
import { buildClassifier, type Classifier } from '../suggest/classifier';
import { AGENT_NEUTRAL } from './agent-neutral';

/** The commitment items ticked from the promise read back, and the recap itself. */
export const PTP_ITEMS = { date: 'ptp-date', amount: 'ptp-amount', method: 'ptp-method' } as const;
export const RECAP_ITEM = 'recap';
/** The thanks that closes the call: said at the end of a turn, not as "谢谢张先生。今天来电是…". */
export const THANKS_ITEM = 'thanks';
/** Telling the debtor the amount overdue: said only with a sum of money in the words. */
export const AMOUNT_ITEM = 'amount-stated';
/** The identity question asked (stage `verify`): asked is not verified. */
export const IDENTITY_ASKED = 'identity-asked';
/** Items never ticked from words, whatever their examples say. */
export const NEVER_HEARD: ReadonlySet<string> = new Set([IDENTITY_VERIFIED]);

/** Raw similarity an item needs (English words are sparser features than Chinese n-grams, so score
 *  lower), and its lead over lawful talk that is none of the items. Set by leave-one-out over the
 *  pack's examples and the neutral lines (scripts/checklist-eval.ts), not on the held-out lines. */
export const HEARD_MIN = 0.2;
export const HEARD_MIN_LATIN = 0.1;
export const HEARD_MARGIN = 0.06;
/** Clauses shorter than this (Han characters or words) are not matched on their own. */
const MIN_CLAUSE_UNITS = 4;

export interface HeardCheck {
  id: string;
  /** The agent's words that ticked it. */
  words: string;
  score: number;
  /** The part of the words that matched (the line, a sentence or a clause). */
  piece?: string;
}

export interface ChecklistMatcher {
  /** Item ids that have examples (the ones words can tick). */
  readonly items: readonly string[];
  /** Items one agent line says, best first (raw similarity; the promise's elements score 1). */
  heard(text: string, todayISO: string): HeardCheck[];
}

/** Every item's examples, all locales pooled (normalisation folds Traditional into Simplified). */
export function checklistExamples(stages: readonly Stage[]): { id: string; examples: string[] }[] {
  const out: { id: string; examples: string[] }[] = [];
  for (const s of stages)
    for (const item of s.checklist) {
      if (!item.examples || NEVER_HEARD.has(item.id)) continue;
      const examples = [...item.examples['zh-CN'], ...(item.examples['zh-TW'] ?? []), ...(item.examples.en ?? [])].filter((e) => e.trim());
      if (examples.length) out.push({ id: item.id, examples });
    }
  return out;
}

const CLAUSE = /[。！？!?；;\n，,、]+|\.(?=\s|$)/;
const units = (s: string) => (s.match(/\p{Script=Han}|[A-Za-z0-9]+/gu) ?? []).length;

/** The line, its sentences and its clauses: an item may be said in any part of a long turn. */
export function linePieces(text: string): string[] {
  const pieces = new Set<string>([text.trim()]);
  for (const sentence of text.split(/[。！？!?；;\n]+|\.(?=\s|$)/)) if (units(sentence) >= MIN_CLAUSE_UNITS) pieces.add(sentence.trim());
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter(Boolean);
  for (let i = 0; i < clauses.length; i++) {
    if (units(clauses[i]!) >= MIN_CLAUSE_UNITS) pieces.add(clauses[i]!);
    // A clause and the next: "我跟您确认一下，…15号…"
    if (i + 1 < clauses.length) pieces.add(`${clauses[i]!}，${clauses[i + 1]!}`);
  }
  return [...pieces];
}

export function buildChecklistMatcher(stages: readonly Stage[], neutral: readonly string[] = AGENT_NEUTRAL): ChecklistMatcher {
  const items = checklistExamples(stages);
  const classifier: Classifier | null = items.length
    ? buildClassifier({ scenarios: items as unknown as Pack['scenarios'], neutralExamples: [...neutral] })
    : null;
  const has = new Set(items.map((i) => i.id));
  const allItems = new Set(stages.flatMap((s) => s.checklist.map((c) => c.id)));

  function byExamples(text: string): Map<string, HeardCheck> {
    const best = new Map<string, HeardCheck>();
    if (!classifier) return best;
    for (const piece of linePieces(text)) {
      const ex = classifier.explain(piece);
      const top = ex.raw[0];
      if (!top) continue;
      // Only the piece's best item, when it clearly beats lawful talk that is none of them.
      const min = /\p{Script=Han}/u.test(piece) ? HEARD_MIN : HEARD_MIN_LATIN;
      if (top.score < min || top.score - ex.noneRaw < HEARD_MARGIN) continue;
      const prev = best.get(top.id);
      if (!prev || prev.score < top.score) best.set(top.id, { id: top.id, words: text, score: top.score, piece });
    }
    return best;
  }

  return {
    items: [...has],
    heard(text, todayISO) {
      if (!text.trim()) return [];
      const found = byExamples(text);
      // The promise read back: two of its elements in one line (or one, in a line that sounds like the
      // recap) tick those elements; all three in one line tick the recap.
      const el = promiseElements(text, todayISO);
      const named = (['date', 'amount', 'method'] as const).filter((k) => el[k] !== undefined);
      const recapLike = found.has(RECAP_ITEM);
      const readBack = named.length >= 2 && !PAST_OR_OWED.test(text);
      if (readBack || (recapLike && named.length >= 1 && !PAST_OR_OWED.test(text)))
        for (const k of named) if (allItems.has(PTP_ITEMS[k])) found.set(PTP_ITEMS[k], { id: PTP_ITEMS[k], words: text, score: 1 });
      // Thanks that open a turn which goes on to other business do not close the call.
      if (found.has(THANKS_ITEM) && !closesTurn(found.get(THANKS_ITEM)!.piece, text)) found.delete(THANKS_ITEM);
      // The amount is not stated without a sum ("您的账户已经逾期了" states none).
      if (found.has(AMOUNT_ITEM) && el.amount === undefined && !MONEY.test(text)) found.delete(AMOUNT_ITEM);
      // The recap is all three elements said back in one turn.
      if (named.length < 3 || PAST_OR_OWED.test(text)) found.delete(RECAP_ITEM);
      else if (allItems.has(RECAP_ITEM)) found.set(RECAP_ITEM, { id: RECAP_ITEM, words: text, score: 1 });
      for (const id of NEVER_HEARD) found.delete(id);
      return [...found.values()].sort((a, b) => b.score - a.score);
    },
  };
}

/** Does this piece of the turn reach into its last sentence? */
function closesTurn(piece: string | undefined, text: string): boolean {
  if (!piece) return true;
  const sentences = text.split(/[。！？!?；;\n]+|\.(?=\s|$)/).map((x) => x.trim()).filter(Boolean);
  const last = sentences.at(-1) ?? text;
  return piece.includes(last) || last.includes(piece);
}

/** A sum of money as said in English or with a currency sign (lib/call/promise-hints reads the Chinese ones). */
const MONEY = /[¥￥$]\s*\d|\d[\d,.]*\s*(?:yuan|rmb|cny|dollars?)\b/i;

/** A date and an amount about the past, or a promise made before, not one read back now:
 *  "上个月15号还了1000", "10月5号起逾期3000元", "您之前说过15号还". */
const PAST_OR_OWED = /上个?月|上個?月|已经|已經|还了|還了|借了|借的|起逾期|以来|以來|说过|說過|承诺过|承諾過|答应过|答應過|last month|already|borrowed|since|you said|promised before/i;
