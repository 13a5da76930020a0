// The background's part of listening to a call (docs/live-audio.md): asks tabCapture for the CRM
// tab's stream id (only the service worker can), makes sure the offscreen document (reason
// USER_MEDIA) exists, hands it the stream id and the engine configuration (the offscreen page has
// no storage access), and relays its turns to that tab's panel as `bg:turns`. One call at a time:
// listening to another tab stops the first.
import { browser } from 'wxt/browser';
import { resolveLocale } from '@/lib/i18n';
import { onMessages, sendMessage } from '@/lib/messaging';
import { parseMessage } from '@/lib/messaging-check';
import { getSettings } from '@/lib/settings';
import { devLiveTranscriptItem, liveListenItem } from '@/lib/storage/items';
import { IDLE, type ListenState } from '@/lib/live/listen-state';
import { engineConfig, RELEASE_BUILD, type EngineConfig } from '@/lib/live/speech/select';

const OFFSCREEN_PATH = '/offscreen.html';

/** The listening state: in memory while the worker is awake (turns are relayed without a storage read), in
 *  session storage for when it slept between turns while the offscreen document listened. */
let known: ListenState | null = null;
const current = async (): Promise<ListenState> => (known ??= restoreListenState(await liveListenItem.getValue().catch(() => null)));

function restoreListenState(v: unknown): ListenState {
  try {
    return v ? parseMessage('bg:listen-state', v) : IDLE;
  } catch {
    return IDLE;
  }
}

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const have = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  if (have.length) return;
  await chrome.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['USER_MEDIA' as chrome.offscreen.Reason], justification: 'Recognise the call audio of the CRM tab on this machine' })
    .catch((e: unknown) => {
      // Two starts racing: the other one created it.
      if (!/single offscreen|already/i.test(e instanceof Error ? e.message : String(e))) throw e;
    });
}

async function currentConfig(): Promise<EngineConfig> {
  const { values } = await getSettings();
  const ui = resolveLocale(values.locale, navigator.languages);
  // The release build never reads the dev transcript (RELEASE_BUILD is a build-time constant).
  return engineConfig(values, ui, RELEASE_BUILD ? null : await devLiveTranscriptItem.getValue().catch(() => null));
}

/** The toolbar icon of the listened tab shows a red ● while its call is heard, even with the panel closed. */
async function showOnIcon(before: ListenState | null, state: ListenState): Promise<void> {
  const action = globalThis.chrome?.action;
  if (!action) return;
  if (before?.tabId != null && before.tabId !== state.tabId) await action.setBadgeText({ tabId: before.tabId, text: '' }).catch(() => {});
  if (state.tabId == null) return;
  const on = state.status === 'listening';
  await action.setBadgeText({ tabId: state.tabId, text: on ? '●' : '' }).catch(() => {});
  if (on) await action.setBadgeBackgroundColor({ tabId: state.tabId, color: '#b91c1c' }).catch(() => {});
}

async function publish(state: ListenState): Promise<ListenState> {
  const before = known;
  known = state;
  await showOnIcon(before, state);
  await liveListenItem.setValue(state).catch(() => {});
  void sendMessage('bg:listen-state', state).catch(() => {});
  return state;
}

async function stop(): Promise<ListenState> {
  const { tabId } = await current();
  const have = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] }).catch(() => []);
  if (have.length) await sendMessage('bg:offscreen-stop', {}).catch(() => null);
  return publish({ ...IDLE, tabId });
}

async function start(tabId: number): Promise<ListenState> {
  const was = await current();
  if (was.status === 'listening' || was.status === 'starting') await stop();
  const engine = await currentConfig();
  await publish({ ...IDLE, tabId, status: 'starting' });
  try {
    await ensureOffscreen();
    // The engine first: a tab is not captured for an engine that cannot run (and never another engine instead).
    const check = await sendMessage('bg:offscreen-check', { engine, fresh: true });
    if (check.reason !== 'ready') return publish({ ...IDLE, tabId, status: 'error', engine: check.engine, reason: check.reason, error: 'engine-unavailable' });
  } catch {
    return publish({ ...IDLE, tabId, status: 'error', error: 'failed' });
  }
  let streamId: string;
  try {
    streamId = await chrome.tabCapture.getMediaStreamId({ targetTabId: tabId });
  } catch {
    return publish({ ...IDLE, tabId, status: 'error', error: 'capture-failed' });
  }
  try {
    return publish(await sendMessage('bg:offscreen-listen', { tabId, streamId, mic: true, engine }));
  } catch {
    return publish({ ...IDLE, tabId, status: 'error', error: 'failed' });
  }
}

export function registerLiveListen(): () => void {
  return onMessages(
    {
      'panel:listen': async ({ tabId, on }) => {
        if (on) return start(tabId);
        const now = await current();
        return now.tabId === tabId ? stop() : { ...IDLE, tabId };
      },
      // A panel opening learns whether this tab is listened to; a past failure is not shown again
      // (the panel asks the engine afresh, and settings may have changed since).
      'panel:listen-state': async ({ tabId }) => {
        const now = await current();
        return now.tabId === tabId && (now.status === 'listening' || now.status === 'starting') ? now : { ...IDLE, tabId };
      },
      'panel:listen-check': async () => {
        await ensureOffscreen();
        return sendMessage('bg:offscreen-check', { engine: await currentConfig() });
      },
      // Turns from the call audio go to that tab's panel as they are heard; the background keeps none.
      'offscreen:turns': async ({ tabId, turns }, sender) => {
        const now = known ?? (await current());
        if (sender.tab || tabId !== now.tabId || now.status !== 'listening') return null;
        // Handed on at once; the offscreen document does not wait for the panel's answer.
        void sendMessage('bg:turns', { tabId, turns }).catch(() => {});
        return null;
      },
      'offscreen:state': async (state, sender) => {
        if (!sender.tab && state.tabId === (await current()).tabId) await publish(state);
        return null;
      },
    },
    parseMessage,
  );
}

/** A closed tab is no longer listened to. */
export async function forgetListenTab(tabId: number): Promise<void> {
  const now = await current();
  if (now.tabId === tabId && now.status !== 'idle') await stop();
}
