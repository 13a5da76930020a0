// zod schemas of every stored record: a backup file is checked against them, field by field,
// before anything in the database is touched. Derived search fields (grams) are not accepted.
import * as z from 'zod/mini';
import { FIELD_NAMES } from '../extract/types';
import { isISODay } from '../time';
import { AUDIT_KINDS, CONTACT_RULE_KINDS, OUTCOME_CODES, PROMISE_STATUSES, type TableName } from './schema';
import { LOCALES } from '../i18n/locale';

const text = (max = 100_000) => z.string().check(z.maxLength(max));
const epoch = () => z.number().check(z.int(), z.nonnegative());
const id = () => z.number().check(z.int(), z.positive());
const isoDay = () => z.string().check(z.refine(isISODay, 'YYYY-MM-DD'));
const localized = () => z.partialRecord(z.enum(LOCALES), text(10_000));

const field = z.strictObject({
  value: z.union([text(10_000), z.number()]),
  raw: text(10_000),
  confidence: z.number(),
  source: z.strictObject({
    method: z.enum(['table', 'dl', 'colon', 'sibling', 'form', 'title', 'adapter', 'manual', 'derived']),
    selector: z.optional(text(10_000)),
    label: z.optional(text(10_000)),
    path: z.optional(z.array(text(10_000))),
  }),
  corrected: z.optional(z.boolean()),
  why: z.optional(z.array(text(200))),
});
const fields = z.partialRecord(z.enum(FIELD_NAMES), field);

export const debtorSchema = z.strictObject({
  key: text(2_000),
  origin: text(1_000),
  accountId: text(1_000),
  name: text(1_000),
  snapshot: z.strictObject({ url: text(4_096), origin: text(1_000), fields, extractedAt: epoch() }),
  corrections: fields,
  timeZone: z.optional(text(100)),
  url: z.optional(text(4_096)),
  updatedAt: epoch(),
  legacyMasked: z.optional(z.literal(true)),
});

const finding = z.strictObject({
  ruleId: text(200),
  severity: z.enum(['block', 'warn', 'info']),
  message: z.optional(localized()),
  source: z.optional(z.strictObject({ kind: text(100), citation: text(1_000) })),
  suggestion: z.optional(localized()),
  span: z.optional(z.strictObject({ start: z.number(), end: z.number() })),
  nextAllowedAt: z.optional(z.number()),
  tacticId: z.optional(text(200)),
  overridden: z.optional(z.boolean()),
  heardLive: z.optional(z.strictObject({ at: epoch(), words: z.optional(text(2_000)) })),
});

/** A kept transcript: final turns, text only (lib/live/turn MAX_TURN_TEXT). */
const transcript = z.array(z.strictObject({ speaker: z.enum(['debtor', 'agent']), text: text(2_000), at: epoch() })).check(z.maxLength(5_000));

export const callSchema = z.strictObject({
  id: id(),
  debtorKey: text(2_000),
  who: z.optional(z.strictObject({ name: z.optional(text(1_000)), accountId: z.optional(text(1_000)), caseId: z.optional(text(1_000)) })),
  startedAt: epoch(),
  endedAt: z.optional(epoch()),
  day: isoDay(),
  timeZone: text(100),
  outcome: z.optional(z.enum(OUTCOME_CODES)),
  scenarios: z.array(text(200)),
  scriptsUsed: z.array(text(200)),
  stageReached: z.optional(text(200)),
  checklist: z.record(text(200), z.boolean()),
  findings: z.array(finding),
  overrideReason: z.optional(text(10_000)),
  migrated: z.optional(z.boolean()),
  discardedAt: z.optional(epoch()),
  contact: z.optional(text(200)),
  demandReached: z.optional(z.strictObject({ recordingRef: text(200) })),
  acknowledged: z.optional(z.literal(true)),
  crisisProtocol: z.optional(z.strictObject({ shownAt: epoch(), dismissedAt: z.optional(epoch()) })),
  escalation: z.optional(z.strictObject({ reason: text(200) })),
  callbackAt: z.optional(epoch()),
  callbackZone: z.optional(text(100)),
  callbackRemindedAt: z.optional(epoch()),
  transcript: z.optional(transcript),
  transcriptAt: z.optional(epoch()),
  updatedAt: epoch(),
});

const hhmm = () => z.string().check(z.regex(/^([01]\d|2[0-4]):[0-5]\d$/));

export const contactRuleSchema = z.strictObject({
  id: id(),
  debtorKey: text(2_000),
  kind: z.enum(CONTACT_RULE_KINDS),
  contact: text(200),
  at: epoch(),
  callId: z.optional(id()),
  window: z.optional(z.strictObject({ start: hhmm(), end: hhmm() })),
  promiseIds: z.optional(z.array(id()).check(z.maxLength(120))),
  ref: z.optional(text(1_000)),
  liftedAt: z.optional(epoch()),
  liftReason: z.optional(text(10_000)),
  updatedAt: epoch(),
});

export const noteSchema = z.strictObject({
  id: id(),
  debtorKey: text(2_000),
  callId: z.optional(id()),
  text: text(),
  draft: z.union([z.literal(0), z.literal(1)]),
  createdAt: epoch(),
  updatedAt: epoch(),
});

export const promiseSchema = z.strictObject({
  id: id(),
  debtorKey: text(2_000),
  callId: z.optional(id()),
  amount: z.number().check(z.positive()),
  currency: text(10),
  dueDate: isoDay(),
  method: text(1_000),
  status: z.enum(PROMISE_STATUSES),
  resolution: z.optional(
    z.strictObject({
      at: epoch(),
      by: z.enum(['agent', 'auto']),
      note: z.optional(text(10_000)),
      paidAmount: z.optional(z.number()),
    }),
  ),
  remindedOn: z.optional(isoDay()),
  acknowledgedAt: z.optional(epoch()),
  remindOn: z.optional(isoDay()),
  createdAt: epoch(),
  updatedAt: epoch(),
});

export const settingSchema = z.strictObject({ key: text(200), value: z.json() });

export const auditSchema = z.strictObject({
  id: id(),
  at: epoch(),
  kind: z.enum(AUDIT_KINDS),
  detail: z.record(z.string(), z.json()),
});

export const TABLE_SCHEMAS: Record<TableName, z.ZodMiniType> = {
  debtors: debtorSchema,
  calls: callSchema,
  notes: noteSchema,
  promises: promiseSchema,
  settings: settingSchema,
  audit: auditSchema,
  contactRules: contactRuleSchema,
};

/** "notes[12].createdAt: expected number" for the first problem of a record, or null. */
export function recordProblem(table: TableName, index: number, value: unknown): string | null {
  const r = z.safeParse(TABLE_SCHEMAS[table], value);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${table}[${index}]${path}: ${issue.message}`;
}
