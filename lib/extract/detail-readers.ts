// The detail readers themselves (lib/extract/detail-host.ts says why they are apart): the CLI,
// the scorer, the bench and the tests read a page as the content script does once they are
// injected. Never imported by the content script.
import type { DetailReaders } from './detail-host';
import { readCrmHistory } from './crm-history';
import { LAST_PAYMENT } from './last-payment';
import { fillFromPage } from './detail-fill';

export const DETAIL_READERS: DetailReaders = { crmHistory: readCrmHistory, lastPayment: LAST_PAYMENT, fill: fillFromPage };
