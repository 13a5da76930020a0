// Injected into a CRM tab's top frame by the background only when its content script asks
// ('page:load-detail-reader'): the page shows a debtor's details, so the title of the block
// showing them may name the debtor (lib/extract/title-name.ts) and the CRM's own tables may tell
// its past contacts, promises and payments (lib/extract/crm-history.ts). Other CRM pages (menus,
// dashboards, lists) never load this code. It hands its readers to the content script
// (lib/extract/detail-host.ts), which reads the page again with them.
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import { detailHost } from '@/lib/extract/detail-host';

export default defineUnlistedScript(() => {
  detailHost(window)?.provide(DETAIL_READERS);
});
