// The detail readers themselves (lib/extract/detail-host.ts says why they are apart): the CLI,
// the scorer, the bench and the tests read a page as the content script does once they are
// injected. Never imported by the content script.
import type { DetailReaders } from './detail-host';
import { nameFromTitle } from './title-name';
import { readCrmHistory } from './crm-history';
import { caseFromPage } from './case-from-page';
import { LAST_PAYMENT } from './last-payment';
import { nameFromParts } from './name-parts';
import { headerFacts } from './header-line';

export const DETAIL_READERS: DetailReaders = { nameFromTitle, crmHistory: readCrmHistory, caseFromPage, lastPayment: LAST_PAYMENT, nameFromParts, headerFacts };
