// Page tools injected into a CRM tab only when asked for, so their code never loads into the
// agents' CRM pages otherwise: "pick on page" (Options → Site adapters → 在页面上选取) answers
// 'crm:pick' with the element the supervisor clicks, or null when Esc cancels; 'crm:highlight'
// flashes the element the content script last read a field from (the panel's 请核对 badge: "where
// did this come from?"), false when it is no longer on the page; 'crm:insert-text' puts a script
// into the field the agent was in, or the note box (lib/crm/insert-text.ts).
import { checkPageToolMessage } from '@/lib/crm/page-tool-check';
import { pageKey } from '@/lib/crm/focus';
import { insertIntoPage } from '@/lib/crm/insert-text';
import { shownElement } from '@/lib/crm/shown-elements';
import { flashHighlight, startPicker } from '@/lib/extract/picker';
import { transcriptAround } from '@/lib/live/transcript/find';
import { onMessages } from '@/lib/messaging';

export default defineUnlistedScript(() => {
  // Injected again on every pick: one listener is enough (the isolated world keeps the flag).
  const w = window as unknown as { __daihouPicker?: boolean };
  if (w.__daihouPicker) return;
  w.__daihouPicker = true;
  onMessages(
    {
      'crm:pick': ({ hint, kind }) =>
        new Promise((resolve) => {
          startPicker(document, {
            hint,
            // Picking the transcript area: a click on one line means the transcript around it.
            widen: kind === 'transcript' ? (el) => transcriptAround(el) ?? el : undefined,
            onPick: (r) => resolve({ chain: r.chain, text: r.text.slice(0, 200) }),
            onCancel: () => resolve(null),
          });
        }),
      // Only while the page still shows the debtor the script was filled for (the content script reads it afresh).
      'crm:insert-text': (req) => insertIntoPage(document, req, pageKey()),
      'crm:highlight': ({ field }) => {
        const el = shownElement(field);
        if (el) flashHighlight(document, el);
        return el !== null;
      },
    },
    checkPageToolMessage,
  );
});
