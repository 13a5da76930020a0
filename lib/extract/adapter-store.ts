// Where site adapters are kept: storage.local keys the options page and the packs write, read in
// a CRM tab by the adapter rules (entrypoints/site-rules.ts); the content script only asks whether
// any are stored (`adaptersStored`, `onAdaptersStored`: the rest of this module stays out of it). Plain browser.storage (no storage wrapper) to keep the content script small.
// Stored data is validated on load: a bad entry is dropped, never trusted as-is.
import { browser } from 'wxt/browser';
import { PACK_ADAPTERS_KEY, SITE_ADAPTERS_KEY } from '@/lib/storage/keys';
import { isSiteAdapter, type SiteAdapter } from './adapter-match';

/** The supervisor's own adapters win over a pack's with the same id. */
function combine(own: SiteAdapter[], fromPacks: SiteAdapter[]): SiteAdapter[] {
  const ids = new Set(own.map((a) => a.id));
  return [...own, ...fromPacks.filter((a) => !ids.has(a.id))];
}

/** Keep only entries of an adapter's shape. */
export function sanitizeAdapters(raw: unknown): SiteAdapter[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isSiteAdapter);
}

export async function loadSiteAdapters(): Promise<SiteAdapter[]> {
  try {
    const got = await browser.storage.local.get([SITE_ADAPTERS_KEY, PACK_ADAPTERS_KEY]);
    return combine(sanitizeAdapters(got[SITE_ADAPTERS_KEY]), sanitizeAdapters(got[PACK_ADAPTERS_KEY]));
  } catch {
    return [];
  }
}

export async function saveSiteAdapters(adapters: SiteAdapter[]): Promise<void> {
  await browser.storage.local.set({ [SITE_ADAPTERS_KEY]: sanitizeAdapters(adapters) });
}

/** Call `cb` whenever the stored adapters change; returns the unwatch function. */
export function watchSiteAdapters(cb: (adapters: SiteAdapter[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && (SITE_ADAPTERS_KEY in changes || PACK_ADAPTERS_KEY in changes)) void loadSiteAdapters().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const ADAPTER_KEYS = [SITE_ADAPTERS_KEY, PACK_ADAPTERS_KEY];
const anyListed = (values: unknown[]) => values.some((v) => Array.isArray(v) && v.length > 0);

/** Whether any site adapter is stored (the supervisor's own or a pack's); false when storage cannot be read. */
export async function adaptersStored(): Promise<boolean> {
  try {
    return anyListed(Object.values(await browser.storage.local.get(ADAPTER_KEYS)));
  } catch {
    return false;
  }
}

/** Calls `cb` when adapters are stored where there were none before it was called (a later change is the rules' own); returns the unwatch function. */
export function onAdaptersStored(cb: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && anyListed(ADAPTER_KEYS.map((k) => changes[k]?.newValue))) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
