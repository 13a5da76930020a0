// Traditional → Simplified Chinese for matching (Taiwan and Hong Kong texts alike), with only the
// two T→S dictionaries of opencc-js (≈24 KB gzip instead of the 1 MB full build). Shared by the
// classifier, search and the compliance lint so the dictionaries ship once.
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

let t2s: ((s: string) => string) | null = null;

export function toSimplified(text: string): string {
  t2s ??= ConverterFactory([[TSPhrases, TSCharacters]]);
  return t2s(text);
}
