// After an install or update, CRM tabs that are already open have no content script, or one cut
// off from the extension (its messages go nowhere): run the current one in each, so the agent
// need not reload the CRM. Only tabs on the content script's own origins, only the top frame.
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './crm-origins';

/** The manifest's content-script origins (the demo CRM in a demo build) and `extra` (granted CRM origins). */
export function crmPatterns(extra: string[]): string[] {
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  return [...new Set([...declared, ...extra])];
}

/** Run the content script again in every open tab on these origins; returns the tab ids it ran in. */
export async function reinjectContentScripts(patterns: string[]): Promise<number[]> {
  if (!patterns.length) return [];
  const tabs = await browser.tabs.query({ url: patterns });
  const done: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${CONTENT_SCRIPT_FILE}`] });
      done.push(tab.id);
    } catch {
      // An error page or a host permission since withdrawn: the panel tells the agent to reload.
    }
  }
  return done;
}
