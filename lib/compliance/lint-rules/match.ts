// The matching machinery shared by lint rules: clause and sentence bounds, negation, reported speech,
// lawful context. Rules stay declarative lists of patterns; the guards live here, once.
import type { LintRuleId, Localized, RuleSource, Severity, TacticId } from '../types';

export interface LintOptions {
  /** The amount the debtor owes; a demand for more is flagged. */
  amountOverdue?: number;
  /** Words said live on a call (lib/live): someone other than the debtor is on the line, so any
   *  mention of the debt is a disclosure. */
  thirdPartyOnLine?: boolean;
}

export interface LintContext {
  /** Text as typed. */
  original: string;
  /** Same length, Simplified, half-width, lower-case ASCII: all patterns run on this. */
  text: string;
  options: LintOptions;
}

export interface LintHit {
  start: number;
  end: number;
  severity?: Severity;
  suggestion?: Localized;
  tacticId?: TacticId;
}

export interface LintRule {
  id: LintRuleId;
  title: Localized;
  severity: Severity;
  source: RuleSource;
  message: Localized;
  suggestion: Localized;
  find(ctx: LintContext): LintHit[];
}

export interface PatternSpec {
  re: RegExp;
  severity?: Severity;
  suggestion?: Localized;
  tacticId?: TacticId;
  /** Context that makes the match lawful (a hedge, an approval, a court) — checked in `lawfulScope`. */
  lawful?: RegExp;
  lawfulScope?: 'clause' | 'sentence';
  /** Context that excuses the match only from the clause right after it ("已联系紧急联系人，未透露欠款"). */
  lawfulNext?: RegExp;
  /** The match counts only when the sentence also has this (a menace after "we know where you live"). */
  requires?: RegExp;
  /**
   * 'tail': a negator between the clause start (after a condition or subject) and the match clears it.
   * 'tail+match': the matched text is searched too (for patterns with a gap, "就不会上门").
   * false: never cleared by negation (the pattern contains its own 不, as in 不要脸).
   */
  negation?: 'tail' | 'tail+match' | false;
  /** Skip matches inside reported speech ("客户说要曝光我们"). Default true. */
  skipReported?: boolean;
}

/** A character that does not end a clause — for gaps inside patterns. */
export const C = '[^，,。！？!?；;：:\\n]';

/** Build a RegExp from a source where `~` stands for one same-clause character. */
export function rx(source: string, flags = ''): RegExp {
  return new RegExp(source.replaceAll('~', C), flags);
}

const CLAUSE_BREAK = /[，,。！？!?；;：:\n…]/;
const SENTENCE_BREAK = /[。！？!?；;\n]/;

function isBreak(text: string, i: number, set: RegExp): boolean {
  const ch = text[i] ?? '';
  if (ch === '.') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  return set.test(ch);
}

export function bounds(text: string, start: number, end: number, set: RegExp): [number, number] {
  let s = start;
  while (s > 0 && !isBreak(text, s - 1, set)) s--;
  let e = end;
  while (e < text.length && !isBreak(text, e, set)) e++;
  return [s, e];
}

export const clauseBounds = (text: string, start: number, end: number) => bounds(text, start, end, CLAUSE_BREAK);
export const sentenceBounds = (text: string, start: number, end: number) => bounds(text, start, end, SENTENCE_BREAK);

// A condition ("不还就…", "否则…", "if you don't pay…") ends the part a negator could govern.
const CONDITION = /就|的话|否则|不然|要不|那么|再不|\bor else\b|\botherwise\b|\bunless\b|\bif you (don't|do not|won't)\b[^,]*/g;
// The speaker's own subject: what follows it is the speaker's commitment.
const SUBJECT = /我们|我行|本行|银行|公司|咱们|我|\bwe('ll|'re)?\b|\bi('ll|'m)?\b|\bour\b|\bthe bank\b/g;
const NEGATOR =
  /不(?![还交付给缴接理配回听管然行])|没(?![还钱])|未(?![还付])|别(?![怪逼])|禁止|严禁|无权|无法|无需|勿|杜绝|避免|拒绝|防止|\b(not|never|no|won't|wont|don't|dont|doesn't|cannot|can't|wouldn't|shouldn't|neither|nor|without|refrain|avoid)\b|n't\b/;

function afterLast(s: string, re: RegExp): string {
  let cut = 0;
  for (const m of s.matchAll(re)) cut = m.index + m[0].length;
  return s.slice(cut);
}

export function isNegated(text: string, clauseStart: number, matchStart: number, matchEnd?: number): boolean {
  let scope = text.slice(clauseStart, matchEnd ?? matchStart);
  scope = afterLast(scope, CONDITION);
  scope = afterLast(scope, SUBJECT);
  return NEGATOR.test(scope);
}

const REPORTED =
  /(?<![跟和对向给诉知])(客户|债务人|借款人|持卡人|对方|家属|本人|他|她|其|用户|担保人|家人|老公|老婆)(本人)?(说|称|讲|表示|扬言|声称|反映|质问|问|威胁|骂|认为|要求|自称|提出|坚称|回复|回答|投诉)|(客户|债务人|对方)[:：]|\b(customer|debtor|borrower|caller|he|she|they|consumer)\s+(said|says|claims?|claimed|threatened|asked|stated|insists?|insisted|complained)\b/;

export function isReportedSpeech(text: string, sentenceStart: number, matchStart: number): boolean {
  return REPORTED.test(text.slice(sentenceStart, matchStart));
}

/** Run pattern specs with the shared guards. */
export function scan(ctx: LintContext, specs: readonly PatternSpec[]): LintHit[] {
  const hits: LintHit[] = [];
  const { text } = ctx;
  for (const spec of specs) {
    const re = new RegExp(spec.re.source, spec.re.flags.includes('g') ? spec.re.flags : `${spec.re.flags}g`);
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const [cs] = clauseBounds(text, start, end);
      const [ss, se] = sentenceBounds(text, start, end);
      const negation = spec.negation ?? 'tail';
      if (negation && isNegated(text, cs, start, negation === 'tail+match' ? end : undefined)) continue;
      if ((spec.skipReported ?? true) && isReportedSpeech(text, ss, start)) continue;
      if (spec.requires && !spec.requires.test(text.slice(ss, se))) continue;
      const [, ce] = clauseBounds(text, start, end);
      if (spec.lawful) {
        const [ls, le] = spec.lawfulScope === 'sentence' ? [ss, se] : clauseBounds(text, start, end);
        if (spec.lawful.test(text.slice(ls, le))) continue;
      }
      if (spec.lawfulNext && ce < se) {
        const [ns, ne] = clauseBounds(text, ce + 1, ce + 1);
        if (spec.lawfulNext.test(text.slice(ns, ne))) continue;
      }
      const hit: LintHit = { start, end };
      if (spec.severity) hit.severity = spec.severity;
      if (spec.suggestion) hit.suggestion = spec.suggestion;
      if (spec.tacticId) hit.tacticId = spec.tacticId;
      hits.push(hit);
    }
  }
  return hits;
}
