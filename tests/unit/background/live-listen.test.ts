// The background's part of listening: the engine is asked first (nothing is captured for an engine
// that cannot run), then tabCapture's stream id goes to the offscreen document it creates; turns
// are relayed to the panel of the tab being listened to, and from the offscreen document only.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DataOf, MessageType, ReplyOf } from '@/lib/messaging';
import type { EngineCheck, ListenState } from '@/lib/live/listen-state';

const sent: { type: MessageType; data: unknown }[] = [];
const offscreen = { check: { engine: 'test', reason: 'ready' } as EngineCheck };

vi.mock('@/lib/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging')>();
  return {
    ...real,
    // The offscreen document and the panels, as the background's messages reach them.
    sendMessage: vi.fn(async <T extends MessageType>(type: T, data: DataOf<T>): Promise<ReplyOf<T>> => {
      sent.push({ type, data });
      if (type === 'bg:offscreen-check') return offscreen.check as ReplyOf<T>;
      if (type === 'bg:offscreen-listen') {
        const d = data as DataOf<'bg:offscreen-listen'>;
        return { tabId: d.tabId, status: 'listening', engine: 'test', reason: 'ready', mic: 'on', error: null } as ReplyOf<T>;
      }
      return null as ReplyOf<T>;
    }),
  };
});

const chromeStub = {
  action: { setBadgeText: vi.fn(async (_o: { tabId: number; text: string }) => {}), setBadgeBackgroundColor: vi.fn(async (_o: unknown) => {}) },
  tabCapture: { getMediaStreamId: vi.fn(async (_o: { targetTabId: number }) => 'stream-1') },
  offscreen: { createDocument: vi.fn(async (_o: unknown) => {}) },
  runtime: { getContexts: vi.fn(async (_o: unknown) => [] as unknown[]) },
};

const own = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
const ask = async <T extends MessageType>(type: T, data: DataOf<T>, sender: object = own()) => {
  const [r] = (await fakeBrowser.runtime.onMessage.trigger({ daihou: 1, type, data }, sender, () => {})) as unknown as { ok: boolean; value: unknown }[];
  return r!;
};

beforeEach(async () => {
  vi.resetModules();
  sent.length = 0;
  offscreen.check = { engine: 'test', reason: 'ready' };
  vi.stubGlobal('chrome', chromeStub);
  chromeStub.tabCapture.getMediaStreamId.mockClear();
  chromeStub.offscreen.createDocument.mockClear();
  const { registerLiveListen } = await import('@/lib/background/live-listen');
  registerLiveListen();
});

describe('listening, in the background', () => {
  it('asks the engine, then captures the tab and hands the stream id and the dev transcript to the offscreen document', async () => {
    await fakeBrowser.storage.local.set({ devLiveTranscript: { debtor: ['我没钱'] } });
    const r = await ask('panel:listen', { tabId: 7, on: true });
    expect((r.value as ListenState).status).toBe('listening');
    expect(chromeStub.offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ url: '/offscreen.html', reasons: ['USER_MEDIA'] }));
    expect(chromeStub.tabCapture.getMediaStreamId).toHaveBeenCalledWith({ targetTabId: 7 });
    const types = sent.map((m) => m.type);
    expect(types.indexOf('bg:offscreen-check')).toBeLessThan(types.indexOf('bg:offscreen-listen'));
    const start = sent.find((m) => m.type === 'bg:offscreen-listen')!.data as DataOf<'bg:offscreen-listen'>;
    expect(start).toMatchObject({ tabId: 7, streamId: 'stream-1', mic: true, engine: { testTranscript: { debtor: ['我没钱'], agent: [] }, policyModel: null } });
    expect(sent.filter((m) => m.type === 'bg:listen-state').map((m) => (m.data as ListenState).status)).toEqual(['starting', 'listening']);
    expect(((await ask('panel:listen-state', { tabId: 7 })).value as ListenState).status).toBe('listening');
    expect(((await ask('panel:listen-state', { tabId: 8 })).value as ListenState).status).toBe('idle');
    // The toolbar icon of that tab shows it is listened to, and stops showing it when stopped.
    expect(chromeStub.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '●' });
    await ask('panel:listen', { tabId: 7, on: false });
    expect(chromeStub.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
  });

  it('captures nothing when the engine cannot run, and says why', async () => {
    offscreen.check = { engine: 'chrome-on-device', reason: 'needs-install' };
    const r = (await ask('panel:listen', { tabId: 7, on: true })).value as ListenState;
    expect(r).toMatchObject({ status: 'error', error: 'engine-unavailable', engine: 'chrome-on-device', reason: 'needs-install' });
    expect(chromeStub.tabCapture.getMediaStreamId).not.toHaveBeenCalled();
    expect(sent.some((m) => m.type === 'bg:offscreen-listen')).toBe(false);
    // A panel opened later does not show that failure again.
    expect(((await ask('panel:listen-state', { tabId: 7 })).value as ListenState).status).toBe('idle');
  });

  it('reports a tab Chrome will not capture', async () => {
    chromeStub.tabCapture.getMediaStreamId.mockRejectedValueOnce(new Error('Extension has not been invoked for the current page'));
    expect(((await ask('panel:listen', { tabId: 7, on: true })).value as ListenState).error).toBe('capture-failed');
  });

  it('relays the offscreen document’s turns to the listened tab’s panel only', async () => {
    await ask('panel:listen', { tabId: 7, on: true });
    const turn = { id: 'audio-debtor-1-1', speaker: 'debtor' as const, text: '我没钱', final: true, at: 1, source: 'audio' as const };
    sent.length = 0;
    await ask('offscreen:turns', { tabId: 7, turns: [turn] }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/offscreen.html') });
    await ask('offscreen:turns', { tabId: 9, turns: [turn] }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/offscreen.html') });
    // A page (a CRM tab) cannot inject audio turns.
    await ask('offscreen:turns', { tabId: 7, turns: [turn] }, { id: fakeBrowser.runtime.id, tab: { id: 7 }, url: 'http://127.0.0.1/crm' });
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'bg:turns')).toEqual([{ type: 'bg:turns', data: { tabId: 7, turns: [turn] } }]));
    // Stopped: nothing more is relayed.
    await ask('panel:listen', { tabId: 7, on: false });
    sent.length = 0;
    await ask('offscreen:turns', { tabId: 7, turns: [turn] }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/offscreen.html') });
    expect(sent.filter((m) => m.type === 'bg:turns')).toEqual([]);
  });
});
