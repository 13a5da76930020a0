// The installed-packs library (default, imported, subscribed) in storage.local under one
// versioned key. Every install validates and checks trust first, then writes once: a refused
// pack never leaves a partial library behind.
import { auditChange } from '@/lib/audit-trail';
import { getSettings } from '@/lib/settings';
import { EMPTY_LIBRARY, packLibraryItem } from '@/lib/storage/items';
import { loadDefaultPack } from './load-default';
import type { Pack } from './schema';
import { parseUntrustedJson } from './sanitize';
import { asEnvelope, isEnvelope, SigningError, verifyEnvelope } from './signing';
import { checkAgainstPacks, validatePack, type PackError } from './validate';
import { compareVersions } from './version';
import { formatMessage } from '../i18n/format';
import type { Locale, Localized } from '../i18n/locale';

export type PackSource = 'default' | 'import' | 'subscription';
export type Verification = 'signed' | 'unverified' | 'builtin';

export interface SubscriptionStatus {
  url: string;
  etag?: string;
  lastModified?: string;
  /** Set when the URL served a lower version than the installed one: installed only if a supervisor confirms. */
  rollback?: { offered: string; installed: string };
  /** Epoch ms of the last fetch that installed or confirmed (304) a good version. */
  lastSuccessAt?: number;
  lastCheckedAt?: number;
  /** The last failure, in the UI language of the moment it happened; cleared on success. */
  lastError?: { at: number; code: string; path: string; message: string };
  packId?: string;
}

export interface StoredEntry {
  id: string;
  source: PackSource;
  enabled: boolean;
  order: number;
  verified: Verification;
  signerKeyId?: string;
  /** Absent for the default pack: it ships with the extension and updates with it. */
  pack?: Pack;
  installedAt: number;
  subscriptionUrl?: string;
}

/** The stored shape (key `packLibrary`, declared in lib/storage/items.ts). */
export interface LibraryState {
  schemaVersion: 1;
  entries: StoredEntry[];
  subscriptions: Record<string, SubscriptionStatus>;
}

export interface InstalledPack extends Omit<StoredEntry, 'pack'> {
  pack: Pack;
  subscription?: SubscriptionStatus;
}

export interface Library {
  /** Lowest precedence first (the order packs are merged in). */
  packs: InstalledPack[];
  subscriptions: SubscriptionStatus[];
  /** Set when the bundled default pack could not be loaded. */
  defaultError?: string;
}

export const MAX_INSTALLED_PACKS = 50;
const DEFAULT_KEY = '@default';


// ---- default pack ----------------------------------------------------------------------------

let defaultLoader: () => Promise<Pack> = loadDefaultPack;
let defaultCache: Promise<Pack> | null = null;

/** Tests and the CLI replace the bundled-pack loader (the extension fetches public/packs/default.json). */
export function setDefaultPackLoader(loader: () => Promise<Pack>): void {
  defaultLoader = loader;
  defaultCache = null;
}

export function getDefaultPack(): Promise<Pack> {
  defaultCache ??= defaultLoader().catch((e: unknown) => {
    defaultCache = null;
    throw e;
  });
  return defaultCache;
}

// ---- state ---------------------------------------------------------------------------------

/** Stored data is upgraded and checked when loaded, never trusted as-is. */
function restore(raw: unknown): LibraryState {
  const r = raw as Partial<LibraryState> | null;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1) return { ...EMPTY_LIBRARY, entries: [], subscriptions: {} };
  const entries = Array.isArray(r.entries)
    ? r.entries.filter(
        (e): e is StoredEntry =>
          !!e && typeof e.id === 'string' && ['default', 'import', 'subscription'].includes(e.source) && (e.source === 'default' || !!e.pack),
      )
    : [];
  const subscriptions = r.subscriptions && typeof r.subscriptions === 'object' ? r.subscriptions : {};
  return { schemaVersion: 1, entries, subscriptions };
}

function withDefault(state: LibraryState): LibraryState {
  if (state.entries.some((e) => e.source === 'default')) return state;
  const entry: StoredEntry = { id: DEFAULT_KEY, source: 'default', enabled: true, order: -1, verified: 'builtin', installedAt: 0 };
  return { ...state, entries: [entry, ...state.entries] };
}

