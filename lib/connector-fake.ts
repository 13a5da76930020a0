// A connector without a browser, for component tests and screenshots: a CRM tab driven by hand,
// settings in memory, inserts and copies recorded, and the panel's records in the database handed
// over (fake-indexeddb in tests). Never imported by the panel itself (tests/unit/components checks).
import type { Connector } from './connector';
import type { DaihouDB } from './db';
import type { DebtorContext, FieldName } from './extract/types';
import type { Turn } from './live/turn';
import type { InsertResult, TabContext } from './messaging';
import { memoryCallStore, type SavedCallStore } from './live/saved-call';
import { loadActivePack, type ActivePack } from './packs/active';
import { panelRecords, type PanelRecords, type PanelServices } from './panel-services';
import { defaultSettings, mergeSettings, type SettingKey, type Settings } from './settings';

export interface FakeConnectorOptions {
  /** The debtor the tab shows first (null: a page without one). */
  page?: DebtorContext | null;
  /** The bound tab; null: the panel has no tab. */
  tabId?: number | null;
  settings?: Partial<Settings>;
  /** Keys shown as set by policy. */
  locked?: SettingKey[];
  /** Where the records live; the product's database (fake-indexeddb in tests) when not given. */
  database?: DaihouDB;
  /** Records to replace, e.g. one that rejects to show the error state. */
  records?: Partial<PanelRecords>;
  /** The active pack; the library's (lib/packs/active) when not given. */
  loadPack?: () => Promise<ActivePack>;
  /** What showing a field's source on the page answers (true: shown). */
  highlightResult?: boolean;
  /** What inserting into the CRM answers. */
  insertResult?: InsertResult;
  /** getContext rejects with this until failContext(null). */
  contextError?: Error;
  /** services() rejects with this (the debtor's tools could not load). */
  servicesError?: Error;
  /** The live calls kept while the panel is closed (storage.session); share one to remount a panel. */
  liveCalls?: SavedCallStore & { raw: Map<string, unknown> };
}

export interface FakeConnector extends Connector {
  /** The CRM tab now shows this debtor, or none (as the background's context-changed message says). */
  show(page: DebtorContext | null): void;
  /** The followed tab changes (a panel without `?tabId=`). */
  switchTab(tabId: number | null, page?: DebtorContext | null): void;
  /** The stored settings change (the options page saved). */
  setSettings(patch: Partial<Settings>): void;
  /** The tab's call is heard saying these turns (as the background relays them). */
  hear(turns: Turn[], tabId?: number): void;
  /** Make the next getContext calls reject with this error (null: answer again). */
  failContext(error: Error | null): void;
  inserted: { tabId: number; text: string; target: 'note' | 'focused'; debtor: string }[];
  copied: string[];
  /** Fields whose source was asked to be shown on the page (selector). */
  /** Fields whose element the panel asked to outline on the page. */
  highlighted: FieldName[];
  /** How many times the reminder alarms were re-planned. */
  remindersScheduled: number;
  /** Options page sections the panel opened. */
  optionsOpened: string[];
  /** The live calls kept while the panel is closed, in memory (`raw`: what is stored, by tab|debtor). */
  liveCalls: SavedCallStore & { raw: Map<string, unknown> };
}

const urlOf = (page: DebtorContext | null | undefined) => page?.url ?? 'http://127.0.0.1:5174/';

export function createFakeConnector(options: FakeConnectorOptions = {}): FakeConnector {
  let tabId = options.tabId === undefined ? 7 : options.tabId;
  const contexts = new Map<number, TabContext>();
  const put = (id: number, page: DebtorContext | null) => contexts.set(id, { tabId: id, url: urlOf(page), context: page });
  if (tabId !== null) put(tabId, options.page ?? null);
  let contextError: Error | null = options.contextError ?? null;
  let values: Partial<Settings> = { ...options.settings };
  const settingsWatchers = new Set<() => void>();
  const contextWatchers = new Set<(c: TabContext) => void>();
  const tabWatchers = new Set<(id: number | null) => void>();
  const turnWatchers = new Set<(tabId: number, turns: Turn[]) => void>();
  const effective = async () => mergeSettings(values, Object.fromEntries((options.locked ?? []).map((k) => [k, values[k] ?? defaultSettings[k]])));

  const liveCalls = options.liveCalls ?? memoryCallStore();
  const fake: FakeConnector = {
    liveCalls,
    inserted: [],
    optionsOpened: [],
    copied: [],
    highlighted: [],
    remindersScheduled: 0,
    boundTab: async () => tabId,
    onBoundTabChanged(cb) {
      tabWatchers.add(cb);
      return () => tabWatchers.delete(cb);
    },
    async getContext(id) {
      if (contextError) throw contextError;
      return contexts.get(id) ?? { tabId: id, url: null, context: null };
    },
    onContextChanged(cb) {
      contextWatchers.add(cb);
      return () => contextWatchers.delete(cb);
    },
    onTurns(cb) {
      turnWatchers.add(cb);
      return () => turnWatchers.delete(cb);
    },
    hear(turns, id) {
      const to = id ?? tabId;
      if (to === null) return;
      for (const cb of turnWatchers) cb(to, turns);
    },
    async insertText(id, text, target, debtor) {
      fake.inserted.push({ tabId: id, text, target, debtor });
      return options.insertResult ?? { ok: true, target };
    },
    async highlight(_id, field) {
      fake.highlighted.push(field);
      return options.highlightResult ?? true;
    },
    async copyText(text) {
      fake.copied.push(text);
      return true;
    },
    async openOptions(section) {
      fake.optionsOpened.push(section);
    },
    settings: {
      quick: effective,
      current: effective,
      watch(cb) {
        settingsWatchers.add(cb);
        return () => settingsWatchers.delete(cb);
      },
    },
    services: async (): Promise<PanelServices> => {
      if (options.servicesError) throw options.servicesError;
      return services;
    },
    show(page) {
      if (tabId === null) return;
      put(tabId, page);
      const ctx = contexts.get(tabId)!;
      for (const cb of contextWatchers) cb(ctx);
    },
    switchTab(id, page) {
      tabId = id;
      if (id !== null && page !== undefined) put(id, page);
      for (const cb of tabWatchers) cb(id);
    },
    setSettings(patch) {
      values = { ...values, ...patch };
      for (const cb of settingsWatchers) cb();
    },
    failContext(error) {
      contextError = error;
    },
  };

  const services: PanelServices = {
    records: { ...panelRecords(options.database), ...options.records },
    loadPack: options.loadPack ?? loadActivePack,
    onPackChanged: () => () => {},
    scheduleReminders: async () => {
      fake.remindersScheduled++;
    },
    liveCalls,
  };
  return fake;
}
