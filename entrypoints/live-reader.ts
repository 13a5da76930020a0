// The live-transcript reader, injected into a CRM tab only when its content script noticed a
// candidate transcript on the page or a site adapter says where the transcript is (background:
// 'page:load-reader'). Every other CRM page never loads this code. It hands its start function to
// the content script's host (lib/live/transcript/host.ts), which wires it to the page watcher and
// sends `page:turns`; injected again (after an update, for a second candidate) it starts nothing
// new: the host starts one reader. Never throws into the page.
import { transcriptHost } from '@/lib/live/transcript/host';
import { startTranscriptReader } from '@/lib/live/transcript/reader';
import { namesFromContext } from '@/lib/live/transcript/names';

export default defineUnlistedScript(() => {
  try {
    transcriptHost(window)?.provide(({ shown, ...opts }) => startTranscriptReader({ ...opts, names: () => namesFromContext(shown()) }));
  } catch {
    /* never throw into the CRM page */
  }
});
