// Who a CRM page is about, as a database key that never merges two people. A number shown in
// full (case, loan, card or contract number) identifies one debtor; a masked one
// ("6225 **** **** 8812") is shared by many cards and never keys a record alone: it is combined
// with everything else the page shows, and the panel asks the agent before such a key is linked
// to a record that already exists. Only values read with certainty take part.
import { isSure } from './confidence';
import type { DebtorContext, FieldName } from './types';

/** A mask character or a run of X: the number is not shown in full. */
const MASK_RE = /[*＊•●×]|[xX]{2,}/;

export function isMasked(value: string): boolean {
  return MASK_RE.test(value);
}

export interface DebtorIdentity {
  /** The database key: `origin|number` when strong, `origin|~account|name|case` when weak. */
  key: string;
  /** True when an unmasked number identifies the debtor; weak keys need the agent's confirmation to link. */
  strong: boolean;
  /** The fields the key was made of. */
  basis: FieldName[];
}

/** Marks a weak key (kept apart from any number, which never starts with "~"). */
export const WEAK_PREFIX = '~';

function sureText(ctx: Pick<DebtorContext, 'fields'>, field: FieldName): string | null {
  const f = ctx.fields[field];
  if (!f || !isSure(f)) return null;
  const v = String(f.value ?? '').trim();
  return v ? v : null;
}

/**
 * The identity of the debtor on a page, or null when nothing on it is sure enough to name one.
 * Strong: an unmasked account (card / loan) number, else an unmasked case number: the same key
 * as before masked keys were refused, so such records need no migration.
 */
export function debtorIdentity(ctx: Pick<DebtorContext, 'origin' | 'fields'>): DebtorIdentity | null {
  const account = sureText(ctx, 'accountId');
  const caseId = sureText(ctx, 'caseId');
  if (account && !isMasked(account)) return { key: `${ctx.origin}|${account}`, strong: true, basis: ['accountId'] };
  if (caseId && !isMasked(caseId)) return { key: `${ctx.origin}|${caseId}`, strong: true, basis: ['caseId'] };
  const name = sureText(ctx, 'name');
  if (!account && !name && !caseId) return null;
  const basis = (['accountId', 'name', 'caseId'] as const).filter((f) => sureText(ctx, f));
  return { key: `${ctx.origin}|${WEAK_PREFIX}${account ?? ''}|${name ?? ''}|${caseId ?? ''}`, strong: false, basis };
}
