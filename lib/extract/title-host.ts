// The narrow interface between the CRM content script and the title reader injected into the
// same tab only when no label on the page names the debtor (entrypoints/title-reader.ts: the
// debtor's name from the title of the block showing their details, lib/extract/title-name.ts).
// Both run in the extension's isolated world of the tab's top frame and meet on its `window`,
// which the page's own scripts cannot see. Type-only imports: nothing of the reader lands in the
// content script (every CRM page loads that; few pages need this).
import type { NameFromTitle } from './title-name';

export interface TitleHost {
  /** Hand the content script the reader; a second call (re-injected) is ignored. */
  provide(read: NameFromTitle): void;
}

const KEY = '__daihouTitleHost';

export function registerTitleHost(w: Window, host: TitleHost): void {
  (w as unknown as Record<string, unknown>)[KEY] = host;
}

export function titleHost(w: Window): TitleHost | null {
  const h = (w as unknown as Record<string, unknown>)[KEY] as Partial<TitleHost> | undefined;
  return h && typeof h === 'object' && typeof h.provide === 'function' ? (h as TitleHost) : null;
}