function renumber(entries: StoredEntry[]): StoredEntry[] {
  return [...entries].sort((a, b) => a.order - b.order).map((e, i) => ({ ...e, order: i }));
}

async function readState(): Promise<LibraryState> {
  return withDefault(restore(await packLibraryItem.getValue()));
}

let chain: Promise<unknown> = Promise.resolve();
/** Serialize read-modify-write across this page and (via Web Locks) other extension pages. */
function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = () => (locks?.request ? (locks.request('daihou-pack-library', fn) as Promise<T>) : fn());
  const next = chain.then(run, run);
  chain = next.catch(() => {});
  return next;
}

async function mutate<T>(fn: (state: LibraryState) => { state: LibraryState; result: T } | Promise<{ state: LibraryState; result: T }>): Promise<T> {
  return withLock(async () => {
    const current = await readState();
    const { state, result } = await fn(current);
    // Returning the state unchanged (a refusal, a no-op) writes nothing.
    if (state !== current) await packLibraryItem.setValue({ ...state, entries: renumber(state.entries) });
    return result;
  });
}

export async function getLibrary(): Promise<Library> {
  const state = await readState();
  let defaultPack: Pack | null = null;
  let defaultError: string | undefined;
  try {
    defaultPack = await getDefaultPack();
  } catch (e) {
    defaultError = e instanceof Error ? e.message : String(e);
  }
  const packs: InstalledPack[] = [];
  for (const e of renumber(state.entries)) {
    const pack = e.source === 'default' ? defaultPack : e.pack;
    if (!pack) continue;
    const subscription = e.subscriptionUrl ? state.subscriptions[e.subscriptionUrl] : undefined;
    packs.push({ ...e, id: e.source === 'default' ? pack.id : e.id, pack, ...(subscription ? { subscription } : {}) });
  }
  return { packs, subscriptions: Object.values(state.subscriptions), ...(defaultError ? { defaultError } : {}) };
}

export function watchLibrary(cb: () => void): () => void {
  return packLibraryItem.watch(() => cb());
}

const findEntry = (state: LibraryState, id: string, defaultId: string | null) =>
  state.entries.find((e) => (e.source === 'default' ? id === DEFAULT_KEY || id === defaultId : e.id === id));

/** The bundled pack, whose prohibitions every other pack is held to (empty if it cannot load). */
async function defaultPackList(): Promise<Pack[]> {
  return getDefaultPack().then(
    (p) => [p],
    () => [],
  );
}

/**
 * What a pack joining this library may not do given the packs already there: use or re-rate a
 * technique the default pack or another installed pack prohibits. The pack it replaces (`replaces`)
 * does not count.
 */
function joinErrors(state: LibraryState, pack: Pack, base: readonly Pack[], replaces: (e: StoredEntry) => boolean, locale: Locale): PackError[] {
  const others = state.entries.filter((e) => e.pack && !replaces(e)).map((e) => e.pack!);
  return checkAgainstPacks(pack, [...base, ...others], locale);
}

async function defaultIdOrNull(): Promise<string | null> {
  return getDefaultPack().then(
    (p) => p.id,
    () => null,
  );
}

// ---- install -------------------------------------------------------------------------------

const fail = (errors: PackError[]) => ({ ok: false as const, errors });
export type InstallResult = { ok: true; id: string; replaced: boolean; verified: Verification } | { ok: false; errors: PackError[] };
export type ImportResult =
  | InstallResult
  | { ok: false; needsConfirmation: true; errors: PackError[]; packId: string };

export interface ImportOptions {
  locale?: Locale;
  /** The user explicitly confirmed installing a pack that is not signed by a trusted key. */
  confirmUnverified?: boolean;
  /** Defaults to the effective settings (local or policy). */
  trustedKeys?: readonly string[];
  /** Only trusted-signed packs may be installed; defaults to the effective `requireSignedPacks`. */
  requireSigned?: boolean;
  now?: number;
}

