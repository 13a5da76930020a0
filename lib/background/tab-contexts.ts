// What each CRM tab currently shows, kept by the service worker. Mirrored to storage.session
// so a restarted service worker still knows (session storage never reaches the disk).
// Loaded entries are checked by shape (a bad one is dropped), never trusted as-is.
import { tabContextsItem } from '@/lib/storage/items';
import type { DebtorContext } from '../extract/types';
import type { TabContext } from '../messaging';

/** The stored shape (key `tabContexts` in storage.session, declared in lib/storage/items.ts). */
export type TabContextStore = Record<string, { url: string | null; context: DebtorContext | null }>;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Keep entries keyed by a tab id whose url is a string or null and whose context is an object or null. */
export function restoreTabContexts(raw: unknown): TabContextStore {
  const out: TabContextStore = {};
  if (!isObject(raw)) return out;
  for (const [tabId, e] of Object.entries(raw)) {
    if (!/^\d+$/.test(tabId) || !isObject(e)) continue;
    const url = typeof e.url === 'string' ? e.url : null;
    const context = isObject(e.context) ? (e.context as unknown as DebtorContext) : null;
    out[tabId] = { url, context };
  }
  return out;
}

async function load(): Promise<TabContextStore> {
  return restoreTabContexts(await tabContextsItem.getValue());
}

export async function setTabContext(tabId: number, url: string | null, context: DebtorContext | null): Promise<void> {
  const store = await load();
  store[String(tabId)] = { url, context };
  await tabContextsItem.setValue(store);
}

export async function getTabContext(tabId: number): Promise<TabContext> {
  const entry = (await load())[String(tabId)];
  return { tabId, url: entry?.url ?? null, context: entry?.context ?? null };
}

export async function forgetTab(tabId: number): Promise<void> {
  const store = await load();
  if (!(String(tabId) in store)) return;
  delete store[String(tabId)];
  await tabContextsItem.setValue(store);
}
