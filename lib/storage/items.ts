// Every typed storage item of the extension, with its key, its version and its migrations, in one
// module. A reader of stored data goes through the owner's restore function, never trusts it as-is:
// settings → restoreSettings (lib/storage/settings-shape.ts), policy cache → pickManaged (lib/settings.ts),
// library → restore (lib/packs/library.ts), tab contexts → restoreTabContexts (lib/background/tab-contexts.ts),
// pack-check hours → clamped in lib/packs/subscription.ts, adapters → sanitizeAdapters
// (lib/extract/adapter-store.ts), draft → restoreDraft (components/options/draft.ts), live calls →
// restoreSavedCall (lib/live/saved-call.ts).
// Not here on purpose: the supervisor's private signing key (./signing-key.ts, options signing code only).
// An item without `migrations` has no stored version mark; WXT then treats it as v1. A new shape
// bumps `version` and adds `migrations: { [n]: (previous: unknown) => … }`, whose result is still
// restored on load (a migration is not a validation).
import { storage } from 'wxt/utils/storage';
import type { Draft } from '@/components/options/draft';
import type { TabContextStore } from '@/lib/background/tab-contexts';
import type { SiteAdapter } from '@/lib/extract/adapter-match';
import type { LibraryState } from '@/lib/packs/library';
import type { ListenState } from '@/lib/live/listen-state';
import {
  DEV_LIVE_TRANSCRIPT_KEY,
  LIVE_LISTEN_KEY,
  ANALYTICS_REPORTED_KEY,
  MANAGED_CACHE_KEY,
  PACK_ADAPTERS_KEY,
  PACK_CHECK_HOURS_KEY,
  PACK_EDITOR_DRAFT_KEY,
  PACK_LIBRARY_KEY,
  SETTINGS_KEY,
  SITE_ADAPTERS_KEY,
  TAB_CONTEXTS_KEY,
  PANEL_TABS_KEY,
  LIVE_CALLS_KEY,
} from './keys';
import { SETTINGS_VERSION, type Settings } from './settings-shape';

// ---- storage.local ------------------------------------------------------------------------

/**
 * The keys of Settings this profile changed (sparse; defaults fill the rest). Read only through
 * lib/settings.ts, which repairs it with restoreSettings. `migrations` is declared (empty while v1
 * is the only shape) so a fresh profile's first save stamps the version mark `settings$`, and a
 * later version's migrations run when the item loads.
 */
export const settingsItem = storage.defineItem<Partial<Settings>>(`local:${SETTINGS_KEY}`, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: {},
});

/** The last enterprise-policy values seen: Chromium can take seconds to answer storage.managed. */
export const managedCacheItem = storage.defineItem<Partial<Settings>>(`local:${MANAGED_CACHE_KEY}`, { fallback: {} });

/** Installed packs and subscription status; `schemaVersion` inside is checked by library.ts. */
export const EMPTY_LIBRARY: LibraryState = { schemaVersion: 1, entries: [], subscriptions: {} };
export const packLibraryItem = storage.defineItem<LibraryState>(`local:${PACK_LIBRARY_KEY}`, { fallback: EMPTY_LIBRARY, version: 1 });

/** Hours between pack-subscription checks (1–168, clamped on read; `packCheckHours` in policy wins). */
export const DEFAULT_CHECK_HOURS = 6;
export const packCheckHoursItem = storage.defineItem<number>(`local:${PACK_CHECK_HOURS_KEY}`, { fallback: DEFAULT_CHECK_HOURS });

/** The pack editor's working copy (options page). */
export const packEditorDraftItem = storage.defineItem<Draft | null>(`local:${PACK_EDITOR_DRAFT_KEY}`, { fallback: null, version: 1 });

/**
 * Site adapters. The content script reads both keys with plain browser.storage through
 * lib/extract/adapter-store.ts (no storage wrapper there, to stay under its size budget); these
 * items are for extension pages and the background.
 */
export const siteAdaptersItem = storage.defineItem<SiteAdapter[]>(`local:${SITE_ADAPTERS_KEY}`, { fallback: [] });
export const packSiteAdaptersItem = storage.defineItem<SiteAdapter[]>(`local:${PACK_ADAPTERS_KEY}`, { fallback: [] });

// ---- storage.session --------------------------------------------------------------------------

/** What each CRM tab shows, mirrored by the service worker so a restart still knows. */
export const tabContextsItem = storage.defineItem<TabContextStore>(`session:${TAB_CONTEXTS_KEY}`, { fallback: {} });
/** The tabs a panel has shown: they get the live-transcript detector (lib/background/panel-tabs.ts). */
export const panelTabsItem = storage.defineItem<unknown>(`session:${PANEL_TABS_KEY}`, { fallback: [] });

// ---- Live call audio (issue #18; docs/live-audio.md) ----
/** Which tab is listened to: restored by the background through the bg:listen-state schema (lib/background/live-listen.ts). */
export const liveListenItem = storage.defineItem<ListenState | null>(`session:${LIVE_LISTEN_KEY}`, { fallback: null });
/** Demo/dev builds only (the release never reads it): the test engine's transcript, checked by parseTestTranscript. */
export const devLiveTranscriptItem = storage.defineItem<unknown>(`local:${DEV_LIVE_TRANSCRIPT_KEY}`, { fallback: null });
// ---- outcome analytics ----------------------------------------------------------------------

/** The last day posted to the policy's reportingEndpoint ('' = none yet); checked with isISODay on read. */
export const analyticsReportedItem = storage.defineItem<string>(`local:${ANALYTICS_REPORTED_KEY}`, { fallback: '' });
/**
 * The live call in progress, per `tabId|debtorKey` (lib/live/saved-call), so closing the panel does
 * not lose it; personal data, hence session storage only. Read through restoreSavedCall (each entry
 * validated as hostile input, stale ones dropped), written by lib/storage/live-calls.ts.
 */
export const liveCallsItem = storage.defineItem<Record<string, unknown>>(`session:${LIVE_CALLS_KEY}`, { fallback: {}, version: 1, migrations: {} });
