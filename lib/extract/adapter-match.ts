// Which site adapters apply to a page, and what they say per field: the part of adapters the
// content script runs. No schema library here (it would double the content script); stored
// adapters were validated by the schema in adapters.ts before they were written, and are
// checked again for shape (isSiteAdapter) when the content script loads them.
import { FIELD_NAMES, type FieldName } from './types';

export interface AdapterFieldRule {
  /** CSS selector of the value element; " >>> " steps into iframes and shadow roots. */
  selector?: string;
  /** The label text shown next to the value on that site, as written there. */
  label?: string;
}

export interface SiteAdapter {
  id: string;
  /** Optional human name shown in options. */
  name?: string;
  /**
   * Which pages: a glob over the URL (`https://crm.bank.com/case/*`, `*://*.bank.com/*`,
   * `crm.bank.com`) or a regular expression written `/…/`.
   */
  urlPattern: string;
  fields: Partial<Record<FieldName, AdapterFieldRule>>;
  updatedAt?: number;
}

const patternCache = new Map<string, RegExp | null>();

/** The RegExp a URL pattern stands for; null when the pattern is not valid. */
export function patternToRegExp(pattern: string): RegExp | null {
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  let re: RegExp | null = null;
  try {
    const p = pattern.trim();
    const asRegex = /^\/(.+)\/([a-z]*)$/.exec(p);
    if (asRegex) re = new RegExp(asRegex[1]!, asRegex[2]!.replace(/[gy]/g, ''));
    else if (p) {
      let glob = p.includes('://') ? p : `*://${p}`;
      let afterHost = glob.indexOf('/', glob.indexOf('://') + 3);
      if (afterHost < 0) {
        glob += '/*';
        afterHost = glob.length - 2;
      }
      const esc = (part: string, star: string) =>
        part
          .split('*')
          .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join(star);
      const sep = glob.indexOf('://');
      const scheme = glob.slice(0, sep) === '*' ? '[a-z][a-z0-9+.-]*' : esc(glob.slice(0, sep), '[a-z0-9+.-]*');
      const host = glob.slice(sep + 3, afterHost);
      // A host without a port matches any port, as extension match patterns do.
      const port = /:[\d*]+$/.test(host) ? '' : '(?::\\d+)?';
      // "*://*.bank.com/*" also covers bank.com itself.
      const hostRe = host.startsWith('*.') ? `(?:[^/?#]*\\.)?${esc(host.slice(2), '[^/?#]*')}` : esc(host, '[^/?#]*');
      const source = `${scheme}://${hostRe}${port}${esc(glob.slice(afterHost), '.*')}`;
      re = new RegExp(`^${source}$`, 'i');
    }
  } catch {
    re = null;
  }
  patternCache.set(pattern, re);
  return re;
}

export function urlMatches(pattern: string, url: string): boolean {
  const re = patternToRegExp(pattern);
  return re !== null && re.test(url);
}

/** Adapters for a URL, the most specific (longest pattern) first. */
export function matchAdapters(adapters: readonly SiteAdapter[] | undefined, url: string): SiteAdapter[] {
  if (!adapters?.length || !url) return [];
  return adapters.filter((a) => urlMatches(a.urlPattern, url)).sort((a, b) => b.urlPattern.length - a.urlPattern.length);
}

/** Field rules of matching adapters merged, the most specific adapter winning per field. */
export function mergedRules(adapters: SiteAdapter[]): Partial<Record<FieldName, AdapterFieldRule>> {
  const out: Partial<Record<FieldName, AdapterFieldRule>> = {};
  for (const a of [...adapters].reverse()) Object.assign(out, a.fields);
  return out;
}

const FIELD_SET = new Set<string>(FIELD_NAMES);
const str = (v: unknown, max: number, min = 0) => typeof v === 'string' && v.length >= min && v.length <= max;

/** The shape of a stored adapter (the full rules are siteAdapterSchema's, applied before storing). */
export function isSiteAdapter(a: unknown): a is SiteAdapter {
  if (!a || typeof a !== 'object') return false;
  const x = a as Record<string, unknown>;
  if (!str(x['id'], 100, 1) || !str(x['urlPattern'], 500, 1) || (x['name'] !== undefined && !str(x['name'], 200))) return false;
  const fields = x['fields'];
  if (!fields || typeof fields !== 'object') return false;
  for (const [k, r] of Object.entries(fields)) {
    if (!FIELD_SET.has(k) || !r || typeof r !== 'object') return false;
    const { selector, label } = r as Record<string, unknown>;
    if (selector === undefined && label === undefined) return false;
    if ((selector !== undefined && !str(selector, 500, 1)) || (label !== undefined && !str(label, 80, 1))) return false;
  }
  return true;
}
