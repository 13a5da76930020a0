// The offscreen document (reason USER_MEDIA): captures the call audio of one CRM tab and the
// microphone, segments it with the VAD, recognises each segment with the chosen engine and sends
// the turns (text only) to the background. Nothing is logged, stored or sent but those turns.
import { browser } from 'wxt/browser';
import { onMessages, sendMessage } from '@/lib/messaging';
import { parseMessage } from '@/lib/messaging-check';
import { createLiveSession, type LiveSession } from '@/lib/live/offscreen-session';

let session: LiveSession | null = null;
const url = (p: string) => browser.runtime.getURL(p as '/');
const urls = { worklet: url('/live/pcm-frames.worklet.js'), vadModel: url('/live/silero_vad_v5.onnx') };

onMessages(
  {
    'bg:offscreen-listen': async (data) => {
      await session?.stop();
      session = createLiveSession({
        urls,
        emit: (tabId, turns) => sendMessage('offscreen:turns', { tabId, turns }).then(() => {}),
        ended: (state) => void sendMessage('offscreen:state', state).catch(() => {}),
      });
      return session.start(data);
    },
    'bg:offscreen-stop': async () => {
      const s = session;
      session = null;
      return s ? s.stop() : (await import('@/lib/live/listen-state')).IDLE;
    },
    'bg:offscreen-check': async ({ engine }) => {
      const { checkEngine } = await import('@/lib/live/offscreen-session');
      return checkEngine(engine);
    },
    'bg:offscreen-stats': () => session?.stats() ?? { frames: { debtor: 0, agent: 0 }, timings: [] },
  },
  parseMessage,
);
