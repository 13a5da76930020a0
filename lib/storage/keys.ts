// Every key this extension keeps in browser storage, bare (no area prefix), in one list.
// No imports and nothing else here: the content script imports this file and must stay small.
// The typed items for these keys are in ./items.ts; the private signing key's item (key
// `packSigningKey`) is declared alone in ./signing-key.ts on purpose.

// ---- storage.local ----
export const SETTINGS_KEY = 'settings';
export const MANAGED_CACHE_KEY = 'managedCache';
export const PACK_LIBRARY_KEY = 'packLibrary';
export const PACK_CHECK_HOURS_KEY = 'packCheckHours';
export const PACK_EDITOR_DRAFT_KEY = 'packEditorDraft';
/** The supervisor's own site adapters (options page writes, content script reads). */
export const SITE_ADAPTERS_KEY = 'siteAdapters';
/** Adapters carried by the enabled script packs (the background writes, content script reads). */
export const PACK_ADAPTERS_KEY = 'packSiteAdapters';
/** Demo/dev builds only: the scripted speech engine's transcript (E2E, benchmarks; docs/live-audio.md). */
export const DEV_LIVE_TRANSCRIPT_KEY = 'devLiveTranscript';

// ---- storage.session (never reaches the disk) ----
export const TAB_CONTEXTS_KEY = 'tabContexts';
/** storage.session: the CRM tabs a panel has shown (lib/background/panel-tabs.ts). */
export const PANEL_TABS_KEY = 'panelTabs';
/** Which tab's call audio is being listened to (the service worker sleeps while the offscreen document listens). */
export const LIVE_LISTEN_KEY = 'liveListen';

// ---- storage.local: outcome analytics (lib/analytics/reporting.ts) ----
/** The last day whose roll-up was posted to the reporting endpoint (YYYY-MM-DD). */
export const ANALYTICS_REPORTED_KEY = 'analyticsReported';
/** The live call in progress per CRM tab + debtor (lib/live/saved-call): survives the panel closing. */
export const LIVE_CALLS_KEY = 'liveCalls';