/** Parse + verify + validate a pack file (plain pack or signed envelope). Writes nothing. */
export async function checkPackText(
  text: string,
  opts: { locale?: Locale; trustedKeys: readonly string[]; requireSignature: boolean; prohibitedBy?: readonly Pack[] },
): Promise<{ ok: true; pack: Pack; verified: 'signed' | 'unverified'; keyId?: string; trustIssue?: PackError } | { ok: false; errors: PackError[] }> {
  const locale = opts.locale ?? 'zh-CN';
  const parsed = parseUntrustedJson(text, locale, 1);
  if (!parsed.ok) return parsed;
  let raw = parsed.value;
  let keyId: string | undefined;
  let trustIssue: PackError | undefined;
  if (isEnvelope(raw)) {
    const v = await verifyEnvelope(raw, opts.trustedKeys);
    if (v.ok) keyId = v.keyId;
    else if (v.error.code === 'untrusted-key' || v.error.code === 'no-trusted-keys') trustIssue = v.error.toPackError(locale);
    else return fail([v.error.toPackError(locale)]);
    raw = asEnvelope(raw).pack;
  } else trustIssue = new SigningError('unsigned').toPackError(locale);
  if (trustIssue && opts.requireSignature) return fail([trustIssue]);
  const result = validatePack(raw, locale, { prohibitedBy: opts.prohibitedBy ?? (await defaultPackList()) });
  if (!result.ok) return fail(result.errors);
  return keyId ? { ok: true, pack: result.pack, verified: 'signed', keyId } : { ok: true, pack: result.pack, verified: 'unverified', ...(trustIssue ? { trustIssue } : {}) };
}

function idConflict(state: LibraryState, packId: string, defaultId: string | null, allowed: (e: StoredEntry) => boolean, locale: Locale): PackError | null {
  if (packId === defaultId || packId === DEFAULT_KEY) return { path: 'id', code: 'reserved-id', message: libraryMessage('reserved-id', locale, packId) };
  const other = state.entries.find((e) => e.source !== 'default' && e.id === packId);
  if (other && !allowed(other)) return { path: 'id', code: 'id-in-use', message: libraryMessage('id-in-use', locale, packId) };
  if (!other && state.entries.length >= MAX_INSTALLED_PACKS + 1)
    return { path: '', code: 'library-full', message: libraryMessage('library-full', locale, String(MAX_INSTALLED_PACKS)) };
  return null;
}

function upsert(state: LibraryState, next: Omit<StoredEntry, 'order' | 'enabled'>): { state: LibraryState; replaced: boolean } {
  const i = state.entries.findIndex((e) => e.source !== 'default' && e.id === next.id);
  const entries = [...state.entries];
  if (i >= 0) entries[i] = { ...entries[i]!, ...next };
  else entries.push({ ...next, enabled: true, order: Math.max(-1, ...entries.map((e) => e.order)) + 1 });
  return { state: { ...state, entries }, replaced: i >= 0 };
}

/** Manual import from the options page. Unsigned (or untrusted-signed) packs need `confirmUnverified`. */
export async function importPackText(text: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const locale = opts.locale ?? 'zh-CN';
  const settings = opts.trustedKeys && opts.requireSigned !== undefined ? null : (await getSettings()).values;
  const trustedKeys = opts.trustedKeys ?? settings!.trustedPublicKeys;
  const requireSigned = opts.requireSigned ?? settings!.requireSignedPacks;
  const base = await defaultPackList();
  const checked = await checkPackText(text, { locale, trustedKeys, requireSignature: false, prohibitedBy: base });
  if (!checked.ok) return checked;
  if (checked.verified === 'unverified' && requireSigned)
    return fail([{ path: '', code: 'signature-required', message: libraryMessage('signature-required', locale, checked.trustIssue?.message ?? '') }]);
  if (checked.verified === 'unverified' && !opts.confirmUnverified)
    return { ok: false, needsConfirmation: true, errors: checked.trustIssue ? [checked.trustIssue] : [], packId: checked.pack.id };
  const defaultId = await defaultIdOrNull();
  const result = await mutate<InstallResult>((state) => {
    const conflict = idConflict(state, checked.pack.id, defaultId, (e) => e.source === 'import', locale);
    if (conflict) return { state, result: fail([conflict]) };
    const joined = joinErrors(state, checked.pack, base, (e) => e.source === 'import' && e.id === checked.pack.id, locale);
    if (joined.length) return { state, result: fail(joined) };
    const { state: next, replaced } = upsert(state, {
      id: checked.pack.id,
      source: 'import',
      verified: checked.verified,
      ...(checked.keyId ? { signerKeyId: checked.keyId } : {}),
      pack: checked.pack,
      installedAt: opts.now ?? Date.now(),
    });
    return { state: next, result: { ok: true, id: checked.pack.id, replaced, verified: checked.verified } };
  });
  if (result.ok) {
    const { id, version } = checked.pack;
    await auditChange('pack-install', { id, version, source: 'import', verified: result.verified, ...(checked.keyId ? { keyId: checked.keyId } : {}), replaced: result.replaced });
  }
  return result;
}

