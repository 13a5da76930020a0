// The narrow interfaces between the CRM content script and the scripts injected into the same tab
// only when needed: the panel tab's (entrypoints/panel-tab.ts: the live transcript and the field
// the agent is in, once a panel has shown the tab), and the full transcript reader
// (entrypoints/live-reader.ts, once the panel tab's search or a site adapter says the page may
// show a transcript). All run in the extension's isolated world of the tab's top frame, so they
// meet on its `window` (the page's own scripts cannot see it). The content script keeps the page
// watcher, the extraction and the site adapters' rules, and hands them to the panel tab
// (`PanelTabWiring`); the panel tab hands back what the watcher and the extraction ask of it.
// Type-only imports: nothing of either lands in the content script.
import type { ReaderOptions, TranscriptReader } from './reader';
import type { TranscriptRule } from './rule';
import type { DebtorContext } from '../../extract/types';
import { hostOf, registerHost } from '../../crm/world-host';

/** What the content script gives the panel tab. */
export interface PanelTabWiring {
  doc: Document;
  signal: AbortSignal;
  /** False once cut off from the extension (updated, removed). */
  alive(): boolean;
  /** Read the debtor again now. */
  flush(): void;
  /** What the page last showed (the debtor's and the agent's names come from it). */
  shown(): DebtorContext | null;
  /** A site adapter's transcript rule for this page, if any. */
  transcriptRule(): TranscriptRule | null;
  /** Resolve an adapter's selector chain. */
  resolve(doc: Document, selector: string): Element | null;
}

/** What the panel tab gives back. */
export interface PanelTab {
  /** The page watcher's changes: true when they are all the transcript's own (no reason to read the debtor again). */
  tap(records: MutationRecord[]): boolean;
  /** Text the extraction never reads as a label: the transcript's ("客户：…" lines are speech). */
  owns(node: Node): boolean;
  /** The site adapters changed (their transcript rule may have). */
  sitesChanged(): void;
}

export interface PanelHost {
  /** Start the panel tab with this content script's wiring; a second call (re-injected) is ignored. */
  provide(start: (wiring: PanelTabWiring) => PanelTab): void;
}

/** The reader's start function, as the injected reader provides it. */
export type StartReader = (opts: ReaderOptions) => TranscriptReader;

export interface TranscriptHost {
  /** Start the reader; a second call (re-injected) is ignored. */
  provide(start: StartReader): void;
}

const PANEL_KEY = '__daihouPanelHost';
const READER_KEY = '__daihouTranscriptHost';

/** The content script registers itself (a newer content script after an update replaces the old one). */
export const registerPanelHost = (w: Window, host: PanelHost): void => registerHost(w, PANEL_KEY, host);
export const panelHost = (w: Window): PanelHost | null => hostOf<PanelHost>(w, PANEL_KEY);

/** The panel tab registers itself for the reader. */
export const registerTranscriptHost = (w: Window, host: TranscriptHost): void => registerHost(w, READER_KEY, host);
export const transcriptHost = (w: Window): TranscriptHost | null => hostOf<TranscriptHost>(w, READER_KEY);
