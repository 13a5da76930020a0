// A live call that survives the side panel closing (a mis-click, Chrome reloading the panel): the
// call's state, kept per CRM tab + debtor in browser.storage.session (memory only, gone when the
// browser closes; item `liveCalls`, lib/storage/items.ts), written a moment after each change and
// restored when the panel reopens on the same tab showing the same debtor. Stored data is read as
// hostile input: anything malformed, from another tab or debtor, or older than SAVED_CALL_TTL_MS is
// dropped, and the panel starts fresh.
import { STAGES, type StageId } from '../call/stages';
import type { CallSession, UsedScript } from '../call/session';
import type { Finding } from '../compliance';
import { isTurn, type Turn } from './turn';

export const SAVED_CALL_VERSION = 1;
/** A call kept longer than this is no longer "in progress": dropped, not restored. */
export const SAVED_CALL_TTL_MS = 2 * 60 * 60 * 1000;
/** How long after the last change the call is written. */
export const SAVE_DEBOUNCE_MS = 400;
/** Most turns kept (the newest; a long call has a few hundred): storage.session holds 10 MB for every tab. */
export const MAX_SAVED_TURNS = 500;

/** A finding the agent's words raised on the call (components/panel/hooks/useAgentTurns). */
export interface SavedFinding extends Finding {
  words: string;
  at: number;
}

/** What the wrap-up form holds before it is saved (the note itself is the database's draft). */
export interface WrapUpDraftState {
  outcome: string;
  promise: { amount: string; date: string; method: string };
  evidence: { demand: boolean; recordingRef: string; acknowledged: boolean; stopContact: boolean; consent: boolean; consentStart: string; consentEnd: string };
  plan: { count: string; amount: string; first: string };
  callbackText: string;
  prefilled: string | null;
}

export interface SavedCall {
  v: typeof SAVED_CALL_VERSION;
  tabId: number;
  debtorKey: string;
  savedAt: number;
  /** The call's record in the database (made by "start call"); null if that write had not returned. */
  callId: number | null;
  session: CallSession;
  live: { turns: Turn[]; agentHeardAt: number; findings: SavedFinding[]; dismissed: number; typed: string[] };
  /** The words the cards follow (heard on the call) and the utterance box. */
  cards: { heard: string | null; utterance: string };
  wrapUp: WrapUpDraftState | null;
  /** The agent's reason to call despite the compliance guard (already in the audit), and whether
   *  the audit write succeeded: the saved call carries both. */
  override: { reason: string; audited: boolean } | null;
}

export const savedCallKey = (tabId: number, debtorKey: string) => `${tabId}|${debtorKey}`;

