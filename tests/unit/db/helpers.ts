// Builders for database tests: a fresh database per test and debtor contexts as the CRM gives them.
import { afterEach } from 'vitest';
import { DaihouDB } from '@/lib/db';
import { debtorIdentity } from '@/lib/extract/identity';
import type { DebtorContext } from '@/lib/extract/types';

const opened: DaihouDB[] = [];
let n = 0;

export function freshDb(): DaihouDB {
  const database = new DaihouDB(`test-${Date.now()}-${n++}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete().catch(() => {});
  }
});

export const ORIGIN = 'http://127.0.0.1:5174';

export function ctx(name: string, accountRaw: string, extra: Partial<DebtorContext['fields']> = {}): DebtorContext {
  const f = (value: string | number, raw = String(value)) => ({ value, raw, confidence: 0.9, source: { method: 'dl' as const } });
  return {
    url: `${ORIGIN}/case.html#${encodeURIComponent(accountRaw)}`,
    origin: ORIGIN,
    extractedAt: 1_700_000_000_000,
    fields: { name: f(name), accountId: f(accountRaw), phone: f('138****5521'), currency: f('CNY'), ...extra },
  };
}

/** The record key of ctx(name, accountRaw): a masked account alone never keys a record, so the name takes part. */
export const key = (accountRaw: string, name = '张伟') => debtorIdentity(ctx(name, accountRaw))!.key;

export const DAY = 86_400_000;
