// A compliance rule id as the supervisor reads it (call rules and wording rules); unknown ids as-is.
import { CALL_RULES, LINT_RULES } from '@/lib/compliance';
import type { Locale } from '@/lib/i18n';

const TITLES = new Map([...CALL_RULES, ...LINT_RULES].map((r) => [r.id as string, r.title]));

export function ruleTitle(id: string, locale: Locale): string {
  return TITLES.get(id)?.[locale] ?? id;
}
