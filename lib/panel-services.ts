// What the debtor's tools need beyond the CRM tab: the debtor's stored records, the active script
// pack and the reminder alarms. Loaded with those tools (connector.services()), so the database
// stays out of the panel's first render. Never imported by the first-render code itself.
import type { DebtorContext, DebtorFields } from './extract/types';
import {
  acknowledgePromise,
  attemptsSince,
  brokenToFlag,
  contactRulesOf,
  correctDebtor,
  db,
  discardCall,
  getDebtor,
  getDraft,
  getTimeline,
  lastPromise,
  logOverride,
  newSplitKey,
  promisesOf,
  unreviewedOverrides,
  recordsForWeakKey,
  saveCallWithNote,
  saveDraft,
  startCall,
  updateCall,
  upsertDebtor,
  type CallRecord,
  type ContactRuleRecord,
  type DaihouDB,
  type OverrideEvent,
  type DebtorRecord,
  type NoteRecord,
  type PromiseRecord,
  type SaveCallInput,
  type SavedCall,
  type TimelineItem,
} from './db';
import { loadActivePack, onActivePackChanged, type ActivePack } from './packs/active';
import { scheduleReminders } from './reminders';
import type { SavedCallStore } from './live/saved-call';
import { sessionCallStore } from './storage/live-calls';

/** One debtor's stored state, read together. */
export interface DebtorRecords {
  record: DebtorRecord | undefined;
  /** Contact attempts, oldest first (see countsAsAttempt). */
  attempts: CallRecord[];
  lastPromise: PromiseRecord | undefined;
  /** Broken promises the agent has not acknowledged yet. */
  broken: PromiseRecord[];
  /** Stop-contact requests, consent to other hours, instalment plans: oldest first. */
  contactRules: ContactRuleRecord[];
  /** Every promise (instalment plans are read against theirs). */
  promises: PromiseRecord[];
}

export type CallProgress = Partial<Pick<CallRecord, 'scenarios' | 'scriptsUsed' | 'stageReached' | 'checklist' | 'endedAt' | 'crisisProtocol'>>;

/**
 * The panel's reads and writes of its database. The reads are plain Dexie queries, so a view can
 * watch them with useLiveQuery and see writes from anywhere (the background's broken-promise check too).
 */
export interface PanelRecords {
  debtor(key: string): Promise<DebtorRecords>;
  timeline(key: string, limit: number): Promise<TimelineItem[]>;
  /** The records a weak identity may be (IdentityGate). */
  recordsForWeakKey(weakKey: string): Promise<DebtorRecord[]>;
  draft(key: string): Promise<NoteRecord | undefined>;

  /** Keep the page's latest snapshot under the record the panel resolved. */
  keepSnapshot(key: string, page: DebtorContext): Promise<void>;
  correct(key: string, fields: DebtorFields): Promise<void>;
  saveDraft(key: string, text: string): Promise<void>;
  startCall(key: string, contact?: string): Promise<number>;
  /** An override, written to the audit the moment it happens; returns its audit id. */
  logOverride(e: OverrideEvent): Promise<number>;
  /** How many overrides no supervisor has reviewed yet (the panel's badge). */
  unreviewedOverrides(): Promise<number>;
  updateCall(callId: number, progress: CallProgress): Promise<void>;
  discardCall(callId: number): Promise<void>;
  saveCall(input: SaveCallInput): Promise<SavedCall>;
  acknowledgePromise(id: number): Promise<void>;
  newSplitKey(weakKey: string): Promise<string>;
}

export interface PanelServices {
  records: PanelRecords;
  /** The enabled packs merged; onPackChanged fires when the library changes. */
  loadPack(): Promise<ActivePack>;
  onPackChanged(cb: () => void): () => void;
  /** Re-plan the promise alarms (after a promise is saved, its due date's alarm exists at once). */
  scheduleReminders(): Promise<void>;
  /** The live call in progress per tab + debtor, kept while the panel is closed (storage.session). */
  liveCalls: SavedCallStore;
}

/** The panel's records in a database (the product's own, or a test's). */
export function panelRecords(database: DaihouDB = db): PanelRecords {
  return {
    async debtor(key) {
      const [record, attempts, last, broken, contactRules, promises] = await Promise.all([
        getDebtor(key, database),
        attemptsSince(key, 0, database),
        lastPromise(key, database),
        brokenToFlag(key, database),
        contactRulesOf(key, database),
        promisesOf(key, database),
      ]);
      return { record, attempts, lastPromise: last, broken, contactRules, promises };
    },
    timeline: (key, limit) => getTimeline(key, { limit }, database),
    recordsForWeakKey: (weakKey) => recordsForWeakKey(weakKey, database),
    draft: (key) => getDraft(key, database),
    keepSnapshot: async (key, page) => void (await upsertDebtor(page, { key }, database)),
    correct: async (key, fields) => void (await correctDebtor(key, fields, database)),
    saveDraft: (key, text) => saveDraft(key, text, database),
    startCall: (key, contact) => startCall(key, contact ? { contact } : {}, database),
    logOverride: (e) => logOverride(e, database),
    unreviewedOverrides: async () => (await unreviewedOverrides(database)).length,
    updateCall: (callId, progress) => updateCall(callId, progress, database),
    discardCall: async (callId) => void (await discardCall(callId, {}, database)),
    saveCall: (input) => saveCallWithNote(input, database),
    acknowledgePromise: (id) => acknowledgePromise(id, database),
    newSplitKey: (weakKey) => newSplitKey(weakKey, database),
  };
}

/** The extension's own services: its database, its pack library, its alarms. */
export function createBrowserServices(): PanelServices {
  return {
    records: panelRecords(db),
    loadPack: loadActivePack,
    onPackChanged: onActivePackChanged,
    scheduleReminders: () => scheduleReminders(),
    liveCalls: sessionCallStore(),
  };
}
