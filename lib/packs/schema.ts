// The script-pack format (话术包), version 1: a zod schema plus the types inferred from it.
// Pack text is rendered as plain text only; still, markup and `javascript:` are rejected here.
import * as z from 'zod';
import { BUCKETS } from '../domain/bucket';
import { isProhibitedTacticId } from './domain-ids';
import { KNOWN_VARIABLES, findVariables } from './variables';
import { siteAdapterSchema, type SiteAdapter } from '../extract/adapters';
import { LOCALES } from '../i18n/locale';

export const PACK_FORMAT_VERSION = 1;

/** Hard caps: a pack is data from outside and must never be able to stall the panel. */
export const PACK_LIMITS = {
  fileBytes: 5 * 1024 * 1024,
  depth: 12,
  scenarios: 2000,
  examplesPerScenario: 200,
  examplesTotal: 40000,
  scriptsPerScenario: 50,
  exampleChars: 300,
  scriptChars: 2000,
  shortChars: 200,
  longChars: 4000,
  listItems: 100,
} as const;

export const STAGE_IDS = ['prepare', 'open', 'verify', 'purpose', 'understand', 'negotiate', 'commit', 'close'] as const;
/** Pack scripts are tagged with the domain's buckets (lib/domain/bucket). */
export const BUCKET_IDS = BUCKETS;
/** The product's locales (lib/i18n/locale): a pack's `locales` may name these. */
export { LOCALES };
export const RATINGS = ['allowed', 'caution', 'prohibited'] as const;
export const OUTCOME_IDS = [
  'ptp', 'paid', 'partial', 'refused', 'dispute', 'callback', 'no-answer', 'wrong-number',
  'third-party', 'deceased', 'hardship', 'escalate-legal', 'instalment-agreed',
] as const;

export type StageId = (typeof STAGE_IDS)[number];
export type BucketId = (typeof BUCKET_IDS)[number];
export type PackLocale = (typeof LOCALES)[number];

const HOSTILE = /<\s*\/?\s*[a-z!?][^>]*>|javascript\s*:|data\s*:\s*text\/html|vbscript\s*:/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e\u2066-\u2069]/;

/** Plain text: no markup, no script URLs, no control characters, bounded length. */
export const plainText = (max: number, min = 1) =>
  z
    .string()
    .min(min, { error: 'too-short' })
    .max(max, { error: 'too-long' })
    .refine((s) => !HOSTILE.test(s), { error: 'markup' })
    .refine((s) => !CONTROL.test(s), { error: 'control-char' });

/** Text that may hold `{variable}` placeholders; every placeholder must be a known variable. */
const templateText = (max: number) =>
  plainText(max).superRefine((s, ctx) => {
    for (const v of findVariables(s)) {
      if (!(KNOWN_VARIABLES as readonly string[]).includes(v)) {
        ctx.addIssue({ code: 'custom', message: `unknown-variable:${v}` });
      }
    }
  });

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'bad-id' });

export const localizedSchema = z.strictObject({
  'zh-CN': plainText(PACK_LIMITS.longChars),
  'zh-TW': plainText(PACK_LIMITS.longChars).optional(),
  en: plainText(PACK_LIMITS.longChars).optional(),
});
export type Localized = z.infer<typeof localizedSchema>;

/** One template per locale: zh-CN required, the others optional. */
const localizedTemplate = (max: number) =>
  z.strictObject({ 'zh-CN': templateText(max), 'zh-TW': templateText(max).optional(), en: templateText(max).optional() });

/** A script's short form is said in one breath: at most this many characters (variables count as written). */
export const SHORT_FORM_CHARS = 60;

const idList = z.array(idSchema).max(PACK_LIMITS.listItems, { error: 'too-many' });

export const scriptSchema = z.strictObject({
  id: idSchema,
  /** zh-CN text; `{name}`-style variables are filled from the debtor context. */
  text: templateText(PACK_LIMITS.scriptChars),
  translations: z
    .strictObject({ 'zh-TW': templateText(PACK_LIMITS.scriptChars).optional(), en: templateText(PACK_LIMITS.scriptChars).optional() })
    .optional(),
  /**
   * The same move in one breath (≤ SHORT_FORM_CHARS, ending in one question): shown first, the full text a key away.
   * Optional in the format; the default pack gives every script one.
   */
  short: localizedTemplate(PACK_LIMITS.shortChars).optional(),
  stage: z.enum(STAGE_IDS),
  /** True when the words mention the debt or an amount: held back until identity is verified. */
  discloses: z.boolean(),
  personas: idList.default([]),
  buckets: z.array(z.enum(BUCKET_IDS)).max(BUCKET_IDS.length).default([]),
  products: idList.default([]),
  techniques: idList.default([]),
  checks: idList.optional(),
  note: localizedSchema.optional(),
});
export type Script = z.infer<typeof scriptSchema>;

