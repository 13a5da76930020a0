// The live-transcript reader, injected into a CRM tab only when the panel tab's search
// (lib/live/transcript/panel-tab.ts) noticed a candidate transcript on the page or a site adapter
// says where the transcript is (background: 'page:load-reader'). Every other CRM page never loads
// this code. It hands its start function to the panel tab's host (lib/live/transcript/host.ts),
// which wires it to the page watcher and sends `page:turns`; injected again (after an update, for
// a second candidate) it starts nothing new: the host starts one reader. Never throws into the page.
import { transcriptHost } from '@/lib/live/transcript/host';
import { startTranscriptReader } from '@/lib/live/transcript/reader';

export default defineUnlistedScript(() => {
  try {
    transcriptHost(window)?.provide(startTranscriptReader);
  } catch {
    /* never throw into the CRM page */
  }
});
