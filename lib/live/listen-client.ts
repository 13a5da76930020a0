// The panel's side of listening: ask the background to start or stop, read the state, follow it.
import { onMessages, sendMessage } from '@/lib/messaging';
import { lazyParseMessage } from '@/lib/messaging-check-lazy';
import { IDLE, type EngineCheck, type ListenState } from './listen-state';

export const listen = (tabId: number, on: boolean): Promise<ListenState> => sendMessage('panel:listen', { tabId, on });
export const listenState = (tabId: number): Promise<ListenState> => sendMessage('panel:listen-state', { tabId }).catch(() => ({ ...IDLE, tabId }));
export const checkListenEngine = (): Promise<EngineCheck | null> => sendMessage('panel:listen-check', {}).catch(() => null);
export const onListenState = (cb: (s: ListenState) => void): (() => void) =>
  onMessages({ 'bg:listen-state': (s) => (cb(s), null) }, lazyParseMessage());
