// The extraction bundled into a real browser page by the extract bench and the scorer's
// `--chromium` mode: as a debtor page is read once the detail readers are injected
// (entrypoints/detail-reader.ts), so the figures are the whole read, not the content script's
// first pass alone.
import { extractDebtorContext as extract } from '../../lib/extract/index';
import { DETAIL_READERS } from '../../lib/extract/detail-readers';

export const extractDebtorContext = (doc: Document) => extract(doc, { readers: DETAIL_READERS });
