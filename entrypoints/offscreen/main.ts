// The offscreen document (reason USER_MEDIA): captures the call audio of one CRM tab and the
// microphone, segments it with the VAD, recognises each segment with the chosen engine and sends
// the turns (text only) to the background. Nothing is logged, stored or sent but those turns.
import { browser } from 'wxt/browser';
import { onMessages, sendMessage } from '@/lib/messaging';
import { parseMessage } from '@/lib/messaging-check';
import { createEngineChecker, createLiveSession, type LiveSession } from '@/lib/live/offscreen-session';

let session: LiveSession | null = null;
const checker = createEngineChecker();
const url = (p: string) => browser.runtime.getURL(p as '/');
const urls = { worklet: url('/live/pcm-frames.worklet.js'), vadModel: url('/live/silero_vad_v5.onnx') };

onMessages(
  {
    'bg:offscreen-listen': async (data) => {
      await session?.stop();
      checker.forget();
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
    'bg:offscreen-check': ({ engine, fresh }) => {
      if (fresh) checker.forget();
      return checker.check(engine);
    },
    'bg:offscreen-stats': () => session?.stats() ?? { frames: { debtor: 0, agent: 0 }, timings: [] },
  },
  parseMessage,
);
