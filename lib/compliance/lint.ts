// Language lint for notes being typed and scripts in packs: each finding names its rule, a span and a lawful phrasing.
// Matching runs on a same-length normalised copy, so spans point into the original text.
import { LINT_RULES, type LintOptions } from './lint-rules';
import { normalizeForMatch } from '../text/normalize';
import { SEVERITY_ORDER, type Finding, type LintRuleId } from './types';

export type { LintOptions };

export interface LintTextOptions extends LintOptions {
  /** Only these rules (default: all). */
  rules?: readonly LintRuleId[];
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
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
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
