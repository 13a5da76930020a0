// Injected into a CRM tab's top frame by the background only when its content script asks
// ('page:load-label-fold'): the page is written in Traditional Chinese, and its labels are read
// through the Traditional → Simplified fold (lib/extract/fold-host.ts). Simplified and English
// pages never load it. Never throws into the page.
import { T2S_PAIRS } from '@/lib/extract/label-fold.gen';
import { foldHost } from '@/lib/extract/fold-host';

export default defineUnlistedScript(() => {
  try {
    foldHost(window)?.provide(T2S_PAIRS);
  } catch {
    /* never throw into the CRM page */
  }
});
