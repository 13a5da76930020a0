// The one typed message protocol between the content script, the background and the extension
// pages. Every handler checks the sender is this extension and validates the payload's shape;
// payloads never carry page HTML, only extracted fields.
import { browser, type Browser } from 'wxt/browser';
import type { DebtorContext, FieldName } from './extract/types';
import type { Turn } from './live/turn';
import type { EngineCheck, ListenState, ListenStats } from './live/listen-state';
import type { EngineConfig } from './live/speech/select';

export interface InsertResult {
  ok: boolean;
  /** Where the text went: the CRM's note box or the field that had focus. */
  target?: 'note' | 'focused';
  /** no-target: no visible, editable field the agent focused lately and no note box;
   *  other-debtor: the page now shows another debtor than the text was filled for. */
  error?: 'no-target' | 'not-editable' | 'other-debtor';
}

export interface PickedElement {
  /** Frames/shadow hosts + selector joined with " >>> ": what a site adapter stores. */
  chain: string;
  /** The text the element shows, for the supervisor to confirm. */
  text: string;
}

export interface ContentStats {
  /** ms spent in the content script's start-up, including the first extraction. */
  initMs: number;
  /** ms of the most recent extraction. */
  lastExtractMs: number;
  /** Number of full extractions since start. */
  scans: number;
}

export interface TabContext {
  tabId: number;
  url: string | null;
  context: DebtorContext | null;
}

/** Message type → payload and reply. Names say the direction: `page:` comes from the CRM tab. */
export interface Protocol {
  /** content → background: the debtor on this page changed (null: no debtor). */
  'page:context': { data: { context: DebtorContext | null }; reply: null };
  /** panel → background: what does this tab show now? */
  'panel:get-context': { data: { tabId: number }; reply: TabContext };
  /** background → panels: a tab's debtor changed. */
  'bg:context-changed': { data: TabContext; reply: null };
  /** panel → content: extract again right now. */
  'crm:extract-now': { data: Record<string, never>; reply: DebtorContext | null };
  /** panel → content: put a script into the note box or the focused field, if the page still
   *  shows `debtor` (the identity key, lib/extract/identity, of the debtor it was filled for). */
  'crm:insert-text': { data: { text: string; target: 'note' | 'focused'; debtor: string }; reply: InsertResult };
  /** extension → content: cost of this content script so far (for benchmarks). */
  'crm:stats': { data: Record<string, never>; reply: ContentStats };
  /** options → content: let the supervisor click the element holding a field; null = cancelled. */
  'crm:pick': { data: { hint: string; kind?: 'field' | 'transcript' }; reply: PickedElement | null };
  /** panel → content: outline the element a field was read from. */
  /** Flash the element a field was read from (answered by the injected page tools, entrypoints/picker.ts). */
  'crm:highlight': { data: { field: FieldName }; reply: boolean };
  /** content → background: new or changed turns of the live transcript the CRM workbench shows. */
  'page:turns': { data: { turns: Turn[] }; reply: null };
  /** content → background: the page may show a live transcript: inject the reader (entrypoints/live-reader.ts)
   *  into the sender's own tab, top frame only. False when refused. */
  'page:load-reader': { data: Record<string, never>; reply: boolean };
  'page:load-detail-reader': { data: Record<string, never>; reply: boolean };
  /** content → background: inject the site-adapter rules (entrypoints/site-rules.ts); adapters are stored. */
  'page:load-site-rules': { data: Record<string, never>; reply: boolean };
  /** content → background: inject the Traditional label fold (entrypoints/label-fold.ts); the page is written in Traditional Chinese. */
  'page:load-label-fold': { data: Record<string, never>; reply: boolean };
  /** content → background: inject the live-transcript detector, if a panel has shown this tab. */
  'page:load-panel-tab': { data: Record<string, never>; reply: boolean };
  /** background → panels: turns heard on a tab's call (from the page's transcript or the call audio). */
  'bg:turns': { data: { tabId: number; turns: Turn[] }; reply: null };
  // ── Live audio (issue #18, source 2): panel → background → offscreen document, and back. ──
  /** panel → background: start (on) or stop listening to a tab's call audio. */
  'panel:listen': { data: { tabId: number; on: boolean }; reply: ListenState };
  /** panel → background: is this tab being listened to? */
  'panel:listen-state': { data: { tabId: number }; reply: ListenState };
  /** panel → background: which engine would listen, and can it run here? */
  'panel:listen-check': { data: Record<string, never>; reply: EngineCheck };
  /** background → panels: listening started, stopped or failed. */
  'bg:listen-state': { data: ListenState; reply: null };
  /** background → offscreen: capture this tab (stream id from tabCapture) and the microphone. */
  'bg:offscreen-listen': { data: { tabId: number; streamId: string; mic: boolean; engine: EngineConfig }; reply: ListenState };
  /** background → offscreen: stop capturing. */
  'bg:offscreen-stop': { data: Record<string, never>; reply: ListenState };
  /** background → offscreen: build the engine and ask it whether it can run (fresh: not a kept answer). */
  'bg:offscreen-check': { data: { engine: EngineConfig; fresh?: boolean }; reply: EngineCheck };
  /** extension page → offscreen: counters of the running pipeline (benchmarks). */
  'bg:offscreen-stats': { data: Record<string, never>; reply: ListenStats };
  /** offscreen → background: turns recognised from the call audio (text only). */
  'offscreen:turns': { data: { tabId: number; turns: Turn[] }; reply: null };
  /** offscreen → background: the pipeline stopped by itself (a track ended) or failed. */
  'offscreen:state': { data: ListenState; reply: null };
}

