// What each CRM tab currently shows, kept by the service worker. Mirrored to storage.session
// so a restarted service worker still knows (session storage never reaches the disk).
import { browser } from 'wxt/browser';
import type { DebtorContext } from '../extract/types';
import type { TabContext } from '../messaging';

const KEY = 'tabContexts';
type Store = Record<string, { url: string | null; context: DebtorContext | null }>;

async function load(): Promise<Store> {
  const got = await browser.storage.session.get(KEY);
  return (got[KEY] as Store | undefined) ?? {};
}

export async function setTabContext(tabId: number, url: string | null, context: DebtorContext | null): Promise<void> {
  const store = await load();
  store[String(tabId)] = { url, context };
  await browser.storage.session.set({ [KEY]: store });
}

export async function getTabContext(tabId: number): Promise<TabContext> {
  const entry = (await load())[String(tabId)];
  return { tabId, url: entry?.url ?? null, context: entry?.context ?? null };
}

export async function forgetTab(tabId: number): Promise<void> {
  const store = await load();
  if (!(String(tabId) in store)) return;
  delete store[String(tabId)];
  await browser.storage.session.set({ [KEY]: store });
}