export const nextStepSchema = z.strictObject({
  kind: z.enum(['record', 'offer', 'verify', 'escalate', 'follow-up']),
  text: localizedSchema,
  outcome: z.enum(OUTCOME_IDS).optional(),
});

export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  summary: localizedSchema.optional(),
  examples: z.array(plainText(PACK_LIMITS.exampleChars)).min(1, { error: 'too-few' }).max(PACK_LIMITS.examplesPerScenario, { error: 'too-many' }),
  scripts: z.array(scriptSchema).max(PACK_LIMITS.scriptsPerScenario, { error: 'too-many' }).default([]),
  techniques: idList.default([]),
  nextSteps: z.array(nextStepSchema).max(20).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const personaSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  traits: localizedSchema,
  voiceCues: localizedSchema,
  counterStrategy: localizedSchema,
  strategies: idList.default([]),
});
export type Persona = z.infer<typeof personaSchema>;

export const techniqueSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['strategy', 'technique', 'move']),
    title: localizedSchema,
    explanation: localizedSchema,
    example: localizedSchema.optional(),
    rating: z.enum(RATINGS),
    /** Why the rating; for `prohibited`, what goes wrong. */
    ratingNote: localizedSchema.optional(),
    /** Required when prohibited: the lawful route that replaces it. */
    alternative: localizedSchema.optional(),
  })
  .refine((t) => t.rating !== 'prohibited' || t.alternative !== undefined, {
    error: 'prohibited-needs-alternative',
    path: ['alternative'],
  })
  .refine((t) => t.rating === 'prohibited' || !isProhibitedTacticId(t.id), {
    error: 'tactic-must-be-prohibited',
    path: ['rating'],
  });
export type Technique = z.infer<typeof techniqueSchema>;

/** How agents say a checklist item in their own words, per locale: the live call ticks the item when
 *  the agent says something like one of them (lib/live/checklist-heard). */
const exampleList = z.array(plainText(PACK_LIMITS.exampleChars)).max(60, { error: 'too-many' });
export const checklistExamplesSchema = z.strictObject({ 'zh-CN': exampleList, 'zh-TW': exampleList.optional(), en: exampleList.optional() });
export type ChecklistExamples = z.infer<typeof checklistExamplesSchema>;

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: localizedSchema,
  required: z.boolean().default(false),
  examples: checklistExamplesSchema.optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const stageSchema = z.strictObject({
  id: z.enum(STAGE_IDS),
  title: localizedSchema,
  goal: localizedSchema,
  checklist: z.array(checklistItemSchema).max(30),
});
export type Stage = z.infer<typeof stageSchema>;

export const legalNoteSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  body: localizedSchema,
  basis: plainText(PACK_LIMITS.shortChars).optional(),
});
export type LegalNote = z.infer<typeof legalNoteSchema>;

export const packSchema = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: idSchema,
  name: localizedSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]{1,40})?$/, { error: 'bad-version' }),
  locales: z.array(z.enum(LOCALES)).min(1).max(3),
  author: plainText(PACK_LIMITS.shortChars),
  updatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'bad-date' }),
  description: localizedSchema.optional(),
  scenarios: z.array(scenarioSchema).max(PACK_LIMITS.scenarios, { error: 'too-many' }),
  /** Utterances that are NOT objections (greetings, questions, real commitments): the classifier's `none`. */
  neutralExamples: z.array(plainText(PACK_LIMITS.exampleChars)).max(2000).default([]),
  /**
   * Lexicon for the classifier: each group's terms are read as its first term (`["去世","过世","passed away"]`).
   * Lets a supervisor teach a new word without code.
   */
  synonyms: z.array(z.array(plainText(40)).min(2).max(50)).max(500).default([]),
  /** Scripts for the call stages themselves (opening, verification, purpose, closing). */
  stageScripts: z.array(scriptSchema).max(200).default([]),
  personas: z.array(personaSchema).max(100).default([]),
  techniques: z.array(techniqueSchema).max(200).default([]),
  stages: z.array(stageSchema).max(STAGE_IDS.length).default([]),
  legalNotes: z.array(legalNoteSchema).max(100).default([]),
  /** Site adapters (lib/extract/adapters) for CRM pages the heuristics misread: they travel with the pack. */
  siteAdapters: z
    .array(z.custom<SiteAdapter>((a) => siteAdapterSchema.safeParse(a).success, { error: 'bad-adapter' }))
    .max(200, { error: 'too-many' })
    .default([]),
});

export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
