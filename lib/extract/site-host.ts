// The narrow interface between the CRM content script and the site-adapter rules
// (lib/extract/adapter-match.ts), injected into a CRM tab only when adapters are stored
// (entrypoints/site-rules.ts): most banks' CRMs are read by the heuristics alone, and their pages
// never load the adapter code. The content script checks that the stored adapter lists are not
// empty (adapter-store.ts `adaptersStored`, again on a change: `onAdaptersStored`) and asks for the rules
// ('page:load-site-rules'); the injected script loads, validates and watches the adapters itself
// and hands the content script fresh rules whenever they change. Both meet on the `window` of the
// extension's isolated world (lib/crm/world-host.ts). Type-only import: nothing of the adapter
// code lands in the content script.
import type { SiteRules } from './adapter-match';
import { hostOf, registerHost } from '../crm/world-host';

export interface SiteHost {
  /** The rules of the adapters stored now; called again whenever they change. */
  provide(rules: SiteRules): void;
}

const KEY = '__daihouSiteHost';

export const registerSiteHost = (w: Window, host: SiteHost): void => registerHost(w, KEY, host);

export const siteHost = (w: Window): SiteHost | null => hostOf<SiteHost>(w, KEY);