export type MessageType = keyof Protocol;
export type DataOf<T extends MessageType> = Protocol[T]['data'];
export type ReplyOf<T extends MessageType> = Protocol[T]['reply'];

interface Envelope {
  daihou: 1;
  type: MessageType;
  data: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

function isEnvelope(m: unknown): m is Envelope {
  return (
    typeof m === 'object' && m !== null && (m as Envelope).daihou === 1 && typeof (m as Envelope).type === 'string'
  );
}

/** Checks a payload of a message type and returns it typed, or throws (or rejects). Each context
 *  passes the one it needs: the background the full schemas (messaging-check.ts), the side panel
 *  the same schemas loaded after its first render (lazyParseMessage), the content script a small
 *  check of its own few messages (lib/crm/message-check.ts). */
export type PayloadCheck = <T extends MessageType>(type: T, data: unknown) => DataOf<T> | Promise<DataOf<T>>;

async function unwrap<T extends MessageType>(type: T, reply: unknown): Promise<ReplyOf<T>> {
  const r = reply as Reply | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`no handler answered ${type}`);
  if (!r.ok) throw new Error(r.error);
  return r.value as ReplyOf<T>;
}

/** Send to the background and extension pages. */
export async function sendMessage<T extends MessageType>(type: T, data: DataOf<T>): Promise<ReplyOf<T>> {
  const envelope: Envelope = { daihou: 1, type, data };
  return unwrap(type, await browser.runtime.sendMessage(envelope));
}

/** Send to the content script of one tab (top frame). */
export async function sendToTab<T extends MessageType>(tab: number, type: T, data: DataOf<T>): Promise<ReplyOf<T>> {
  const envelope: Envelope = { daihou: 1, type, data };
  return unwrap(type, await browser.tabs.sendMessage(tab, envelope, { frameId: 0 }));
}

export type Handler<T extends MessageType> = (
  data: DataOf<T>,
  sender: Browser.runtime.MessageSender,
) => ReplyOf<T> | Promise<ReplyOf<T>>;

type HandlerMap = { [T in MessageType]?: Handler<T> };

/**
 * Listen for a set of message types in this context. Messages from other extensions or web
 * pages, anything but `page:` from a content script, unknown types and malformed payloads are
 * refused without calling the handler.
 * Returns a function that removes the listener.
 */
export function onMessages(handlers: HandlerMap, check: PayloadCheck): () => void {
  const answer = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'foreign sender' });
    // Only `page:` messages may come from a CRM tab's content script; the rest are for and from
    // the extension's own pages (a panel opened as a tab has a tab too, but our own URL).
    if (sender.tab && !message.type.startsWith('page:') && !sender.url?.startsWith(browser.runtime.getURL('/')))
      return Promise.resolve({ ok: false, error: 'not for pages' });
    let checked: DataOf<MessageType> | Promise<DataOf<MessageType>>;
    try {
      checked = check(message.type, message.data);
    } catch {
      checked = Promise.reject(new Error('invalid'));
    }
    const invalid: Reply = { ok: false, error: `invalid payload for ${message.type}` };
    return Promise.resolve(checked).then(
      (data) =>
        Promise.resolve()
          .then(() => handler(data, sender))
          .then(
            (value): Reply => ({ ok: true, value: value ?? null }),
            (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
          ),
      () => invalid,
    );
  };
  // The CRM content script is built without webextension-polyfill (wxt.config.ts: its size budget),
  // so there `browser` is Chrome's own API, which answers through sendResponse after `return true`;
  // everywhere else the polyfill (and the tests' fake) take the returned promise.
  const native = import.meta.env.DAIHOU_NATIVE_BROWSER === 'true';
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: Reply) => void): Promise<Reply> | true | undefined => {
    const reply = answer(message, sender);
    if (!reply || !native) return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}
