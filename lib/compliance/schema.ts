// Runtime validation of a ComplianceInput that arrives as JSON (CLI `check`, messages, stored settings).
import * as z from 'zod';
import { holidayCalendarSchema } from './holidays-cn';
import type { ComplianceInput } from './types';

/** Epoch ms, or an ISO date-time string for convenience at the command line. */
const instant = z.union([
  z.number().finite(),
  z.string().transform((s, ctx) => {
    const t = Date.parse(s);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: 'custom', message: `not a date-time: ${s}` });
      return z.NEVER;
    }
    return t;
  }),
]);

const interruptionKind = z.enum(['demand-reached', 'acknowledged', 'promise', 'partial-payment']);

export const complianceInputSchema = z.object({
  now: instant,
  profile: z.enum(['cn-bank', 'us-regf']).default('cn-bank'),
  limits: z
    .object({
      callWindowStart: z.string().optional(),
      callWindowEnd: z.string().optional(),
      maxAttemptsPerDay: z.number().int().optional(),
      noCallsOnWeekends: z.boolean().optional(),
      maxThirdPartyAttemptsPerDay: z.number().int().optional(),
      usRegf: z
        .object({ maxCallsIn7Days: z.number().int().optional(), quietDaysAfterConversation: z.number().int().optional() })
        .optional(),
    })
    .optional(),
  debtor: z.object({ timeZone: z.string().optional(), region: z.string().optional(), phone: z.string().optional() }).default({}),
  attempts: z
    .array(
      z.object({
        at: instant,
        conversation: z.boolean().default(false),
        contact: z.string().optional(),
        interruption: z.object({ kind: interruptionKind, ref: z.string().optional() }).optional(),
      }),
    )
    .default([]),
  identityVerified: z.boolean().default(false),
  thirdPartyOnLine: z.boolean().default(false),
  contact: z.string().optional(),
  stopContacts: z
    .array(z.object({ contact: z.string(), at: instant, liftedAt: instant.optional(), liftReason: z.string().optional() }))
    .optional(),
  consentWindow: z.object({ start: z.string(), end: z.string(), at: instant, ref: z.string().optional() }).optional(),
  instalmentPlan: z
    .object({ signedAt: instant, unpaidDueDates: z.array(z.string()).default([]), missed: z.boolean().default(false), completed: z.boolean().optional() })
    .optional(),
  interruptions: z.array(z.object({ at: instant, kind: interruptionKind, ref: z.string().optional() })).optional(),
  defaultDate: z.string().optional(),
  holidays: holidayCalendarSchema.optional(),
});

export function parseComplianceInput(raw: unknown): ComplianceInput {
  const parsed = complianceInputSchema.parse(raw);
  // Drop undefined optionals so the object satisfies exactOptionalPropertyTypes-style consumers too.
  return JSON.parse(JSON.stringify(parsed)) as ComplianceInput;
}
