// How this debtor and their contacts may be called, as calls recorded it: stop-contact requests
// (the debtor's lifted only by a supervisor with a reason; a third party's never), the debtor's
// consent to other hours, and signed instalment plans (one promise per instalment). Every change
// is written to the audit. Also the supervisor's review of overrides (append-only audit rows).
import { addAudit } from './audit';
import { db, guardWrite, type DaihouDB } from './database';
import type { AuditRecord, ContactRuleRecord } from './schema';
import { addMonths, isISODay } from '../time';
import { contactId } from '../call/contact-rules';

export const DEBTOR_CONTACT = 'debtor';
export const MAX_INSTALMENTS = 60;

export interface InstalmentInput {
  count: number;
  /** Amount of each instalment. */
  amount: number;
  /** YYYY-MM-DD of the first; the others follow monthly. */
  firstDueDate: string;
  method?: string;
}

export function checkInstalments(p: InstalmentInput): void {
  if (!Number.isInteger(p.count) || p.count < 1 || p.count > MAX_INSTALMENTS) throw new RangeError(`instalments must be 1–${MAX_INSTALMENTS}`);
  if (!Number.isFinite(p.amount) || p.amount <= 0) throw new RangeError('instalment amount must be a positive number');
  if (!isISODay(p.firstDueDate)) throw new RangeError('first instalment date must be YYYY-MM-DD');
}

/** The due dates of a monthly plan. */
export function instalmentDates(firstDueDate: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(firstDueDate, i));
}

export { contactId };

/** Every rule recorded for a debtor, oldest first. */
export async function contactRulesOf(debtorKey: string, database: DaihouDB = db): Promise<ContactRuleRecord[]> {
  return (await database.contactRules.where('debtorKey').equals(debtorKey).toArray()).sort((a, b) => a.at - b.at);
}

/** Stop-contact requests still in force, every debtor (options: the supervisor's list). */
export async function activeStopContacts(database: DaihouDB = db): Promise<ContactRuleRecord[]> {
  return (await database.contactRules.where('kind').equals('stop-contact').toArray()).filter((r) => r.liftedAt === undefined).sort((a, b) => b.at - a.at);
}

/** A supervisor lifts a debtor's stop-contact request with a written reason. A third party's cannot be lifted. */
export async function liftStopContact(id: number, reason: string, database: DaihouDB = db, now = Date.now()): Promise<ContactRuleRecord> {
  const why = reason.trim();
  if ([...why].length < 10) throw new RangeError('a reason of at least 10 characters is required');
  return guardWrite(database, () =>
    database.transaction('rw', database.contactRules, database.audit, async () => {
      const r = await database.contactRules.get(id);
      if (!r || r.kind !== 'stop-contact') throw new RangeError(`unknown stop-contact ${id}`);
      if (r.contact !== DEBTOR_CONTACT) throw new RangeError('a third party’s request not to be called is permanent');
      if (r.liftedAt !== undefined) return r;
      const lifted: ContactRuleRecord = { ...r, liftedAt: now, liftReason: why, updatedAt: now };
      await database.contactRules.put(lifted);
      await addAudit('stop-contact-lifted', { ruleId: id, debtorKey: r.debtorKey, reason: why }, database, now);
      return lifted;
    }),
  );
}

// ---- overrides: logged as they happen, reviewed by a supervisor ------------------------------

export interface OverrideEvent {
  debtorKey: string;
  reason: string;
  rules: string[];
  contact?: string;
}

/** Written the moment the agent overrides (not only when the call is saved): the supervisor sees it at once. */
export async function logOverride(e: OverrideEvent, database: DaihouDB = db, now = Date.now()): Promise<number> {
  return addAudit('override', { debtorKey: e.debtorKey, reason: e.reason, rules: e.rules, callId: null, contact: e.contact ?? DEBTOR_CONTACT, live: true }, database, now);
}

const numberList = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);

/** Overrides no supervisor has reviewed yet, newest first. */
export async function unreviewedOverrides(database: DaihouDB = db): Promise<AuditRecord[]> {
  const [overrides, reviews] = await Promise.all([
    database.audit.where('kind').equals('override').toArray(),
    database.audit.where('kind').equals('override-review').toArray(),
  ]);
  const seen = new Set(reviews.flatMap((r) => numberList(r.detail.overrideIds)));
  return overrides.filter((o) => !seen.has(o.id!)).sort((a, b) => b.at - a.at);
}

/** Ids of overrides reviewed so far. */
export async function reviewedOverrideIds(database: DaihouDB = db): Promise<Set<number>> {
  const reviews = await database.audit.where('kind').equals('override-review').toArray();
  return new Set(reviews.flatMap((r) => numberList(r.detail.overrideIds)));
}

/** The supervisor has seen these overrides (an audit row; the overrides themselves stay as they were). */
export async function reviewOverrides(ids: number[], database: DaihouDB = db, now = Date.now(), by = ''): Promise<void> {
  if (!ids.length) return;
  await addAudit('override-review', { overrideIds: ids, ...(by ? { by } : {}) }, database, now);
}
