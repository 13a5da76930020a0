// Every write to the database either succeeds or rejects with a DbWriteError the panel can show
// next to the unsaved text with a retry. A write is never dropped silently.
import type { Locale, Localized } from '../i18n/locale';

export type DbWriteErrorKind = 'quota' | 'blocked' | 'unavailable' | 'unknown';

const MESSAGES: Record<DbWriteErrorKind, Localized> = {
  quota: {
    'zh-CN': '磁盘空间不足，未能保存。请清理空间或导出旧记录后重试，文字仍保留在屏幕上。',
    'zh-TW': '磁碟空間不足，未能儲存。請清理空間或匯出舊記錄後重試，文字仍保留在畫面上。',
    en: 'Not saved: the disk is full. Free some space or export old records, then retry. Your text is still on screen.',
  },
  blocked: {
    'zh-CN': '未能保存：另一个旧版本的面板或标签页占用着数据库。请关闭其他贷后助手页面后重试。',
    'zh-TW': '未能儲存：另一個舊版本的面板或分頁佔用著資料庫。請關閉其他貸後助手頁面後重試。',
    en: 'Not saved: an older Daihou Assist page or tab is holding the database. Close other Daihou Assist pages, then retry.',
  },
  unavailable: {
    'zh-CN': '未能保存：浏览器不允许使用本地数据库（如无痕模式或存储被禁用）。文字仍保留在屏幕上。',
    'zh-TW': '未能儲存：瀏覽器不允許使用本機資料庫（如無痕模式或儲存被停用）。文字仍保留在畫面上。',
    en: 'Not saved: the browser does not allow the local database (private mode or storage disabled). Your text is still on screen.',
  },
  unknown: {
    'zh-CN': '未能保存，请重试。文字仍保留在屏幕上。',
    'zh-TW': '未能儲存，請重試。文字仍保留在畫面上。',
    en: 'Not saved. Please retry. Your text is still on screen.',
  },
};

export class DbWriteError extends Error {
  override readonly name = 'DbWriteError';
  constructor(
    readonly kind: DbWriteErrorKind,
    /** The underlying error's name and message, for the audit and support. */
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind]['zh-CN'], options);
  }

  /** The message for the agent in a UI language (`message` itself is zh-CN). */
  messageIn(locale: Locale): string {
    return MESSAGES[this.kind][locale];
  }
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
  cause?: unknown;
}

/** Names of the error and everything it wraps (Dexie wraps DOMExceptions in `inner`, bulk ops in `failures`). */
function errorNames(e: unknown, depth = 0, out: string[] = []): string[] {
  if (!e || typeof e !== 'object' || depth > 5) return out;
  const x = e as ErrorLike;
  if (typeof x.name === 'string') out.push(x.name);
  if (typeof x.message === 'string') out.push(x.message);
  errorNames(x.inner, depth + 1, out);
  errorNames(x.cause, depth + 1, out);
  if (Array.isArray(x.failures)) for (const f of x.failures.slice(0, 3)) errorNames(f, depth + 1, out);
  else if (x.failures && typeof x.failures === 'object') for (const f of Object.values(x.failures).slice(0, 3)) errorNames(f, depth + 1, out);
  return out;
}

/** Map whatever IndexedDB / Dexie threw to a DbWriteError. */
export function toWriteError(e: unknown, opts: { blocked?: boolean } = {}): DbWriteError {
  if (e instanceof DbWriteError) return e;
  const names = errorNames(e);
  const has = (re: RegExp) => names.some((n) => re.test(n));
  const detail = names.slice(0, 2).join(': ') || String(e);
  const cause = { cause: e };
  if (has(/QuotaExceeded|quota/i)) return new DbWriteError('quota', detail, cause);
  if (opts.blocked || has(/^Blocked|VersionChange|blocked/)) return new DbWriteError('blocked', detail, cause);
  if (has(/^(MissingAPIError|OpenFailedError|DatabaseClosedError|InvalidStateError|SecurityError|InvalidAccessError)$/) || has(/backing store|private mode|indexedDB API missing/i))
    return new DbWriteError('unavailable', detail, cause);
  return new DbWriteError('unknown', detail, cause);
}
