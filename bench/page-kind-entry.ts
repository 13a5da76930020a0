// One bundle of the two per-scan readers the page-kind bench times.
export { detectPageKind } from '../lib/extract/page-kind';
export { readCrmHistory } from '../lib/extract/crm-history';
