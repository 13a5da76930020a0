// The one typed message protocol between the content script, the background and the extension
// pages. Every handler checks the sender is this extension and validates the payload's shape;
// payloads never carry page HTML, only extracted fields.
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { FIELD_NAMES, type DebtorContext, type FieldName } from './extract/types';

export interface InsertResult {
  ok: boolean;
  /** Where the text went: the CRM's note box or the field that had focus. */
  target?: 'note' | 'focused';
  error?: 'no-target' | 'not-editable';
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
  /** panel → content: put a script into the note box or the focused field. */
  'crm:insert-text': { data: { text: string; target: 'note' | 'focused' }; reply: InsertResult };
  /** extension → content: cost of this content script so far (for benchmarks). */
  'crm:stats': { data: Record<string, never>; reply: ContentStats };
  /** options → content: let the supervisor click the element holding a field; null = cancelled. */
  'crm:pick': { data: { hint: string }; reply: PickedElement | null };
  /** panel → content: outline the element a field was read from. */
  'crm:highlight': { data: { field: FieldName | null }; reply: boolean };
}

export type MessageType = keyof Protocol;
export type DataOf<T extends MessageType> = Protocol[T]['data'];
export type ReplyOf<T extends MessageType> = Protocol[T]['reply'];

const MAX_TEXT = 20_000;
const fieldSchema = z.object({
  value: z.union([z.string().check(z.maxLength(MAX_TEXT)), z.number()]),
  raw: z.string().check(z.maxLength(MAX_TEXT)),
  confidence: z.number(),
  source: z.object({
    method: z.enum(['table', 'dl', 'colon', 'sibling', 'form', 'adapter', 'manual', 'derived']),
    selector: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
    label: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
    path: z.optional(z.array(z.string().check(z.maxLength(MAX_TEXT)))),
  }),
  corrected: z.optional(z.boolean()),
  why: z.optional(z.array(z.string().check(z.maxLength(MAX_TEXT)))),
});
const shortText = z.string().check(z.maxLength(1000));
const contextSchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  origin: z.string().check(z.maxLength(1024)),
  extractedAt: z.number(),
  fields: z.partialRecord(z.enum(FIELD_NAMES), fieldSchema),
  page: z.optional(z.object({ kind: z.enum(['debtor', 'list']), rows: z.number(), openDetail: z.boolean() })),
  crmHistory: z.optional(
    z.object({
      lastContact: z.optional(
        z.object({ date: shortText, time: z.optional(shortText), result: shortText, note: z.optional(shortText) }),
      ),
      lastPromise: z.optional(
        z.object({ date: shortText, amount: z.optional(z.number()), status: z.enum(['kept', 'broken', 'pending', 'unknown']), statusText: shortText }),
      ),
    }),
  ),
});
const tabId = z.number().check(z.int(), z.nonnegative());

const schemas: { [T in MessageType]: z.ZodMiniType<DataOf<T>> } = {
  'page:context': z.object({ context: z.nullable(contextSchema) }) as z.ZodMiniType<DataOf<'page:context'>>,
  'panel:get-context': z.object({ tabId }),
  'bg:context-changed': z.object({
    tabId,
    url: z.nullable(z.string()),
    context: z.nullable(contextSchema),
  }) as z.ZodMiniType<DataOf<'bg:context-changed'>>,
  'crm:extract-now': z.object({}) as z.ZodMiniType<DataOf<'crm:extract-now'>>,
  'crm:stats': z.object({}) as z.ZodMiniType<DataOf<'crm:stats'>>,
  'crm:pick': z.object({ hint: z.string().check(z.maxLength(200)) }),
  'crm:insert-text': z.object({
    text: z.string().check(z.maxLength(MAX_TEXT)),
    target: z.enum(['note', 'focused']),
  }),
  'crm:highlight': z.object({ field: z.nullable(z.enum(FIELD_NAMES)) }),
};

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

export function parseMessage<T extends MessageType>(type: T, data: unknown): DataOf<T> {
  const schema = schemas[type] as z.ZodMiniType<DataOf<T>> | undefined;
  if (!schema) throw new Error(`unknown message type ${type}`);
  return schema.parse(data);
}

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
 * pages, unknown types and malformed payloads are refused without calling the handler.
 * Returns a function that removes the listener.
 */
export function onMessages(handlers: HandlerMap): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'foreign sender' });
    let data: DataOf<MessageType>;
    try {
      data = parseMessage(message.type, message.data);
    } catch {
      return Promise.resolve({ ok: false, error: `invalid payload for ${message.type}` });
    }
    return Promise.resolve()
      .then(() => handler(data, sender))
      .then(
        (value): Reply => ({ ok: true, value: value ?? null }),
        (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
