// The full payload schemas of every message, for the contexts that receive from pages they do
// not trust blindly (the background hears every CRM tab) and for the extension pages. Kept out
// of the content script, which checks its own few messages without a schema library.
import * as z from 'zod/mini';
import { FIELD_NAMES } from './extract/types';
import type { DataOf, MessageType } from './messaging';
import { MAX_TURN_TEXT, MAX_TURNS_PER_MESSAGE, SPEAKERS, TURN_SOURCES } from './live/turn';
import { AVAILABILITY_REASONS, ENGINE_IDS, LISTEN_ERRORS, LISTEN_STATUSES, MIC_STATES } from './live/listen-state';

const MAX_TEXT = 20_000;
/** A debtor identity key (origin + numbers + name): the database allows 2,000 characters. */
const MAX_KEY = 2_000;
const fieldSchema = z.object({
  value: z.union([z.string().check(z.maxLength(MAX_TEXT)), z.number()]),
  raw: z.string().check(z.maxLength(MAX_TEXT)),
  confidence: z.number(),
  source: z.object({
    method: z.enum(['table', 'dl', 'colon', 'sibling', 'form', 'title', 'adapter', 'manual', 'derived']),
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
  agent: z.optional(z.object({ id: z.optional(z.string().check(z.maxLength(40))), name: z.optional(z.string().check(z.maxLength(40))) })),
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
const turnSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  speaker: z.enum(SPEAKERS),
  text: z.string().check(z.maxLength(MAX_TURN_TEXT)),
  final: z.boolean(),
  at: z.number(),
  source: z.enum(TURN_SOURCES),
});
const turns = z.array(turnSchema).check(z.maxLength(MAX_TURNS_PER_MESSAGE));

// ── Live audio (issue #18, source 2) ──
const listenState = z.object({
  tabId: z.nullable(tabId),
  status: z.enum(LISTEN_STATUSES),
  engine: z.nullable(z.enum(ENGINE_IDS)),
  reason: z.nullable(z.enum(AVAILABILITY_REASONS)),
  mic: z.enum(MIC_STATES),
  error: z.nullable(z.enum(LISTEN_ERRORS)),
});
const scriptLines = z.array(z.string().check(z.maxLength(500))).check(z.maxLength(200));
const engineConfig = z.object({
  lang: z.enum(['zh-CN', 'zh-TW', 'en']),
  policyModel: z.nullable(z.object({ url: z.string().check(z.maxLength(2048)), sha256: z.string().check(z.maxLength(128)) })),
  testTranscript: z.nullable(z.object({ debtor: scriptLines, agent: scriptLines })),
});



export const schemas: { [T in MessageType]: z.ZodMiniType<DataOf<T>> } = {
  'page:context': z.object({ context: z.nullable(contextSchema) }) as z.ZodMiniType<DataOf<'page:context'>>,
  'panel:get-context': z.object({ tabId }),
  'bg:context-changed': z.object({
    tabId,
    url: z.nullable(z.string()),
    context: z.nullable(contextSchema),
  }) as z.ZodMiniType<DataOf<'bg:context-changed'>>,
  'crm:extract-now': z.object({}) as z.ZodMiniType<DataOf<'crm:extract-now'>>,
  'crm:stats': z.object({}) as z.ZodMiniType<DataOf<'crm:stats'>>,
  'crm:pick': z.object({ hint: z.string().check(z.maxLength(200)), kind: z.optional(z.enum(['field', 'transcript'])) }),
  'crm:insert-text': z.object({
    text: z.string().check(z.maxLength(MAX_TEXT)),
    target: z.enum(['note', 'focused']),
    debtor: z.string().check(z.minLength(1), z.maxLength(MAX_KEY)),
  }),
  'page:turns': z.object({ turns }),
  'page:load-reader': z.strictObject({}) as z.ZodMiniType<DataOf<'page:load-reader'>>,
  'page:load-detail-reader': z.strictObject({}) as z.ZodMiniType<DataOf<'page:load-detail-reader'>>,
  'page:load-panel-tab': z.strictObject({}) as z.ZodMiniType<DataOf<'page:load-panel-tab'>>,
  'page:load-site-rules': z.strictObject({}) as z.ZodMiniType<DataOf<'page:load-site-rules'>>,
  'page:load-label-fold': z.strictObject({}) as z.ZodMiniType<DataOf<'page:load-label-fold'>>,
  'bg:turns': z.object({ tabId, turns }),
  'panel:listen': z.object({ tabId, on: z.boolean() }),
  'panel:listen-state': z.object({ tabId }),
  'panel:listen-check': z.object({}) as z.ZodMiniType<DataOf<'panel:listen-check'>>,
  'bg:listen-state': listenState,
  'bg:offscreen-listen': z.object({ tabId, streamId: z.string().check(z.minLength(1), z.maxLength(1000)), mic: z.boolean(), engine: engineConfig }),
  'bg:offscreen-stop': z.object({}) as z.ZodMiniType<DataOf<'bg:offscreen-stop'>>,
  'bg:offscreen-check': z.object({ engine: engineConfig, fresh: z.optional(z.boolean()) }),
  'bg:offscreen-stats': z.object({}) as z.ZodMiniType<DataOf<'bg:offscreen-stats'>>,
  'offscreen:turns': z.object({ tabId, turns }),
  'offscreen:state': listenState,
  'crm:highlight': z.object({ field: z.enum(FIELD_NAMES) }),
};

/** Check a payload against its message type's schema (throws when it does not match). */
export function parseMessage<T extends MessageType>(type: T, data: unknown): DataOf<T> {
  const schema = schemas[type] as z.ZodMiniType<DataOf<T>> | undefined;
  if (!schema) throw new Error(`unknown message type ${type}`);
  return schema.parse(data);
}
