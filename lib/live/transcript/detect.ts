// The CRM content script's side of the live transcript: a cheap check whether the page may show
// one (the reader's own candidate evidence, candidates.ts), so that the full reader
// (entrypoints/live-reader.ts) is loaded only into the pages that need it. Never throws.
import { frameDocs, gather } from './candidates';

/**
 * Could this page (or its same-origin frames) show a live transcript? True when the reader's
 * search would have a candidate to judge: a role=log / aria-live region, or a list with two or
 * more lines carrying a speaker label, class or one of `names` (the debtor's, the agent's).
 */
export function transcriptCandidate(doc: Document, names: readonly string[] = []): boolean {
  try {
    const found = new Set<Element>();
    for (const d of frameDocs(doc)) gather(d, found, names);
    return found.size > 0;
  } catch {
    return false; /* never throw into the page */
  }
}
