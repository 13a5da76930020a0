// The narrow interface between the CRM content script and the two live-transcript scripts injected
// into the same tab only when needed: the detector (entrypoints/transcript-detector.ts), once a
// panel has shown this tab, and the reader (entrypoints/live-reader.ts), once the detector or a
// site adapter says the page may show a transcript. All
// run in the extension's isolated world of the tab's top frame, so they meet on its `window`
// (the page's own scripts cannot see it). The content script keeps the wiring (the page watcher,
// the extraction's `exclude`, the last extracted names, `page:turns`); the injected script only
// hands it the detector's checks or the reader's start function. Type-only imports: nothing of
// either lands in the content script.
import type { ReaderOptions, TranscriptReader } from './reader';
import type { DebtorContext } from '../../extract/types';
import { hostOf, registerHost } from '../../crm/world-host';

/** What the page last showed (the debtor's and the agent's names come from it: names.ts, in the injected scripts). */
type Shown = () => DebtorContext | null;

/** The reader's start function, as the injected script provides it: the content script's wiring, and what the page shows. */
export type StartReader = (opts: Omit<ReaderOptions, 'names'> & { shown: Shown }) => TranscriptReader;

/** The detector's two checks (lib/live/transcript/detect.ts, evidence.ts), as the injected script provides them. */
export interface TranscriptDetector {
  /** Could this page (or its same-origin frames) show a transcript? */
  candidate(doc: Document, shown: DebtorContext | null): boolean;
  /** Did these page changes add something a transcript is made of? */
  mayAdd(records: readonly MutationRecord[], shown: DebtorContext | null): boolean;
}

export interface TranscriptHost {
  /** Start the reader with this content script's wiring; a second call (re-injected) is ignored. */
  provide(start: StartReader): void;
  /** Look for a transcript with these checks from now on; a second call (re-injected) is ignored. */
  detect(detector: TranscriptDetector): void;
}

const KEY = '__daihouTranscriptHost';

/** The content script registers itself (a newer content script after an update replaces the old one). */
export const registerTranscriptHost = (w: Window, host: TranscriptHost): void => registerHost(w, KEY, host);

/** The host registered in this isolated world, if any and well-formed. */
export const transcriptHost = (w: Window): TranscriptHost | null => hostOf<TranscriptHost>(w, KEY);
