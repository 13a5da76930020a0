// The narrow interface between the CRM content script and the title reader injected into the
// same tab only when no label on the page names the debtor (entrypoints/title-reader.ts: the
// debtor's name from the title of the block showing their details, lib/extract/title-name.ts).
// Both run in the extension's isolated world of the tab's top frame and meet on its `window`,
// which the page's own scripts cannot see. Type-only imports: nothing of the reader lands in the
// content script (every CRM page loads that; few pages need this).
import type { NameFromTitle } from './title-name';
import { hostOf, registerHost } from '../crm/world-host';

export interface TitleHost {
  /** Hand the content script the reader; a second call (re-injected) is ignored. */
  provide(read: NameFromTitle): void;
}

const KEY = '__daihouTitleHost';

export const registerTitleHost = (w: Window, host: TitleHost): void => registerHost(w, KEY, host);

export const titleHost = (w: Window): TitleHost | null => hostOf<TitleHost>(w, KEY);
