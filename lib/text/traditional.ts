// Simplified → Traditional (Taiwan variants) for showing zh-CN pack text to a zh-TW agent when
// the pack has no zh-TW translation. Character level only (the phrase dictionary is 400 KB gzip);
// loaded on demand, so only zh-TW panels pay for it.
import type { Segment } from '../packs/variables';

export type Convert = (text: string) => string;

let loading: Promise<Convert> | null = null;

export function loadToTraditional(): Promise<Convert> {
  loading ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/STCharacters'),
    import('opencc-js/dict/TWVariants'),
  ]).then(([core, chars, tw]) => core.ConverterFactory([[chars.default], [tw.default]]));
  return loading;
}

/** A filled script with its own words converted; the debtor's values stay exactly as the CRM shows them. */
export function convertSegments(segments: Segment[], convert: Convert | null | undefined): Segment[] {
  return convert ? segments.map((s) => (s.kind === 'text' ? { ...s, text: convert(s.text) } : s)) : segments;
}
