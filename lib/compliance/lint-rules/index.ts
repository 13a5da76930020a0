// Registry of lint rules, most serious first. Add a rule file here; lint.ts runs them all.
import { borrowToRepayRule } from './borrow-to-repay';
import { demandAboveOwedRule } from './demand-above-owed';
import { falseLegalClaimRule } from './false-legal-claim';
import { harassmentRule } from './harassment';
import { impersonationRule } from './impersonation';
import { insultRule } from './insult';
import { shamingRule } from './shaming';
import { threatRule } from './threat';
import { thirdPartyDisclosureRule } from './third-party-disclosure';
import { unauthorizedWaiverRule } from './unauthorized-waiver';
import type { LintRule } from './match';

export const LINT_RULES: readonly LintRule[] = [
  threatRule,
  impersonationRule,
  thirdPartyDisclosureRule,
  shamingRule,
  falseLegalClaimRule,
  insultRule,
  harassmentRule,
  unauthorizedWaiverRule,
  demandAboveOwedRule,
  borrowToRepayRule,
];

export const LINT_RULES_BY_ID: ReadonlyMap<string, LintRule> = new Map(LINT_RULES.map((r) => [r.id, r]));

export type { LintRule, LintOptions, LintContext, LintHit } from './match';
