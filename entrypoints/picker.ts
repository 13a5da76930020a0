// "Pick on page", injected into a CRM tab only when a supervisor asks for it (Options → Site
// adapters → 在页面上选取): the picker's code never loads into the agents' CRM pages. Answers
// 'crm:pick' with the element the supervisor clicks, or null when Esc cancels.
import { checkCrmMessage } from '@/lib/crm/message-check';
import { startPicker } from '@/lib/extract/picker';
import { onMessages } from '@/lib/messaging';

export default defineUnlistedScript(() => {
  // Injected again on every pick: one listener is enough (the isolated world keeps the flag).
  const w = window as unknown as { __daihouPicker?: boolean };
  if (w.__daihouPicker) return;
  w.__daihouPicker = true;
  onMessages(
    {
      'crm:pick': ({ hint }) =>
        new Promise((resolve) => {
          startPicker(document, {
            hint,
            onPick: (r) => resolve({ chain: r.chain, text: r.text.slice(0, 200) }),
            onCancel: () => resolve(null),
          });
        }),
    },
    checkCrmMessage,
  );
});
