// Injected into a CRM tab by the background only once a panel has shown that tab (background:
// 'page:load-panel-tab', and at once when a panel asks for the tab's debtor): the call's live
// transcript and the field the agent is in serve an open panel only, so tabs no panel looks at
// never load this code, and the content script every CRM page runs stays small. It hands the
// content script (lib/live/transcript/host.ts) its start function (lib/live/transcript/panel-tab.ts).
// Never throws into the page.
import { panelHost } from '@/lib/live/transcript/host';
import { startPanelTab } from '@/lib/live/transcript/panel-tab';

export default defineUnlistedScript(() => {
  try {
    panelHost(window)?.provide(startPanelTab);
  } catch {
    /* never throw into the CRM page */
  }
});