/** Install a verified subscription pack and mark the subscription successful, in one write. */
export async function installSubscriptionPack(
  url: string,
  pack: Pack,
  info: { keyId: string; etag?: string; lastModified?: string; now: number; locale: Locale; allowRollbackTo?: string },
): Promise<InstallResult> {
  const defaultId = await defaultIdOrNull();
  const base = await defaultPackList();
  let previous: string | undefined;
  const result = await mutate<InstallResult>((state) => {
    const conflict = idConflict(state, pack.id, defaultId, (e) => e.subscriptionUrl === url, info.locale);
    if (conflict) return { state, result: fail([conflict]) };
    // No silent rollback: a lower version than the one installed from this URL waits for a supervisor.
    const installed = state.entries.find((e) => e.subscriptionUrl === url && e.id === pack.id)?.pack?.version;
    previous = installed;
    if (installed && compareVersions(pack.version, installed) < 0 && info.allowRollbackTo !== pack.version) {
      const error: PackError = { path: 'version', code: 'rollback', message: libraryMessage('rollback', info.locale, `${pack.version} < ${installed}`) };
      const prev = state.subscriptions[url] ?? { url };
      const status: SubscriptionStatus = { ...prev, lastCheckedAt: info.now, lastError: { at: info.now, ...error }, rollback: { offered: pack.version, installed } };
      return { state: { ...state, subscriptions: { ...state.subscriptions, [url]: status } }, result: fail([error]) };
    }
    const joined = joinErrors(state, pack, base, (e) => e.subscriptionUrl === url, info.locale);
    if (joined.length) return { state, result: fail(joined) };
    // A URL that used to serve another pack id: the old entry goes, the new one takes its place.
    const entries = state.entries.filter((e) => !(e.subscriptionUrl === url && e.id !== pack.id));
    const { state: next, replaced } = upsert(
      { ...state, entries },
      { id: pack.id, source: 'subscription', verified: 'signed', signerKeyId: info.keyId, pack, installedAt: info.now, subscriptionUrl: url },
    );
    const status: SubscriptionStatus = {
      url,
      ...(info.etag ? { etag: info.etag } : {}),
      ...(info.lastModified ? { lastModified: info.lastModified } : {}),
      lastSuccessAt: info.now,
      lastCheckedAt: info.now,
      packId: pack.id,
    };
    return { state: { ...next, subscriptions: { ...next.subscriptions, [url]: status } }, result: { ok: true, id: pack.id, replaced, verified: 'signed' } };
  });
  // A re-check that found the same version installs nothing new: no audit line for it.
  if (result.ok && previous !== pack.version) {
    await auditChange('pack-install', { id: pack.id, version: pack.version, source: 'subscription', url, verified: 'signed', keyId: info.keyId, replaced: result.replaced }, info.now);
  }
  return result;
}

/** Record a check outcome without touching any installed pack. */
export function recordSubscriptionStatus(url: string, patch: Partial<SubscriptionStatus> & { lastError?: SubscriptionStatus['lastError'] | undefined }): Promise<void> {
  return mutate((state) => {
    const prev = state.subscriptions[url] ?? { url };
    const merged: SubscriptionStatus = { ...prev, ...patch, url };
    if ('lastError' in patch && patch.lastError === undefined) delete merged.lastError;
    return { state: { ...state, subscriptions: { ...state.subscriptions, [url]: merged } }, result: undefined };
  });
}

