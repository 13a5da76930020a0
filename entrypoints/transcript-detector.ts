// The live-transcript detector, injected into a CRM tab by the background only once a panel has
// shown that tab (background: 'page:load-detector', and at once when a panel asks for the tab's
// debtor): the transcript is relayed to an open panel only, so tabs no panel looks at never load
// this code, and the content script every CRM page runs stays small. It hands the content script
// (lib/live/transcript/host.ts) its two checks: does the page show a candidate transcript, and may
// these changes have added one. On a candidate, the content script asks for the reader
// (entrypoints/live-reader.ts). Never throws into the page.
import { transcriptHost } from '@/lib/live/transcript/host';
import { transcriptCandidate } from '@/lib/live/transcript/detect';
import { changesMayAddTranscript } from '@/lib/live/transcript/evidence';
import { namesFromContext } from '@/lib/live/transcript/names';
import type { DebtorContext } from '@/lib/extract/types';

/** Both sides' names the page shows (a line that starts with one is a transcript's). */
const nameList = (shown: DebtorContext | null): string[] => Object.values(namesFromContext(shown)).flat();

export default defineUnlistedScript(() => {
  try {
    transcriptHost(window)?.detect?.({
      candidate: (doc, shown) => transcriptCandidate(doc, nameList(shown)),
      mayAdd: (records, shown) => changesMayAddTranscript(records, nameList(shown)),
    });
  } catch {
    /* never throw into the CRM page */
  }
});
