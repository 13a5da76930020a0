// The compliance guard's view of this call, in one place: the input built from the page, the call
// log and the recorded contact rules; the override policy in force; and why a block cannot be
// overridden (policy, trainee). The banner, the call bar and the stepper's status line all read it;
// the wrap-up checks an agreed call-back time against the same input.
import { useMemo } from 'react';
import { identityVerified, thirdPartyOnLine, type CallSession } from '@/lib/call/session';
import {
  CALL_RULES_BY_ID,
  callStatus,
  dueDateFromDaysPastDue,
  limitsFromSettings,
  notOverridable,
  resolveOverridePolicy,
  type CallRuleId,
  type ComplianceInput,
} from '@/lib/compliance';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { dayOf, DEFAULT_TIME_ZONE, isISODay, zonedTimeToEpoch } from '@/lib/time';
import type { DebtorState } from './useDebtor';

interface Args {
  now: number;
  settings: Settings;
  debtor: Pick<DebtorState, 'context' | 'timeZone' | 'attempts' | 'rules'>;
  session: CallSession;
  /** Who the call goes to (DEBTOR_CONTACT or a third-party contact id). */
  contact: string;
  t: Translate;
  locale: 'zh-CN' | 'zh-TW' | 'en';
}

export function useCallCompliance({ now, settings, debtor, session, contact, t, locale }: Args) {
  const f = debtor.context.fields;
  const zone = debtor.timeZone ?? DEFAULT_TIME_ZONE;
  // The limitation period starts from the due date the page implies (days past due) and restarts at
  // recorded evidence only: the wrap-ups' demands, promises, acknowledgements, and a payment the CRM shows.
  const dpd = typeof f.daysPastDue?.value === 'number' ? f.daysPastDue.value : null;
  const lastPaid = f.lastPaymentDate && isISODay(String(f.lastPaymentDate.value)) ? String(f.lastPaymentDate.value) : null;
  const region = f.region ? String(f.region.raw) : undefined;
  const phone = f.phone ? String(f.phone.raw) : undefined;

  const input = useMemo((): ComplianceInput => {
    const dueDate = dueDateFromDaysPastDue(dayOf(now, zone), dpd);
    return {
      now,
      profile: settings.complianceProfile,
      limits: limitsFromSettings(settings),
      debtor: { ...(debtor.timeZone ? { timeZone: debtor.timeZone } : {}), ...(region ? { region } : {}), ...(phone ? { phone } : {}) },
      attempts: debtor.attempts,
      identityVerified: identityVerified(session),
      thirdPartyOnLine: thirdPartyOnLine(session),
      contact,
      ...debtor.rules,
      ...(dueDate ? { defaultDate: dueDate } : {}),
      ...(lastPaid ? { interruptions: [{ at: zonedTimeToEpoch(lastPaid, 12 * 60, zone), kind: 'partial-payment' as const, ref: 'CRM' }] } : {}),
    };
  }, [now, settings, debtor.timeZone, debtor.attempts, debtor.rules, zone, region, phone, session, contact, dpd, lastPaid]);
  const status = useMemo(() => callStatus(input), [input]);

  // Settings hold the policy already resolved (lib/settings mergeSettings); {} means the profile's.
  const policy = useMemo(() => resolveOverridePolicy(settings.complianceProfile, undefined, settings.overridePolicy), [settings.complianceProfile, settings.overridePolicy]);
  const never = notOverridable(status.findings, policy);
  const title = (r: string) => CALL_RULES_BY_ID[r as CallRuleId]?.title[locale] ?? r;
  const blockedReason = status.canCallNow
    ? undefined
    : settings.traineeMode
      ? t('compliance.traineeNoOverride')
      : never.length
        ? t('compliance.notOverridable', { rules: never.map(title).join('、') })
        : undefined;
  return { status, policy, blockedReason, input };
}