/** Forget subscriptions (and their packs) whose URL is no longer configured. */
export function pruneSubscriptions(keepUrls: readonly string[]): Promise<void> {
  const keep = new Set(keepUrls);
  return mutate((state) => {
    const subscriptions = Object.fromEntries(Object.entries(state.subscriptions).filter(([u]) => keep.has(u)));
    const entries = state.entries.filter((e) => e.source !== 'subscription' || (e.subscriptionUrl !== undefined && keep.has(e.subscriptionUrl)));
    const unchanged = entries.length === state.entries.length && Object.keys(subscriptions).length === Object.keys(state.subscriptions).length;
    // Nothing to forget: write nothing (a write wakes every watcher of the library).
    return { state: unchanged ? state : { ...state, entries, subscriptions }, result: undefined };
  });
}

// ---- arrange -------------------------------------------------------------------------------

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const defaultId = await defaultIdOrNull();
  await mutate((state) => {
    const target = findEntry(state, id, defaultId);
    const entries = state.entries.map((e) => (e === target ? { ...e, enabled } : e));
    return { state: { ...state, entries }, result: undefined };
  });
}

/** `up` raises precedence (the pack wins more conflicts); `down` lowers it. */
export async function movePack(id: string, direction: 'up' | 'down'): Promise<void> {
  const defaultId = await defaultIdOrNull();
  await mutate((state) => {
    const entries = renumber(state.entries);
    const i = entries.findIndex((e) => e === findEntry({ ...state, entries }, id, defaultId));
    const j = direction === 'up' ? i + 1 : i - 1;
    if (i < 0 || j < 0 || j >= entries.length) return { state, result: undefined };
    [entries[i]!.order, entries[j]!.order] = [entries[j]!.order, entries[i]!.order];
    return { state: { ...state, entries }, result: undefined };
  });
}

/** Remove an imported pack. The default pack cannot be removed (only disabled); subscriptions are
 *  removed by removing their URL. */
export async function removePack(id: string): Promise<boolean> {
  let version: string | undefined;
  const removed = await mutate((state) => {
    const target = state.entries.find((e) => e.source === 'import' && e.id === id);
    if (!target) return { state, result: false };
    version = target.pack?.version;
    return { state: { ...state, entries: state.entries.filter((e) => e !== target) }, result: true };
  });
  if (removed) await auditChange('pack-remove', { id, ...(version ? { version } : {}) });
  return removed;
}

// ---- messages ------------------------------------------------------------------------------

const LIBRARY_MESSAGES: Record<string, Localized> = {
  'reserved-id': { 'zh-CN': 'id {detail} 属于内置话术包，请换一个 id', 'zh-TW': 'id {detail} 屬於內建話術包，請換一個 id', en: 'id {detail} belongs to the built-in pack: choose another id' },
  'id-in-use': { 'zh-CN': 'id {detail} 已被订阅的话术包使用', 'zh-TW': 'id {detail} 已被訂閱的話術包使用', en: 'id {detail} is already used by another (subscribed) pack' },
  'library-full': { 'zh-CN': '已安装的话术包过多（上限 {detail}）', 'zh-TW': '已安裝的話術包過多（上限 {detail}）', en: 'too many installed packs (limit {detail})' },
  'signature-required': {
    'zh-CN': '单位策略要求话术包必须由受信任的公钥签名（requireSignedPacks），此包不能安装：{detail}',
    'zh-TW': '單位政策要求話術包必須由受信任的公鑰簽章（requireSignedPacks），此包不能安裝：{detail}',
    en: 'your organization’s policy requires packs signed by a trusted key (requireSignedPacks), so this pack cannot be installed: {detail}',
  },
  rollback: {
    'zh-CN': '订阅地址提供的版本低于已安装的版本（{detail}），未安装；如确需回退，请主管在“选项 → 话术包 → 订阅”中确认',
    'zh-TW': '訂閱網址提供的版本低於已安裝的版本（{detail}），未安裝；如確需回退，請主管在「選項 → 話術包 → 訂閱」中確認',
    en: 'the subscription serves a lower version than the one installed ({detail}); not installed. To roll back, a supervisor confirms it in Options → Packs → Subscriptions',
  },
};

export function libraryMessage(code: string, locale: Locale, detail = ''): string {
  return formatMessage(LIBRARY_MESSAGES[code]?.[locale] ?? code, locale, { detail });
}
