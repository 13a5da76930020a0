// Pack subscriptions: fetch each configured URL (ETag / If-Modified-Since), verify the signature
// with trusted keys, validate, install. A failure never touches the installed version; it is
// recorded with the time of the last success. The background checks at start and on an alarm.
import { browser } from 'wxt/browser';
import { resolveLocale } from '@/lib/i18n/locale';
import { getSettings, settingsItem } from '@/lib/settings';
import { readManagedRaw, watchManaged } from '@/lib/storage/managed';
import { DEFAULT_CHECK_HOURS, packCheckHoursItem } from '@/lib/storage/items';
import { checkPackText, getLibrary, installSubscriptionPack, pruneSubscriptions, recordSubscriptionStatus } from './library';
import { MAX_FILE_BYTES } from './sanitize';
import { SigningError } from './signing';
import type { PackError } from './validate';
import { formatMessage } from '../i18n/format';
import type { Locale, Localized } from '../i18n/locale';

export const PACK_ALARM = 'pack-subscriptions';
export { DEFAULT_CHECK_HOURS };
const FETCH_TIMEOUT_MS = 30_000;
/** At service-worker start, URLs checked more recently than this are not fetched again. */
const START_CHECK_MIN_AGE_MS = 10 * 60_000;

const clampHours = (h: unknown) => (typeof h === 'number' && Number.isFinite(h) ? Math.min(168, Math.max(1, h)) : DEFAULT_CHECK_HOURS);

export async function getPackCheckHours(): Promise<{ hours: number; locked: boolean }> {
  const m = (await readManagedRaw('packCheckHours')).packCheckHours;
  if (typeof m === 'number') return { hours: clampHours(m), locked: true };
  return { hours: clampHours(await packCheckHoursItem.getValue()), locked: false };
}

/** https: anywhere; plain http only to this machine (for testing). No credentials in the URL. */
export function isAllowedPackUrl(input: string): boolean {
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]');
}

const MESSAGES: Record<string, Localized> = {
  'bad-url': { 'zh-CN': '订阅地址必须是 https://（测试时可用 http://localhost）', 'zh-TW': '訂閱網址必須是 https://（測試時可用 http://localhost）', en: 'the subscription URL must be https:// (http://localhost for testing)' },
  network: { 'zh-CN': '无法连接：{detail}', 'zh-TW': '無法連線：{detail}', en: 'could not connect: {detail}' },
  http: { 'zh-CN': '服务器返回 HTTP {detail}', 'zh-TW': '伺服器回傳 HTTP {detail}', en: 'the server answered HTTP {detail}' },
  'file-too-large': { 'zh-CN': '文件过大（上限 5 MB）', 'zh-TW': '檔案過大（上限 5 MB）', en: 'file too large (limit 5 MB)' },
  timeout: { 'zh-CN': '{detail} 秒内未下载完成（超时）', 'zh-TW': '{detail} 秒內未下載完成（逾時）', en: 'the download did not finish within {detail} s (timed out)' },
  'rollback-changed': {
    'zh-CN': '订阅地址现在提供的是 {detail}，不是您确认回退的版本，未安装',
    'zh-TW': '訂閱網址現在提供的是 {detail}，不是您確認回退的版本，未安裝',
    en: 'the subscription now serves {detail}, not the version you confirmed rolling back to; not installed',
  },
};
const message = (code: string, locale: Locale, detail = '') => formatMessage(MESSAGES[code]?.[locale] ?? code, locale, { detail });

export interface SubscriptionReport {
  url: string;
  status: 'updated' | 'unchanged' | 'failed';
  error?: PackError;
  packId?: string;
}

export interface CheckOptions {
  fetchImpl?: typeof fetch;
  now?: () => number;
  /** Only URLs not checked for this long (ms); default: every URL. */
  minAgeMs?: number;
  locale?: Locale;
}

/** The body, or null when it is over the cap. A body that fails or times out mid-way throws (a network error). */
async function readCapped(res: Response): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_FILE_BYTES) return null;
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

const isTimeout = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

interface CheckContext {
  fetchImpl: typeof fetch;
  now: () => number;
  locale: Locale;
  trustedKeys: string[];
  hasPack: boolean;
  etag?: string;
  lastModified?: string;
  /** A supervisor confirmed installing this (lower) version. */
  allowRollbackTo?: string;
}

