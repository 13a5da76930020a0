// A name in two fields (CRMs' First name / Last name, Given name / Surname), read as one when no
// label gives the whole name. Part of the detail readers (lib/extract/detail-host.ts): it only adds
// a name where none was read, so the content script, which every CRM page loads, does without it.
import { DROP_BELOW, PENALTY, round2 } from './confidence';
import { FIRST_NAME_LABELS, LAST_NAME_LABELS } from './name-labels';
import { cleanText } from './normalize';
import type { FieldSource } from './types';

/** A value read under a decoy label (the halves' labels are decoys of the dictionary), best first. */
export interface NamePart {
  synonym: string;
  raw: string;
  score: number;
  el: Element;
  method: FieldSource['method'];
}

export interface NameFromParts {
  value: string;
  el: Element;
  method: FieldSource['method'];
  confidence: number;
}

/**
 * The halves joined, as sure as the less sure half; in doubt when a half has a rival value nearly
 * as strong (a joint borrower's). The page's title or top heading may write it whole, with a
 * middle name ("Aroha M. Parata"). `theirs`: a value in another party's section; `parseName`: the
 * content script's reading of a name value (lib/extract/fields.ts).
 */
export function nameFromParts(doc: Document, parts: readonly NamePart[], theirs: (el: Element) => boolean, parseName: (raw: string) => string | null): NameFromParts | null {
  const half = (labels: string[]) => {
    const found = parts.filter((p) => labels.includes(p.synonym) && p.score >= DROP_BELOW && !theirs(p.el));
    const best = found[0];
    const value = best && parseName(best.raw);
    if (!best || !value) return null;
    const rival = found.some((p) => p.score >= best.score * 0.8 && cleanText(p.raw) !== cleanText(best.raw));
    return { value, el: best.el, method: best.method, confidence: Math.min(1, best.score) * (rival ? PENALTY.ambiguous : 1) };
  };
  const first = half(FIRST_NAME_LABELS);
  const last = first && half(LAST_NAME_LABELS);
  if (!first || !last) return null;
  const short = `${first.value} ${last.value}`;
  const titles = [...doc.title.split(/\s[|·–—-]\s/), ...Array.from(doc.querySelectorAll('h1,h2'), (h) => cleanText(h.textContent ?? '')).slice(0, 4)];
  const value = titles.find((t) => t.startsWith(`${first.value} `) && t.endsWith(` ${last.value}`) && t.length <= short.length + 12) ?? short;
  const confidence = round2(Math.min(first.confidence, last.confidence));
  return confidence < DROP_BELOW ? null : { value, el: first.el, method: first.method, confidence };
}

