// Which site adapters apply to a page, and what they say per field: the part of adapters that
// runs in a CRM tab. Not part of the content script: it is injected into a tab only when
// adapters are stored (entrypoints/site-rules.ts, lib/extract/site-host.ts), and hands the
// content script one SiteRules. No schema library here; stored adapters were validated by the
// schema in adapters.ts before they were written, and are checked again for shape
// (isSiteAdapter) when they are loaded.
import { FIELD_NAMES, type FieldName } from './types';
import { isTranscriptRule, type TranscriptRule } from '../live/transcript/rule';
import { resolveSelector } from './pick-selector';

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
   * `crm.bank.com`). Never a regular expression: adapters come from packs, and a backtracking
   * pattern would stall the CRM page's own thread.
   */
  urlPattern: string;
  fields: Partial<Record<FieldName, AdapterFieldRule>>;
  /** Where this site shows the call's live transcript, and whose lines are whose (lib/live/transcript). */
  transcript?: TranscriptRule;
  updatedAt?: number;
}

/** Longer URLs match no adapter: the glob match costs pattern × URL length, at most 500 × 8192. */
const MAX_URL = 8192;

export interface UrlGlob {
  scheme: string;
  host: string;
  /** Empty in a pattern means any path. */
  path: string;
}

/**
 * A URL's or a URL glob's parts, lower-cased: `https://crm.bank.com/case/*` → https,
 * crm.bank.com, /case/*; no scheme in a pattern means any. Which globs are valid is decided where
 * adapters are written (urlPatternProblem in adapters.ts); here any string is only ever a glob.
 */
export function splitUrlPattern(s: string): UrlGlob {
  s = s.trim().toLowerCase();
  const sep = s.indexOf('://');
  const rest = s.slice(sep < 0 ? 0 : sep + 3);
  const end = rest.search(/[/?#]|$/);
  return { scheme: sep < 0 ? '*' : s.slice(0, sep), host: rest.slice(0, end), path: rest.slice(end) };
}

/** `*` is any run of characters; everything else is literal. Backtracks to the last star only: O(pattern × text). */
function glob(p: string, s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    if (p[i] === '*') {
      star = i++;
      mark = j;
    } else if (i < p.length && p[i] === s[j]) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (p[i] === '*') i++;
  return i === p.length;
}

/** Never a regular expression: adapters travel in packs, and the match runs on the CRM page's thread. */
export function urlMatches(pattern: string, url: string): boolean {
  if (url.length > MAX_URL || !url.includes('://')) return false;
  const g = splitUrlPattern(pattern);
  const u = splitUrlPattern(url);
  // A host without a port matches any port, as extension match patterns do.
  const host = /:(\d+|\*)$/.test(g.host) ? u.host : u.host.replace(/:\d+$/, '');
  // "*://*.bank.com/*" also covers bank.com itself.
  return (
    glob(g.scheme, u.scheme) &&
    (glob(g.host, host) || (g.host.startsWith('*.') && glob(g.host.slice(2), host))) &&
    glob(g.path || '/*', u.path)
  );
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
  if (x['transcript'] !== undefined && !isTranscriptRule(x['transcript'])) return false;
  for (const [k, r] of Object.entries(fields)) {
    if (!FIELD_SET.has(k) || !r || typeof r !== 'object') return false;
    const { selector, label } = r as Record<string, unknown>;
    if (selector === undefined && label === undefined) return false;
    if ((selector !== undefined && !str(selector, 500, 1)) || (label !== undefined && !str(label, 80, 1))) return false;
  }
  return true;
}

/** The transcript rule of the most specific matching adapter that has one. */
export function transcriptRuleFor(adapters: readonly SiteAdapter[] | undefined, url: string): TranscriptRule | null {
  return matchAdapters(adapters, url).find((a) => a.transcript)?.transcript ?? null;
}

/** What the stored adapters say of one page (`ExtractOptions.site`): built by siteRules. */
export interface SiteRules {
  /** Field rules of the adapters matching `url`, merged (the most specific wins per field). */
  fieldRules(url: string): Partial<Record<FieldName, AdapterFieldRule>>;
  /** The transcript rule for `url`, if an adapter gives one. */
  transcriptRule(url: string): TranscriptRule | null;
  /** The element an adapter's selector chain names (" >>> " steps into frames and shadow roots). */
  resolve(doc: Document, selector: string): Element | null;
}

export function siteRules(adapters: readonly SiteAdapter[]): SiteRules {
  return {
    fieldRules: (url) => mergedRules(matchAdapters(adapters, url)),
    transcriptRule: (url) => transcriptRuleFor(adapters, url),
    resolve: (doc, selector) => resolveSelector(doc, selector),
  };
}
