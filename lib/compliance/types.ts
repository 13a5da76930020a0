// Shared shapes of the compliance guard: findings, the plain input a call check reads, limits.
// Pure data only — no browser APIs, no React; the panel and the CLI both build these objects.
import type { TacticId } from '../packs/domain-ids';
import type { Locale, Localized } from '../i18n/locale';
import type { DebtorLocation } from '../time/debtor-zones';

export type Severity = 'block' | 'warn' | 'info';
/** The product's one locale type; a Localized text has one string per locale. */
export type { Locale, Localized };
export { pickLocalized } from '../i18n/locale';

export type ProfileId = 'cn-bank' | 'us-regf';

/** Where a rule comes from, so a supervisor can check it. */
export interface RuleSource {
  kind: 'regulation' | 'bank-policy' | 'training';
  /** Short citation in the language of the source, e.g. "《民法典》第一百八十八条". */
  citation: string;
}

export type CallRuleId =
  | 'call-window'
  | 'holiday'
  | 'frequency-daily'
  | 'frequency-7in7'
  | 'quiet-after-conversation'
  | 'identity-before-disclosure'
  | 'limitation-period'
  | 'stop-contact'
  | 'third-party-contact'
  | 'instalment-plan';

export type LintRuleId =
  | 'threat'
  | 'insult'
  | 'impersonation'
  | 'third-party-disclosure'
  | 'shaming'
  | 'false-legal-claim'
  | 'unauthorized-waiver'
  | 'demand-above-owed'
  | 'harassment'
  | 'borrow-to-repay';

export type RuleId = CallRuleId | LintRuleId;

/** The prohibited tactics' ids are the domain's, shared with the pack format. */
export type { TacticId };

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: Localized;
  source: RuleSource;
  /** A lawful way to say or do it instead. */
  suggestion?: Localized;
  /** Lint only: UTF-16 offsets into the text that was checked, end exclusive. */
  span?: { start: number; end: number };
  /** Timing rules: the earliest time (epoch ms) this rule alone would allow the next call. */
  nextAllowedAt?: number;
  /** A prohibited tactic from the training material this finding matches (trainee mode explains it). */
  tacticId?: TacticId;
  /** Lint only: raised by the learned layer alone, with this probability that the sentence is unlawful. */
  learned?: number;
}

/** Who a call is placed to: the debtor, or a third-party contact named by a stable id. */
export const DEBTOR_CONTACT = 'debtor';

export interface CallAttempt {
  /** When the call was placed (epoch ms). */
  at: number;
  /** True when the call reached the debtor (right-party contact) and was a conversation. */
  conversation: boolean;
  /** Who was called: DEBTOR_CONTACT (the default) or a third-party contact id. */
  contact?: string;
  /** What the wrap-up recorded that interrupts the limitation period (民法典 Art. 195), if anything.
   *  A conversation alone interrupts nothing. */
  interruption?: { kind: InterruptionKind; ref?: string };
}

export type InterruptionKind = 'demand-reached' | 'acknowledged' | 'promise' | 'partial-payment';

export interface Interruption {
  at: number;
  kind: InterruptionKind;
  /** The evidence: a call's recording reference, a payment reference. */
  ref?: string;
}

/** A request not to be called again (domain scenario `stop-contact`), as recorded by the agent. */
export interface StopContact {
  /** DEBTOR_CONTACT or the third-party contact id who asked. */
  contact: string;
  at: number;
  /** Debtor's request only: lifted by a supervisor with a reason. A third party's is permanent. */
  liftedAt?: number;
  liftReason?: string;
}

/** The debtor's recorded consent to be called at another time of day (logged, cn-bank only). */
export interface ConsentWindow {
  start: string;
  end: string;
  at: number;
  ref?: string;
}

/** A signed instalment plan (outcome `instalment-agreed`): demand calls stop until one is missed. */
export interface InstalmentPlanState {
  signedAt: number;
  /** ISO dates of instalments due and not paid (by the debtor's local calendar). */
  unpaidDueDates: string[];
  /** An instalment was recorded as broken (missed), whatever its date. */
  missed: boolean;
  /** Every instalment paid: the plan no longer holds calls back. */
  completed?: boolean;
}

export type { DebtorLocation };

export interface UsRegfLimits {
  /** Reg F §1006.14(b)(2)(i): more than this many calls within 7 consecutive days loses the safe harbour. */
  maxCallsIn7Days: number;
  /** Reg F §1006.14(b)(2)(ii): no call within this many days after a conversation (its day is day 1). */
  quietDaysAfterConversation: number;
}

export interface ComplianceLimits {
  /** Local time at the debtor, 'HH:MM', inclusive. */
  callWindowStart: string;
  /** Local time at the debtor, 'HH:MM', exclusive: 21:00 means the last allowed minute is 20:59. */
  callWindowEnd: string;
  /** cn-bank: call attempts per debtor per local calendar day. */
  maxAttemptsPerDay: number;
  /** Bank policy option: treat Saturdays and Sundays as no-call days (make-up working days stay callable). */
  noCallsOnWeekends: boolean;
  /** Calls to one third-party contact per local calendar day (2026 industry guideline: 1). */
  maxThirdPartyAttemptsPerDay: number;
  usRegf: UsRegfLimits;
}

/** A year of the holiday calendar: whole days off (放假调休) and make-up working days (调休上班). */
export interface HolidayYear {
  year: number;
  /** 'official' = from the published State Council notice; 'projected' = our estimate, verify and edit. */
  status: 'official' | 'projected';
  source: string;
  holidays: { name: string; from: string; to: string }[];
  makeUpWorkdays: string[];
}

export interface HolidayCalendar {
  years: HolidayYear[];
}

/** Everything a call check needs, as a plain object (the panel fills it from the CRM page and the call log). */
export interface ComplianceInput {
  /** The moment being checked (epoch ms) — usually Date.now(), fixed in tests. */
  now: number;
  profile: ProfileId;
  /** Configured limits; missing keys take the profile default. */
  limits?: Partial<Omit<ComplianceLimits, 'usRegf'>> & { usRegf?: Partial<UsRegfLimits> };
  debtor: DebtorLocation;
  /** This debtor's call log (any order). */
  attempts: CallAttempt[];
  identityVerified: boolean;
  thirdPartyOnLine: boolean;
  /** Who the call about to be placed goes to (DEBTOR_CONTACT when absent). */
  contact?: string;
  /** Requests not to be called again, for this debtor and their contacts. */
  stopContacts?: StopContact[];
  /** The debtor's recorded consent to another time of day (cn-bank: the only way past 08:00–22:00). */
  consentWindow?: ConsentWindow;
  /** The debtor's latest signed instalment plan, if any. */
  instalmentPlan?: InstalmentPlanState;
  /** Limitation-period interruptions recorded besides the call log (民法典 Art. 195). */
  interruptions?: Interruption[];
  /** ISO date the debt fell due: the start of the limitation period when nothing interrupted it. */
  defaultDate?: string;
  /** Holiday calendar; defaults to the shipped PRC 2026–2027 data. */
  holidays?: HolidayCalendar;
}

export const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

