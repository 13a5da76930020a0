// Injected into a CRM tab's top frame by the background only when its content script asks
// ('page:load-title-reader'): no label on the page names the debtor, so the title of the block
// showing their details may (lib/extract/title-name.ts). Every other CRM page never loads this
// code. It hands its reader to the content script (lib/extract/title-host.ts), which reads the
// page again with it.
import { nameFromTitle } from '@/lib/extract/title-name';
import { titleHost } from '@/lib/extract/title-host';

export default defineUnlistedScript(() => {
  titleHost(window)?.provide(nameFromTitle);
});
