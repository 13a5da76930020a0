// Service worker: opens the panel, keeps each CRM tab's debtor, binds one panel per CRM tab,
// registers the content script on CRM origins added at run time, and runs it again in open CRM
// tabs after an install or update.
import { browser } from 'wxt/browser';
import { forgetTab, getTabContext, setTabContext } from '@/lib/background/tab-contexts';
import { syncCrmContentScripts } from '@/lib/background/crm-origins';
import { crmPatterns, reinjectContentScripts } from '@/lib/background/reinject';
import { injectDetailReader, injectLabelFold, injectPanelTab, injectSiteRules, loadPageScript } from '@/lib/background/page-scripts';
import { forgetPanelTab, isPanelTab, markPanelTab } from '@/lib/background/panel-tabs';
import { onMessages, sendMessage } from '@/lib/messaging';
import { parseMessage } from '@/lib/messaging-check';
import { registerPackSubscriptions } from '@/lib/packs/subscription';
import { loadActivePack, onActivePackChanged } from '@/lib/packs/active';
import { registerReminders } from '@/lib/reminders';
import { forgetListenTab, registerLiveListen } from '@/lib/background/live-listen';
import { registerReporting } from '@/lib/analytics/reporting';
import { getSettings, settingsItem } from '@/lib/settings';
import { watchManaged } from '@/lib/storage/managed';
import { packSiteAdaptersItem } from '@/lib/storage/items';

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel' || !tab?.id) return;
    void browser.sidePanel.open({ tabId: tab.id }).catch(() => {});
  });

  onMessages({
    'page:context': async ({ context }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return null;
      const url = sender.tab?.url ?? context?.url ?? null;
      await setTabContext(tabId, url, context);
      // One panel per CRM tab: this tab's panel is bound to it.
      await browser.sidePanel
        ?.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true })
        .catch(() => {});
      await sendMessage('bg:context-changed', { tabId, url, context }).catch(() => {
        /* no panel open */
      });
      return null;
    },
    'panel:get-context': async ({ tabId }) => {
      // A panel shows this tab: its live transcript may now go somewhere, so its page gets the
      // transcript detector (once; later pages in the tab ask for it themselves).
      if (await markPanelTab(tabId)) void injectPanelTab(tabId).catch(() => {});
      return getTabContext(tabId);
    },
    // The workbench's live transcript: relayed to that tab's panel as heard, never stored here.
    'page:turns': async ({ turns }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !turns.length) return null;
      await sendMessage('bg:turns', { tabId, turns }).catch(() => {
        /* no panel open */
      });
      return null;
    },
    // The page may show a live transcript: its reader is injected into that tab only now.
    'page:load-reader': (_data, sender) => loadPageScript(sender),
    // No label on the page names the debtor: the title reader is injected into that tab only now.
    'page:load-detail-reader': (_data, sender) => loadPageScript(sender, injectDetailReader),
    // Site adapters are stored: their rules are injected into the CRM tab that asks.
    'page:load-site-rules': (_data, sender) => loadPageScript(sender, injectSiteRules),
    // A page written in Traditional Chinese: its labels are read through the fold.
    'page:load-label-fold': (_data, sender) => loadPageScript(sender, injectLabelFold),
    // The transcript detector, for a tab a panel has shown (lib/background/panel-tabs.ts).
    'page:load-panel-tab': async (_data, sender) => sender.tab?.id !== undefined && (await isPanelTab(sender.tab.id)) && loadPageScript(sender, injectPanelTab),
  }, parseMessage);

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).then(() => forgetPanelTab(tabId)));
  // Live call audio (issue #18): listen/stop for a tab, the offscreen document's turns relayed as bg:turns.
  registerLiveListen();
  browser.tabs.onRemoved.addListener((tabId) => void forgetListenTab(tabId));

  // Promise-to-pay reminders (alarms + notifications) and script-pack subscriptions.
  registerReminders();
  registerPackSubscriptions();
  // Outcome roll-ups posted daily to the policy's reportingEndpoint, if any (nothing sent without it).
  registerReporting();
  // Site adapters that travel inside enabled packs reach the content script through storage.
  const publishPackAdapters = () =>
    void loadActivePack()
      .then(({ pack }) => packSiteAdaptersItem.setValue(pack.siteAdapters))
      .catch(() => {});
  // Stored copies persist: publish when the library changes or the extension is installed/updated,
  // not on every service-worker wake (that would re-read and re-validate the packs each time).
  browser.runtime.onInstalled.addListener(publishPackAdapters);
  onActivePackChanged(publishPackAdapters);

  const syncOrigins = async (): Promise<string[]> => {
    const { values } = await getSettings();
    return syncCrmContentScripts(values.crmOrigins).catch(() => []);
  };
  void syncOrigins();
  // An update cuts the open CRM tabs' content scripts off (and drops registered ones): register
  // again, then run the new content script in those tabs so they keep working without a reload.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update')
      void syncOrigins()
        .then((granted) => reinjectContentScripts(crmPatterns(granted)))
        .catch(() => {});
  });
  settingsItem.watch(() => void syncOrigins());
  browser.permissions.onAdded.addListener(() => void syncOrigins());
  watchManaged(() => void syncOrigins());
});
