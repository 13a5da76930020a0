// Call listening in the panel: the listen button and Alt+L, the visible 正在聆听 indicator, the
// recording-notice reminder, the engine's availability message, the microphone grant link. The
// background is replaced by a fake of lib/live/listen-client.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE, type EngineCheck, type ListenState } from '@/lib/live/listen-state';
import { act, fireEvent, renderDebtor, screen, waitFor } from './helpers';

const bg = vi.hoisted(() => ({
  check: null as EngineCheck | null,
  checks: 0,
  onState: null as ((s: ListenState) => void) | null,
  listen: vi.fn(),
}));

vi.mock('@/lib/live/listen-client', () => ({
  listen: (tabId: number, on: boolean) => bg.listen(tabId, on),
  listenState: async (tabId: number) => ({ ...IDLE, tabId }),
  checkListenEngine: async () => (bg.checks++, bg.check),
  onListenState: (cb: (s: ListenState) => void) => {
    bg.onState = cb;
    return () => {};
  },
}));

const listening = (tabId: number, extra: Partial<ListenState> = {}): ListenState => ({ tabId, status: 'listening', engine: 'test', reason: 'ready', mic: 'on', error: null, ...extra });

beforeEach(() => {
  bg.check = { engine: 'chrome-on-device', reason: 'needs-install' };
  bg.onState = null;
  bg.listen.mockReset();
  bg.listen.mockImplementation(async (tabId: number, on: boolean) => (on ? listening(tabId) : { ...IDLE, tabId }));
});
afterEach(() => vi.useRealTimers());

describe('listen controls', () => {
  it('says why the engine cannot run, in the agent’s language, with what IT can do', async () => {
    await renderDebtor();
    const reason = await screen.findByTestId('live-engine-reason', {}, { timeout: 4_000 });
    expect(reason.getAttribute('data-reason')).toBe('needs-install');
    expect(reason.textContent).toMatch(/IT/);
    expect(reason.textContent).toMatch(/不会改用云端识别/);
    expect(screen.getByTestId('live-engine').textContent).toBe('Chrome 本机语音识别');
    expect(screen.queryByTestId('live-listening')).toBeNull();
    // Chrome's install, from a click; where Chrome cannot (no on-device API here), it says so and asks again.
    const asked = bg.checks;
    fireEvent.click(screen.getByTestId('live-install'));
    await screen.findByText(/Chrome 未能安装语音包/);
    await waitFor(() => expect(bg.checks).toBe(asked + 1));
  });

  it('listens on a click: 正在聆听 and the recording-notice reminder show; Alt+L stops', async () => {
    bg.check = { engine: 'test', reason: 'ready' };
    await renderDebtor();
    fireEvent.click(screen.getByTestId('live-listen-toggle'));
    await screen.findByTestId('live-listening');
    expect(screen.getByTestId('live-listening').textContent).toContain('正在聆听');
    expect(screen.getByTestId('live-notice').textContent).toMatch(/录音/);
    expect(bg.listen).toHaveBeenLastCalledWith(expect.any(Number), true);
    expect(screen.getByTestId('live-listen-toggle').textContent).toMatch(/停止聆听/);
    fireEvent.keyDown(window, { key: 'l', code: 'KeyL', altKey: true });
    await waitFor(() => expect(screen.queryByTestId('live-listening')).toBeNull());
    expect(bg.listen).toHaveBeenLastCalledWith(expect.any(Number), false);
    // Alt+L again starts (the same key both ways, read by physical key).
    fireEvent.keyDown(window, { key: '¬', code: 'KeyL', altKey: true });
    await screen.findByTestId('live-listening');
  });

  it('follows the background: a stop elsewhere, a microphone not granted, a capture failure', async () => {
    await renderDebtor();
    fireEvent.click(screen.getByTestId('live-listen-toggle'));
    await screen.findByTestId('live-listening');
    const tabId = bg.listen.mock.calls[0]![0] as number;
    act(() => bg.onState!(listening(tabId, { mic: 'denied' })));
    expect(screen.getByTestId('live-mic-denied').textContent).toMatch(/授权麦克风/);
    act(() => bg.onState!(listening(tabId + 1, { mic: 'on' })));
    expect(screen.getByTestId('live-mic-denied')).toBeTruthy(); // another tab's state is not this panel's
    act(() => bg.onState!({ ...IDLE, tabId, status: 'error', error: 'capture-failed' }));
    expect(screen.queryByTestId('live-listening')).toBeNull();
    expect(screen.getByTestId('live-error').textContent).toMatch(/Alt\+Shift\+D/);
  });
});
