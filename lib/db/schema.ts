// Entity types of the product's database: one interface per table. Plain data only, so a record
// can be backed up, exported and validated without the code that wrote it.
import type { DebtorContext, DebtorFields } from '../extract/types';
import type { Localized } from '../i18n/locale';

/** Outcome codes of a contact attempt (shared/domain.md §5). Stable ids: never rename one. */
export const OUTCOME_CODES = [
  'ptp',
  'paid',
  'partial',
  'refused',
  'dispute',
  'callback',
  'no-answer',
  'wrong-number',
  'third-party',
  'deceased',
  'hardship',
  'escalate-legal',
  // A signed personalised instalment plan (信用卡办法 Art. 70): demand calls stop until one is missed.
  'instalment-agreed',
] as const;
export type Outcome = (typeof OUTCOME_CODES)[number];

export const PROMISE_STATUSES = ['pending', 'kept', 'broken', 'cancelled'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export interface DebtorRecord {
  /** The debtor's identity key (lib/extract/identity): `origin|number` for a number shown in full,
   *  `origin|~account|name|case` when the page shows only masked numbers (`#2`… when the agent split it). */
  key: string;
  origin: string;
  accountId: string;
  name: string;
  /** Latest context snapshot seen on the CRM page. */
  snapshot: DebtorContext;
  /** Fields the agent corrected by hand; they win over the page. */
  corrections: DebtorFields;
  /** IANA time zone, when known (else derived from region, else Asia/Shanghai). */
  timeZone?: string;
  /** URL of the debtor's CRM page, to open it from a reminder. */
  url?: string;
  updatedAt: number;
  /** Set by the v2→v3 upgrade on a record that was keyed by a masked number alone: its history
   *  from before then may hold another debtor whose number masks alike. The panel says so. */
  legacyMasked?: true;
  /** Search index (derived: name, account, phone, case id). Never in backups. */
  grams?: string[];
}

/** A compliance finding as kept with the call (structurally a lib/compliance Finding). */
export interface CallFinding {
  ruleId: string;
  severity: 'block' | 'warn' | 'info';
  message?: Partial<Localized>;
  source?: { kind: string; citation: string };
  suggestion?: Partial<Localized>;
  span?: { start: number; end: number };
  nextAllowedAt?: number;
  tacticId?: string;
  /** The agent went ahead despite it; the call's overrideReason says why. */
  overridden?: boolean;
  /** Raised live, by the agent's own words on the call (lib/live): when, and the words when the
   *  transcript is kept (policy keepTranscript). */
  heardLive?: { at: number; words?: string };
}

/** One turn of the call's transcript: text only, never audio; kept only when policy allows (keepTranscript). */
export interface TranscriptTurn {
  speaker: 'debtor' | 'agent';
  text: string;
  /** Epoch ms when first heard. */
  at: number;
}

/** Who the CRM page showed when a call was made: kept with the call so a record can be checked or split later. */
export interface CallWho {
  name?: string;
  accountId?: string;
  caseId?: string;
}

/** One contact attempt. */
export interface CallRecord {
  id?: number;
  debtorKey: string;
  /** The debtor as the page showed them at the call (absent on calls from before v3). */
  who?: CallWho;
  /** Epoch ms. */
  startedAt: number;
  endedAt?: number;
  /** Local calendar day of startedAt in `timeZone` (YYYY-MM-DD): the "calls by day" index. */
  day: string;
  /** IANA zone `day` was computed in (the debtor's). */
  timeZone: string;
  /** Absent while the call is in progress. */
  outcome?: Outcome;
  /** Objection scenario ids detected (domain.md §1). */
  scenarios: string[];
  /** Script ids the agent used or inserted. */
  scriptsUsed: string[];
  /** Last call stage reached (domain.md §5). */
  stageReached?: string;
  /** Checklist item id → done. */
  checklist: Record<string, boolean>;
  findings: CallFinding[];
  /** Why the agent proceeded despite a blocking finding (audited). */
  overrideReason?: string;
  /** True for calls created by the v1→v2 migration from notes that named a call. */
  migrated?: boolean;
  /** When the agent discarded the call (started by mistake): kept for audit, never an attempt. */
  discardedAt?: number;
  /** Who was called: 'debtor' (absent on calls before v4 = the debtor) or a third-party contact id. */
  contact?: string;
  /** The wrap-up recorded "催收要求已送达本人" with the call's recording reference (民法典 Art. 195). */
  demandReached?: { recordingRef: string };
  /** The wrap-up recorded that the debtor acknowledged the debt on this call. */
  acknowledged?: true;
  /** The crisis protocol was shown on this call (lib/call/crisis): when first, and when the agent dismissed it. */
  crisisProtocol?: { shownAt: number; dismissedAt?: number };
  /** The agent confirmed in the wrap-up that the call goes to a supervisor, and why ('crisis'). */
  escalation?: { reason: string };
  /** Outcome `callback`: the agreed time to call back (epoch ms; indexed from v5). */
  callbackAt?: number;
  /** The IANA zone the agreed time was given in (the debtor's), to show it as agreed. */
  callbackZone?: string;
  /** When the call-back reminder was shown (so it is shown once). */
  callbackRemindedAt?: number;
  /** What was said on the call, as heard (final turns), when policy keeps transcripts (keepTranscript). */
  transcript?: TranscriptTurn[];
  /** The call's start, set only while it keeps a transcript (the v6 index search reads them by). */
  transcriptAt?: number;
  updatedAt: number;
}

export const CONTACT_RULE_KINDS = ['stop-contact', 'consent-hours', 'instalment-plan'] as const;
export type ContactRuleKind = (typeof CONTACT_RULE_KINDS)[number];

/** What a call recorded about how this debtor and their contacts may be called from now on. */
export interface ContactRuleRecord {
  id?: number;
  debtorKey: string;
  kind: ContactRuleKind;
  /** 'debtor' or the third-party contact id the rule is about. */
  contact: string;
  /** When it was recorded (epoch ms). */
  at: number;
  /** The call that recorded it. */
  callId?: number;
  /** consent-hours: the time of day the debtor agreed to be called at (HH:MM, end exclusive). */
  window?: { start: string; end: string };
  /** instalment-plan: the instalments, one promise each. */
  promiseIds?: number[];
  /** Evidence: the recording reference or the agent's words. */
  ref?: string;
  /** stop-contact (debtor only): lifted by a supervisor, with the reason. */
  liftedAt?: number;
  liftReason?: string;
  updatedAt: number;
}

export interface NoteRecord {
  id?: number;
  debtorKey: string;
  callId?: number;
  text: string;
  /** A draft is the note being typed; it becomes final when the call is saved. */
  draft: 0 | 1; // a number: IndexedDB cannot index booleans
  createdAt: number;
  updatedAt: number;
  /** Search index of final notes (derived, see grams.ts). Never in backups. */
  grams?: string[];
}

export interface PromiseResolution {
  at: number;
  /** 'auto' when the daily check marked it broken. */
  by: 'agent' | 'auto';
  note?: string;
  /** What was actually paid, when known. */
  paidAmount?: number;
}

/** A promise to pay (PTP): the three elements date, method, amount (domain.md §5). */
export interface PromiseRecord {
  id?: number;
  debtorKey: string;
  callId?: number;
  amount: number;
  currency: string;
  /** YYYY-MM-DD, the debtor's calendar day. */
  dueDate: string;
  method: string;
  status: PromiseStatus;
  resolution?: PromiseResolution;
  /** The day (YYYY-MM-DD) a due-date reminder was shown, so it is shown once. */
  remindedOn?: string;
  /** When the agent saw the "promise broken" flag at the next call. */
  acknowledgedAt?: number;
  /** An extra reminder day before the due date (YYYY-MM-DD), confirmed by the agent in the wrap-up. */
  remindOn?: string;
  createdAt: number;
  updatedAt: number;
}

/** Key-value rows that must live in IndexedDB (not storage.local). Keys under `internal:` are never backed up. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export const AUDIT_KINDS = [
  'purge',
  'restore',
  'wipe',
  'override',
  'migration',
  'backup',
  'export',
  // v4: contact rules and the supervisor's review of overrides.
  'stop-contact',
  'stop-contact-lifted',
  'consent',
  'instalment-plan',
  'override-review',
  // Supervisors' changes: packs installed and removed, the signing key, trusted keys, compliance settings.
  'pack-install',
  'pack-remove',
  'signing-key',
  'trusted-keys',
  'compliance-settings',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditRecord {
  id?: number;
  at: number;
  kind: AuditKind;
  /** Plain JSON facts: counts, days, ids, reasons. */
  detail: Record<string, unknown>;
}

export const TABLE_NAMES = ['debtors', 'calls', 'notes', 'promises', 'settings', 'audit', 'contactRules'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