async function checkOne(url: string, ctx: CheckContext): Promise<SubscriptionReport> {
  const { locale } = ctx;
  const failed = async (err: PackError): Promise<SubscriptionReport> => {
    await recordSubscriptionStatus(url, { lastCheckedAt: ctx.now(), lastError: { at: ctx.now(), ...err } });
    return { url, status: 'failed', error: err };
  };
  const simple = (code: string, detail = ''): PackError => ({ path: '', code, message: message(code, locale, detail) });
  const networkError = (e: unknown) =>
    simple('network', isTimeout(e) ? message('timeout', locale, String(FETCH_TIMEOUT_MS / 1000)) : e instanceof Error ? e.message.slice(0, 160) : String(e));
  if (!isAllowedPackUrl(url)) return failed(simple('bad-url'));
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (ctx.hasPack && ctx.etag) headers['If-None-Match'] = ctx.etag;
  if (ctx.hasPack && ctx.lastModified) headers['If-Modified-Since'] = ctx.lastModified;
  let res: Response;
  try {
    res = await ctx.fetchImpl(url, { headers, cache: 'no-cache', credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    return failed(networkError(e));
  }
  if (res.url && res.url !== url && !isAllowedPackUrl(res.url)) return failed(simple('bad-url'));
  if (res.status === 304 && ctx.hasPack) {
    await recordSubscriptionStatus(url, { lastCheckedAt: ctx.now(), lastSuccessAt: ctx.now(), lastError: undefined });
    return { url, status: 'unchanged' };
  }
  if (res.status !== 200) return failed(simple('http', String(res.status)));
  let text: string | null;
  try {
    text = await readCapped(res);
  } catch (e) {
    // A connection dropped or timed out mid-download is a network error, not an over-size file.
    return failed(networkError(e));
  }
  if (text === null) return failed(simple('file-too-large'));
  const checked = await checkPackText(text, { locale, trustedKeys: ctx.trustedKeys, requireSignature: true });
  if (!checked.ok) return failed(checked.errors[0]!);
  if (checked.verified !== 'signed' || !checked.keyId) return failed(new SigningError('unsigned').toPackError(locale));
  if (ctx.allowRollbackTo && checked.pack.version !== ctx.allowRollbackTo) return failed(simple('rollback-changed', checked.pack.version));
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  const installed = await installSubscriptionPack(url, checked.pack, {
    keyId: checked.keyId,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
    now: ctx.now(),
    locale,
    ...(ctx.allowRollbackTo ? { allowRollbackTo: ctx.allowRollbackTo } : {}),
  });
  if (!installed.ok) return failed(installed.errors[0]!);
  return { url, status: 'updated', packId: checked.pack.id };
}

let running: Promise<SubscriptionReport[]> | null = null;

/** Check every configured subscription URL once. Concurrent callers share one run. */
export function checkSubscriptions(opts: CheckOptions = {}): Promise<SubscriptionReport[]> {
  running ??= (async () => {
    const { values } = await getSettings();
    const locale = opts.locale ?? resolveLocale(values.locale, globalThis.navigator?.languages ?? []);
    const urls = [...new Set(values.packSubscriptions.map((u) => u.trim()).filter(Boolean))];
    await pruneSubscriptions(urls);
    const library = await getLibrary();
    const now = opts.now ?? Date.now;
    const reports: SubscriptionReport[] = [];
    for (const url of urls) {
      const status = library.subscriptions.find((s) => s.url === url);
      if (opts.minAgeMs && status?.lastCheckedAt && now() - status.lastCheckedAt < opts.minAgeMs) continue;
      const hasPack = library.packs.some((p) => p.subscriptionUrl === url);
      reports.push(
        await checkOne(url, {
          fetchImpl: opts.fetchImpl ?? ((...a) => fetch(...a)),
          now,
          locale,
          trustedKeys: values.trustedPublicKeys,
          hasPack,
          ...(status?.etag ? { etag: status.etag } : {}),
          ...(status?.lastModified ? { lastModified: status.lastModified } : {}),
        }),
      );
    }
    return reports;
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * A supervisor's explicit choice to install the lower version a subscription now serves (Options
 * shows it after the automatic check refused it). Installs only if the URL still serves exactly
 * `version`, signed by a trusted key and valid; anything else is reported like any failed check.
 */
export async function acceptSubscriptionRollback(url: string, version: string, opts: Omit<CheckOptions, 'minAgeMs'> = {}): Promise<SubscriptionReport> {
  const { values } = await getSettings();
  if (!values.packSubscriptions.includes(url)) throw new Error('not a configured subscription');
  const locale = opts.locale ?? resolveLocale(values.locale, globalThis.navigator?.languages ?? []);
  return checkOne(url, {
    fetchImpl: opts.fetchImpl ?? ((...a) => fetch(...a)),
    now: opts.now ?? Date.now,
    locale,
    trustedKeys: values.trustedPublicKeys,
    // Fetch the file whatever its ETag: the refused version was never stored.
    hasPack: false,
    allowRollbackTo: version,
  });
}

async function scheduleAlarm(): Promise<void> {
  const { hours } = await getPackCheckHours();
  const existing = await browser.alarms.get(PACK_ALARM);
  if (existing?.periodInMinutes === hours * 60) return;
  await browser.alarms.create(PACK_ALARM, { delayInMinutes: hours * 60, periodInMinutes: hours * 60 });
}

/** For the background: an alarm every N hours, a check at start, and a check when the URLs change. */
export function registerPackSubscriptions(): void {
  const due = () => void checkSubscriptions({ minAgeMs: START_CHECK_MIN_AGE_MS }).catch(() => {});
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void checkSubscriptions().catch(() => {});
  });
  void scheduleAlarm().catch(() => {});
  due();
  settingsItem.watch(due);
  packCheckHoursItem.watch(() => void scheduleAlarm().catch(() => {}));
  watchManaged(() => {
    void scheduleAlarm().catch(() => {});
    due();
  });
}
