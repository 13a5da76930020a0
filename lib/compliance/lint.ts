// Language lint for notes being typed and scripts in packs: each finding names its rule, a span and a lawful phrasing.
// Matching runs on a same-length normalised copy, so spans point into the original text.
// Two layers vote: the rules (lint-rules/, what is certain) and, once loadLintModel() has run, a learned
// classifier over meaning (lint-learned.ts) that adds a `warn` finding for a sentence the rules passed.
import { lintModel, sentenceSpans, verdict, type LintModel } from './lint-learned';
import { LINT_RULES, LINT_RULES_BY_ID, type LintOptions } from './lint-rules';
import { normalizeForMatch } from '../text/normalize';
import { SEVERITY_ORDER, type Finding, type LintRuleId } from './types';

export type { LintOptions };

export interface LintTextOptions extends LintOptions {
  /** Only these rules (default: all). */
  rules?: readonly LintRuleId[];
  /** The learned layer: the loaded model (default), another one (evaluation), or null for rules only. */
  model?: LintModel | null;
}

export function lintText(text: string, options: LintTextOptions = {}): Finding[] {
  if (!text) return [];
  const ctx = { original: text, text: normalizeForMatch(text), options };
  const findings: Finding[] = [];
  for (const rule of LINT_RULES) {
    if (options.rules && !options.rules.includes(rule.id)) continue;
    const hits = rule.find(ctx).sort((a, b) => a.start - b.start || b.end - a.end);
    // Overlapping hits of one rule become one finding spanning both.
    const merged: typeof hits = [];
    for (const h of hits) {
      const last = merged[merged.length - 1];
      if (last && h.start < last.end) {
        last.end = Math.max(last.end, h.end);
        if (h.severity && SEVERITY_ORDER[h.severity] < SEVERITY_ORDER[last.severity ?? rule.severity]) last.severity = h.severity;
        last.tacticId ??= h.tacticId;
      } else {
        merged.push({ ...h });
      }
    }
    for (const h of merged) {
      findings.push({
        ruleId: rule.id,
        severity: h.severity ?? rule.severity,
        message: rule.message,
        source: rule.source,
        suggestion: h.suggestion ?? rule.suggestion,
        span: { start: h.start, end: h.end },
        ...(h.tacticId ? { tacticId: h.tacticId } : {}),
      });
    }
  }
  const model = options.model === undefined ? lintModel() : options.model;
  if (model) findings.push(...learnedFindings(text, model, findings, options.rules));
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * The learned layer's vote: each sentence, and each pair of adjacent sentences (a threat is often
 * split across two), that the rules left alone and the model finds unlawful. The finding names the
 * model's most likely rule, with that rule's message and lawful phrasing; it warns, never blocks.
 */
function learnedFindings(text: string, model: LintModel, ruleFindings: readonly Finding[], only?: readonly LintRuleId[]): Finding[] {
  const sentences = sentenceSpans(text);
  const windows = sentences.map((s) => [s]);
  for (let i = 0; i + 1 < sentences.length; i++) windows.push([sentences[i]!, sentences[i + 1]!]);
  const out: Finding[] = [];
  const taken = (start: number, end: number) =>
    [...ruleFindings, ...out].some((f) => f.span && f.span.start < end && start < f.span.end);
  for (const w of windows) {
    const start = w[0]!.start;
    const end = w[w.length - 1]!.end;
    if (taken(start, end)) continue;
    const v = verdict(model, text.slice(start, end));
    if (v.pUnlawful < model.threshold || (only && !only.includes(v.rule))) continue;
    const rule = LINT_RULES_BY_ID.get(v.rule)!;
    out.push({
      ruleId: rule.id,
      severity: 'warn',
      message: rule.message,
      source: rule.source,
      suggestion: rule.suggestion,
      span: { start, end },
      learned: Math.round(v.pUnlawful * 100) / 100,
    });
  }
  return out;
}

/** Lint every script of a pack (or any list of texts) at once, keyed by id. */
export function lintScripts<T extends { id: string; text: string }>(scripts: readonly T[], options: LintTextOptions = {}): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const s of scripts) {
    const f = lintText(s.text, options);
    if (f.length) out.set(s.id, f);
  }
  return out;
}
