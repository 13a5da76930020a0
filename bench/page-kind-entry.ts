// One bundle of the two per-scan readers the page-kind bench times, and the extraction that
// decides the page kind with them (whether a debtor's details are open beside a list).
export { detectPageKind } from '../lib/extract/page-kind';
export { readCrmHistory } from '../lib/extract/crm-history';
export { extractDebtorContext } from '../lib/extract/index';
