// The contact rules a debtor's calls recorded (lib/db contactRules), read into the compliance
// guard's input: stop-contact requests, the debtor's consent to other hours, the latest
// instalment plan read against its promises. Pure: no database, no browser.
import { DEBTOR_CONTACT, type ConsentWindow, type InstalmentPlanState, type StopContact } from '../compliance/types';
import type { ContactRuleRecord, PromiseRecord } from '../db/schema';

/** A contact id as typed by the agent ("妻子 李某"), trimmed; blank means the debtor. */
export function contactId(raw: string | undefined): string {
  const t = (raw ?? '').trim().replace(/\s+/g, ' ').slice(0, 200);
  return t || DEBTOR_CONTACT;
}

export interface ContactRulesInput {
  stopContacts: StopContact[];
  consentWindow?: ConsentWindow;
  instalmentPlan?: InstalmentPlanState;
}

/** The latest instalment plan, read against its promises: unpaid dates, a broken one, all kept. */
export function latestPlan(rules: readonly ContactRuleRecord[], promises: readonly PromiseRecord[]): InstalmentPlanState | null {
  const plan = rules.filter((r) => r.kind === 'instalment-plan').sort((a, b) => a.at - b.at).pop();
  if (!plan) return null;
  const ids = new Set(plan.promiseIds ?? []);
  const mine = promises.filter((p) => p.id !== undefined && ids.has(p.id) && p.status !== 'cancelled');
  return {
    signedAt: plan.at,
    unpaidDueDates: mine.filter((p) => p.status === 'pending').map((p) => p.dueDate),
    missed: mine.some((p) => p.status === 'broken'),
    completed: mine.length > 0 && mine.every((p) => p.status === 'kept'),
  };
}

export function contactRulesInput(rules: readonly ContactRuleRecord[], promises: readonly PromiseRecord[]): ContactRulesInput {
  const stopContacts = rules
    .filter((r) => r.kind === 'stop-contact')
    .map((r) => ({ contact: r.contact, at: r.at, ...(r.liftedAt !== undefined ? { liftedAt: r.liftedAt } : {}), ...(r.liftReason ? { liftReason: r.liftReason } : {}) }));
  const consent = rules.filter((r) => r.kind === 'consent-hours' && r.window).sort((a, b) => a.at - b.at).pop();
  const plan = latestPlan(rules, promises);
  return {
    stopContacts,
    ...(consent?.window ? { consentWindow: { ...consent.window, at: consent.at, ...(consent.ref ? { ref: consent.ref } : {}) } } : {}),
    ...(plan ? { instalmentPlan: plan } : {}),
  };
}
