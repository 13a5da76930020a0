// The narrow interface between the CRM content script and the live-transcript reader injected
// into the same tab only when the page may show a transcript (entrypoints/live-reader.ts). Both
// run in the extension's isolated world of the tab's top frame, so they meet on its `window`
// (the page's own scripts cannot see it). The content script keeps the wiring (the page watcher,
// the extraction's `exclude`, the last extracted names, `page:turns`); the injected script only
// hands it the reader's start function. Type-only imports: nothing of the reader lands in the
// content script.
import type { ReaderOptions, TranscriptReader } from './reader';
import { hostOf, registerHost } from '../../crm/world-host';

/** The reader's start function, as the injected script provides it. */
export type StartReader = (opts: ReaderOptions) => TranscriptReader;

export interface TranscriptHost {
  /** Start the reader with this content script's wiring; a second call (re-injected) is ignored. */
  provide(start: StartReader): void;
}

const KEY = '__daihouTranscriptHost';

/** The content script registers itself (a newer content script after an update replaces the old one). */
export const registerTranscriptHost = (w: Window, host: TranscriptHost): void => registerHost(w, KEY, host);

/** The host registered in this isolated world, if any and well-formed. */
export const transcriptHost = (w: Window): TranscriptHost | null => hostOf<TranscriptHost>(w, KEY);
