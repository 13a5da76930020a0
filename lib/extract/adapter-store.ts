// Where site adapters are kept: one storage.local key the options page writes and the content
// script reads. Plain browser.storage (no storage wrapper) to keep the content script small.
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
