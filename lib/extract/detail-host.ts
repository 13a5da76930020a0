// The narrow interface between the CRM content script and the detail readers injected into the
// same tab only once the page shows a debtor's details (entrypoints/detail-reader.ts): the
// debtor's name from First name / Last name fields (lib/extract/name-parts.ts) or from the title of
// the block showing them when no label names them (lib/extract/title-name.ts), the case number from
// the page's breadcrumb, tab or title when no label gives one (lib/extract/case-from-page.ts), all
// three applied by lib/extract/detail-fill.ts, both halves of the last payment from one
// label's row (lib/extract/last-payment.ts), facts written only in the page's header line
// (lib/extract/header-line.ts), and what the CRM's own tables say of past contacts,
// promises and payments (lib/extract/crm-history.ts). Both run in the extension's isolated world of the tab's
// top frame and meet on its `window`, which the page's own scripts cannot see. Type-only imports:
// nothing of the readers lands in the content script (every CRM page loads that; only debtor
// pages need these).
import type { ReadCrmHistory } from './crm-history';
import type { LastPaymentReader } from './last-payment';
import type { FillFromPage } from './detail-fill';
import { hostOf, registerHost } from '../crm/world-host';

/** What a debtor page is read with besides labels (`ExtractOptions.readers`). */
export interface DetailReaders {
  crmHistory: ReadCrmHistory;
  lastPayment: LastPaymentReader;
  /** Names, the case number and header-line facts for fields no label gave (lib/extract/detail-fill.ts). */
  fill: FillFromPage;
}

export interface DetailHost {
  /** Hand the content script the readers; a second call (re-injected) is ignored. */
  provide(readers: DetailReaders): void;
}

const KEY = '__daihouDetailHost';

export const registerDetailHost = (w: Window, host: DetailHost): void => registerHost(w, KEY, host);

export const detailHost = (w: Window): DetailHost | null => hostOf<DetailHost>(w, KEY);
