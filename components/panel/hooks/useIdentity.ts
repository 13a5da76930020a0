// Which stored record the page's debtor is. A strong identity (a number shown in full) is its own
// key. A weak one (only masked numbers) is linked to a record only once the agent has said which
// (IdentityGate), and that choice holds for this panel's life: re-reads of the same page do not ask again.
import { useSyncExternalStore } from 'react';
import { debtorIdentity, type DebtorIdentity } from '@/lib/extract/identity';
import type { DebtorContext } from '@/lib/extract/types';

const chosen = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

/** The agent's answer for a weak identity: the key of the record it is (its own key for a new one). */
export function chooseRecord(weakKey: string, recordKey: string): void {
  chosen.set(weakKey, recordKey);
  version++;
  for (const l of listeners) l();
}

/** Forget the answers (tests). */
export function resetIdentityChoices(): void {
  chosen.clear();
  version++;
  for (const l of listeners) l();
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export type ResolvedIdentity =
  | { status: 'none' }
  | { status: 'resolved'; key: string; identity: DebtorIdentity }
  /** Only masked numbers: the agent must say which record this is before anything is linked. */
  | { status: 'ask'; identity: DebtorIdentity };

export function resolveIdentity(ctx: Pick<DebtorContext, 'origin' | 'fields'> | null | undefined): ResolvedIdentity {
  const identity = ctx ? debtorIdentity(ctx) : null;
  if (!identity) return { status: 'none' };
  if (identity.strong) return { status: 'resolved', key: identity.key, identity };
  const key = chosen.get(identity.key);
  return key ? { status: 'resolved', key, identity } : { status: 'ask', identity };
}

export function useIdentity(ctx: Pick<DebtorContext, 'origin' | 'fields'> | null | undefined): ResolvedIdentity {
  useSyncExternalStore(subscribe, () => version);
  return resolveIdentity(ctx);
}
