// Injected into a CRM tab's top frame by the background only when its content script asks
// ('page:load-site-rules'): site adapters are stored (the supervisor's own, or a pack's). It
// loads and validates them (lib/extract/adapter-store.ts), hands the content script their rules
// (lib/extract/site-host.ts), and hands it new rules whenever they change. Pages of a CRM read by
// the heuristics alone never load this code. Never throws into the page.
import { loadSiteAdapters, watchSiteAdapters } from '@/lib/extract/adapter-store';
import { siteRules, type SiteAdapter } from '@/lib/extract/adapter-match';
import { siteHost } from '@/lib/extract/site-host';

export default defineUnlistedScript(() => {
  // The host is looked up on every change. Injected again (a newer content script after an
  // update asks anew), the earlier copy is cut off with its extension and provides nothing more.
  const provide = (adapters: SiteAdapter[]) => {
    try {
      siteHost(window)?.provide(siteRules(adapters));
    } catch {
      /* never throw into the CRM page */
    }
  };
  void loadSiteAdapters().then(provide);
  watchSiteAdapters(provide);
});
