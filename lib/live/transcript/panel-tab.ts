// What a CRM tab runs once a panel has shown it (entrypoints/panel-tab.ts, injected by the
// background: 'page:load-panel-tab'): the call's live transcript and the field the agent is in.
// Both serve an open panel only (turns are relayed to it; scripts are inserted from it), so tabs
// no panel looks at never load this code and the content script every CRM page runs stays small.
//
// The transcript: the page is searched for a candidate at once, and again on the page watcher's
// changes that may add one (the reader's own evidence: detect.ts, evidence.ts). On one, or when a
// site adapter says where this site's transcript is, the background injects the full reader
// (entrypoints/live-reader.ts), which hands its start function over (host.ts): the reader rides on
// the content script's page watcher, and its own changes never make the debtor be read again.
// The field: focus is followed from now on (lib/crm/focus.ts), for the page tools that insert a
// script (entrypoints/picker.ts).
import { sendMessage } from '@/lib/messaging';
import { trackFocus } from '@/lib/crm/focus';
import type { DebtorContext } from '@/lib/extract/types';
import type { ReaderMemory, TranscriptReader } from './reader';
import { transcriptCandidate } from './detect';
import { changesMayAddTranscript } from './evidence';
import { namesFromContext } from './names';
import { registerTranscriptHost, type PanelTab, type PanelTabWiring } from './host';

/** Both sides' names the page shows (a line that starts with one is a transcript's). */
const nameList = (shown: DebtorContext | null): string[] => Object.values(namesFromContext(shown)).flat();

export function startPanelTab(w: PanelTabWiring): PanelTab {
  const { doc, signal } = w;
  trackFocus(doc, signal);
  // The transcript lines already read in this tab keep their ids (and are not sent again) when the
  // reader is started anew by a newer content script.
  const win = doc.defaultView as unknown as { __daihouReaderMemory?: ReaderMemory } | null;
  const memory: ReaderMemory = win ? (win.__daihouReaderMemory ??= {}) : {};
  let transcript: TranscriptReader | null = null;
  /** The reader was asked for (and not refused). */
  let asked = false;
  let lookTimer: ReturnType<typeof setTimeout> | undefined;
  let lookedAt = 0;
  const look = () => {
    lookTimer = undefined;
    if (transcript || asked || !w.alive()) return;
    lookedAt = Date.now();
    if (w.transcriptRule() || transcriptCandidate(doc, nameList(w.shown()))) {
      asked = true;
      sendMessage('page:load-reader', {}).then((ok) => (asked = ok), () => (asked = false));
    }
  };
  if (win)
    registerTranscriptHost(win as unknown as Window, {
      // Injected twice (re-injected after an update, a second candidate): one reader only.
      provide(start) {
        if (transcript || signal.aborted) return;
        transcript = start({
          doc,
          signal,
          rule: w.transcriptRule,
          names: () => namesFromContext(w.shown()),
          resolve: w.resolve,
          layout: true,
          memory,
          // Its "客户：…" lines are speech: read the debtor's fields again without them (once
          // `transcript` is set, so the extraction leaves its container out).
          onContainer: () => void setTimeout(w.flush),
          send: (turns) => {
            if (w.alive()) sendMessage('page:turns', { turns }).catch(() => {});
          },
        });
      },
    });
  look();
  return {
    tap(records) {
      if (!transcript) {
        // At most one look per half second under a stream of page changes.
        if (!asked && !lookTimer && changesMayAddTranscript(records, nameList(w.shown()))) lookTimer = setTimeout(look, lookedAt + 500 - Date.now());
        return false;
      }
      transcript.poke(records);
      return records.every((r) => transcript!.owns(r.target));
    },
    owns: (node) => transcript?.owns(node) ?? false,
    sitesChanged() {
      if (transcript) transcript.reset();
      else look();
    },
  };
}

