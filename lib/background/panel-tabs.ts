// The CRM tabs a panel has shown in this browser session. The live transcript is relayed to an
// open panel only, so its detector (entrypoints/panel-tab.ts) is injected into these
// tabs only: at once when a panel asks for a tab's debtor, and on each page the tab loads after
// that (its content script asks: 'page:load-panel-tab'). Kept in storage.session (never on disk),
// so a restarted service worker still knows; read back as a list of tab ids, anything else dropped.
import { panelTabsItem } from '@/lib/storage/items';

async function load(): Promise<number[]> {
  const raw = await panelTabsItem.getValue();
  return Array.isArray(raw) ? raw.filter((t): t is number => Number.isInteger(t) && t >= 0) : [];
}

/** A panel showed this tab. False when it already had. */
export async function markPanelTab(tabId: number): Promise<boolean> {
  const tabs = await load();
  if (tabs.includes(tabId)) return false;
  await panelTabsItem.setValue([...tabs, tabId]);
  return true;
}

export async function isPanelTab(tabId: number): Promise<boolean> {
  return (await load()).includes(tabId);
}

export async function forgetPanelTab(tabId: number): Promise<void> {
  const tabs = await load();
  if (tabs.includes(tabId)) await panelTabsItem.setValue(tabs.filter((t) => t !== tabId));
}
