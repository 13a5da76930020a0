// The extraction the extract bench times: as a debtor page is read once the detail readers are
// injected (a name from a title, the CRM's own history: entrypoints/detail-reader.ts), so the
// figure is the whole read, not the content script's first pass alone.
import { extractDebtorContext as extract } from '../lib/extract/index';
import { DETAIL_READERS } from '../lib/extract/detail-readers';

export const extractDebtorContext = (doc: Document) => extract(doc, { readers: DETAIL_READERS });