/** Where saved calls live: storage.session in the extension (lib/storage/live-calls), memory in tests. */
export interface SavedCallStore {
  load(key: string): Promise<unknown>;
  save(key: string, call: SavedCall): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A store in memory (the fake connector's); `raw` lets a test put anything in it. */
export function memoryCallStore(): SavedCallStore & { raw: Map<string, unknown> } {
  const raw = new Map<string, unknown>();
  return {
    raw,
    load: async (key) => structuredClone(raw.get(key)),
    save: async (key, call) => void raw.set(key, structuredClone(call)),
    remove: async (key) => void raw.delete(key),
  };
}

// ---- validation: every field checked, nothing trusted ------------------------------------------

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 2_000): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTime = (v: unknown): v is number => isNum(v) && v >= 0;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const strOrNull = (v: unknown, max = 2_000): v is string | null => v === null || isStr(v, max);
const isList = <T>(v: unknown, max: number, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function isRecordOf<T>(v: unknown, max: number, value: (x: unknown) => x is T): v is Record<string, T> {
  if (!isObj(v)) return false;
  const keys = Object.keys(v);
  return keys.length <= max && keys.every((k) => k.length <= 200 && !FORBIDDEN_KEYS.has(k) && value(v[k]));
}
const isStage = (v: unknown): v is StageId => (STAGES as readonly unknown[]).includes(v);
const isId = (v: unknown): v is string => isStr(v, 200);
const isLocalized = (v: unknown): boolean =>
  isObj(v) && isStr(v['zh-CN']) && Object.keys(v).every((k) => ['zh-CN', 'zh-TW', 'en'].includes(k) && isStr(v[k]));

function isUsedScript(v: unknown): v is UsedScript {
  return isObj(v) && isId(v.scriptId) && (v.scenarioId === null || isId(v.scenarioId)) && (v.packId === undefined || isId(v.packId)) && isTime(v.at);
}

function isCrisis(v: unknown): boolean {
  return v === null || (isObj(v) && isTime(v.shownAt) && isBool(v.active) && (v.dismissedAt === undefined || isTime(v.dismissedAt)));
}

function isSession(v: unknown): v is CallSession {
  return (
    isObj(v) &&
    (v.status === 'active' || v.status === 'ended') &&
    isTime(v.startedAt) &&
    (v.endedAt === null || isTime(v.endedAt)) &&
    isStage(v.stage) &&
    isStage(v.reached) &&
    isRecordOf(v.checked, 200, isBool) &&
    isList(v.scenarios, 500, isId) &&
    strOrNull(v.situation, 200) &&
    isList(v.scriptsUsed, 2_000, isUsedScript) &&
    strOrNull(v.persona, 200) &&
    isBool(v.thirdParty) &&
    isId(v.contact) &&
    isCrisis(v.crisis) &&
    isRecordOf(v.heard, 200, (x): x is string => isStr(x))
  );
}

function isFinding(v: unknown): v is SavedFinding {
  return (
    isObj(v) &&
    isId(v.ruleId) &&
    (v.severity === 'block' || v.severity === 'warn') &&
    isLocalized(v.message) &&
    isObj(v.source) && ['regulation', 'bank-policy', 'training'].includes(v.source.kind as string) && isStr(v.source.citation, 500) && Object.keys(v.source).length === 2 &&
    (v.suggestion === undefined || isLocalized(v.suggestion)) &&
    (v.span === undefined || (isObj(v.span) && isNum(v.span.start) && isNum(v.span.end) && v.span.start >= 0 && v.span.end >= v.span.start)) &&
    (v.tacticId === undefined || isId(v.tacticId)) &&
    (v.learned === undefined || isNum(v.learned)) &&
    isStr(v.words) &&
    isTime(v.at)
  );
}

function isLive(v: unknown): v is SavedCall['live'] {
  return (
    isObj(v) &&
    isList(v.turns, MAX_SAVED_TURNS, isTurn) &&
    isTime(v.agentHeardAt) &&
    isList(v.findings, 500, isFinding) &&
    Number.isInteger(v.dismissed) && (v.dismissed as number) >= 0 && (v.dismissed as number) <= v.findings.length &&
    isList(v.typed, 500, (x): x is string => isStr(x))
  );
}

const isCards = (v: unknown): v is SavedCall['cards'] => isObj(v) && strOrNull(v.heard) && isStr(v.utterance);
const allStrings = (v: unknown, keys: string[]) => isObj(v) && keys.every((k) => isStr(v[k], 500));

function isWrapUp(v: unknown): v is WrapUpDraftState | null {
  if (v === null) return true;
  if (!isObj(v) || !isStr(v.outcome, 40) || !isStr(v.callbackText, 40) || !strOrNull(v.prefilled)) return false;
  const e = v.evidence;
  return (
    allStrings(v.promise, ['amount', 'date', 'method']) &&
    allStrings(v.plan, ['count', 'amount', 'first']) &&
    isObj(e) && ['demand', 'acknowledged', 'stopContact', 'consent'].every((k) => isBool(e[k])) && allStrings(e, ['recordingRef', 'consentStart', 'consentEnd'])
  );
}

/**
 * The call stored for this tab and debtor, if it is one: a call in progress (active or ended, not yet
 * saved), of the same tab and debtor, kept less than SAVED_CALL_TTL_MS ago, every field well-formed.
 * Anything else → null (the panel starts fresh).
 */
export function restoreSavedCall(raw: unknown, where: { tabId: number; debtorKey: string; now: number }): SavedCall | null {
  if (!isObj(raw) || raw.v !== SAVED_CALL_VERSION) return null;
  if (raw.tabId !== where.tabId || raw.debtorKey !== where.debtorKey) return null;
  if (!isTime(raw.savedAt) || where.now - raw.savedAt > SAVED_CALL_TTL_MS || raw.savedAt - where.now > 60_000) return null;
  if (!(raw.callId === null || (Number.isInteger(raw.callId) && (raw.callId as number) > 0))) return null;
  if (!isSession(raw.session) || !isLive(raw.live) || !isCards(raw.cards) || !isWrapUp(raw.wrapUp)) return null;
  if (!(raw.override === null || (isObj(raw.override) && isStr(raw.override.reason, 2_000) && isBool(raw.override.audited)))) return null;
  return raw as unknown as SavedCall;
}

/** A store's entries, stale or malformed ones dropped (kept at each write, so nothing piles up). */
export function prunedCalls(store: unknown, now: number): Record<string, unknown> {
  if (!isObj(store)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(store)) {
    if (FORBIDDEN_KEYS.has(k) || !isObj(v) || !isTime(v.savedAt) || now - v.savedAt > SAVED_CALL_TTL_MS) continue;
    out[k] = v;
  }
  return out;
}
