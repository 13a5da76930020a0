// Per-site adapters: a supervisor's fix for the rare page the heuristics misread. An adapter
// maps fields to a CSS selector or a label text for URLs matching a pattern; it always wins
// over heuristics. Pure logic (schema, URL match, import/export); no storage, no UI.
import * as z from 'zod/mini';
import { FIELD_NAMES } from './types';
import { splitUrlPattern, type SiteAdapter } from './adapter-match';
import { MAX_SPEAKER_LABEL, MAX_TRANSCRIPT_SELECTOR, TRANSCRIPT_LABEL_KEYS, TRANSCRIPT_SELECTOR_KEYS } from '../live/transcript/rule';

export * from './adapter-match';

const MAX = 500;
export const MAX_URL_PATTERN = 500;

/** Why a URL pattern is refused; the options page and `pack validate` word each one. */
export type UrlPatternProblem = 'length' | 'regex' | 'chars' | 'scheme' | 'host';

const HOST = /^(?:\*|(?:\*\.)?[a-z0-9*-]+(?:\.[a-z0-9*-]+)*\.?|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?$/;

/**
 * Null when the pattern is a URL glob the content script can match in linear time, else what is
 * wrong with it. Regular expressions are refused outright: adapters travel in packs, and a
 * backtracking pattern (`/^(.+)+\u0000$/`) would stall the CRM page's own thread.
 */
export function urlPatternProblem(pattern: string): UrlPatternProblem | null {
  const p = pattern.trim();
  if (!p || p.length > MAX_URL_PATTERN) return 'length';
  if (p.startsWith('/') || /[\\^$|(){}]/.test(p)) return 'regex';
  // Printable ASCII only: browsers give URLs percent-encoded, and nothing invisible hides in it.
  if (!/^[\x21-\x7e]+$/.test(p)) return 'chars';
  const { scheme, host, path } = splitUrlPattern(p);
  if (scheme !== '*' && !/^[a-z][a-z0-9+.-]*$/.test(scheme)) return 'scheme';
  if (!HOST.test(host)) return 'host';
  return /[[\]]/.test(path) ? 'regex' : null;
}
const ruleSchema = z
  .object({
    selector: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX))),
    label: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  })
  .check(z.refine((r) => Boolean(r.selector || r.label), 'selector or label required'));

const transcriptSelector = z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_TRANSCRIPT_SELECTOR)));
const speakerLabel = z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_SPEAKER_LABEL)));
export const transcriptRuleSchema = z.object({
  container: z.string().check(z.minLength(1), z.maxLength(MAX_TRANSCRIPT_SELECTOR)),
  line: transcriptSelector,
  debtorSelector: transcriptSelector,
  agentSelector: transcriptSelector,
  debtorLabel: speakerLabel,
  agentLabel: speakerLabel,
});

export const siteAdapterSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.optional(z.string().check(z.maxLength(200))),
  urlPattern: z.string().check(z.minLength(1), z.maxLength(MAX_URL_PATTERN)),
  fields: z.partialRecord(z.enum(FIELD_NAMES), ruleSchema),
  transcript: z.optional(transcriptRuleSchema),
  updatedAt: z.optional(z.number()),
});

export const adapterFileSchema = z.object({
  format: z.literal('daihou-adapters'),
  version: z.literal(1),
  adapters: z.array(siteAdapterSchema).check(z.maxLength(1000)),
});

export interface AdapterIssue {
  /** Where: "adapters[2].urlPattern". */
  path: string;
  zh: string;
  en: string;
  /** For a URL pattern refused: which rule (`url-pattern-regex`…), for callers that word it in more locales. */
  code?: `url-pattern-${UrlPatternProblem}`;
  /** Traditional Chinese wording, where the issue has one (falls back to `zh`). */
  zhTW?: string;
}

/** What is wrong with a URL pattern, in Chinese and English: a supervisor must see how to fix it. */
export const URL_PATTERN_MESSAGES: Record<UrlPatternProblem, { zh: string; en: string }> = {
  length: { zh: `网址模式为空或过长（上限 ${MAX_URL_PATTERN} 个字符）`, en: `URL pattern is empty or too long (limit ${MAX_URL_PATTERN} characters)` },
  regex: {
    zh: '网址模式不能用正则表达式，请改用通配符，例如 https://crm.bank.cn/case/* 或 *://*.bank.cn/*',
    en: 'regular expressions are not allowed as URL patterns: use a glob such as https://crm.bank.cn/case/* or *://*.bank.cn/*',
  },
  chars: { zh: '网址模式只能含可见的 ASCII 字符（中文路径请写成 %E4%BD%A0 形式）', en: 'URL patterns may hold visible ASCII characters only (percent-encode other characters)' },
  scheme: { zh: '网址模式的协议无效（应为 https、http 或 *）', en: 'invalid scheme in the URL pattern (expected https, http or *)' },
  host: { zh: '网址模式的主机名无效（例如 crm.bank.cn、*.bank.cn、127.0.0.1:8080）', en: 'invalid host in the URL pattern (e.g. crm.bank.cn, *.bank.cn, 127.0.0.1:8080)' },
};

function selectorIsValid(sel: string): boolean {
  const doc = (globalThis as { document?: Document }).document;
  for (const part of sel.split('>>>')) {
    const s = part.trim();
    if (!s) return false;
    if (doc) {
      try {
        doc.createDocumentFragment().querySelector(s);
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** Checks beyond the schema: pattern compiles, selectors parse. */
export function checkAdapter(a: SiteAdapter, at = ''): AdapterIssue[] {
  const issues: AdapterIssue[] = [];
  const problem = urlPatternProblem(a.urlPattern);
  if (problem) {
    const m = URL_PATTERN_MESSAGES[problem];
    issues.push({ path: `${at}urlPattern`, code: `url-pattern-${problem}`, zh: `${m.zh}：${a.urlPattern}`, en: `${m.en}: ${a.urlPattern}` });
  }
  for (const [field, rule] of Object.entries(a.fields)) {
    if (rule?.selector && !selectorIsValid(rule.selector))
      issues.push({
        path: `${at}fields.${field}.selector`,
        zh: `字段 ${field} 的 CSS 选择器无效：${rule.selector}`,
        en: `Invalid CSS selector for ${field}: ${rule.selector}`,
      });
  }
  if (a.transcript) issues.push(...checkTranscriptRule(a.transcript, `${at}transcript.`));
  if (!Object.keys(a.fields).length && !a.transcript)
    issues.push({ path: `${at}fields`, zh: '适配器至少要映射一个字段', en: 'An adapter must map at least one field' });
  return issues;
}

const TRANSCRIPT_PART: Record<(typeof TRANSCRIPT_SELECTOR_KEYS)[number], { zh: string; zhTW: string; en: string }> = {
  container: { zh: '通话转写区域', zhTW: '通話轉寫區域', en: 'transcript area' },
  line: { zh: '转写的每一行', zhTW: '轉寫的每一行', en: 'transcript line' },
  debtorSelector: { zh: '客户发言', zhTW: '客戶發言', en: 'debtor lines' },
  agentSelector: { zh: '坐席发言', zhTW: '坐席發言', en: 'agent lines' },
};

/**
 * The transcript part of an adapter, from a pack or an import: hostile until shown otherwise.
 * Selectors must parse; only the container may chain into frames (" >>> "); labels are one short
 * line of visible text.
 */
export function checkTranscriptRule(rule: NonNullable<SiteAdapter['transcript']>, at = 'transcript.'): AdapterIssue[] {
  const issues: AdapterIssue[] = [];
  for (const key of TRANSCRIPT_SELECTOR_KEYS) {
    const sel = rule[key];
    if (sel === undefined) continue;
    const part = TRANSCRIPT_PART[key];
    const chained = key !== 'container' && sel.includes('>>>');
    if (chained || !selectorIsValid(sel))
      issues.push({
        path: `${at}${key}`,
        zh: chained ? `${part.zh}的选择器不能含 >>>（只有转写区域可以跨入框架）：${sel}` : `${part.zh}的 CSS 选择器无效：${sel}`,
        zhTW: chained ? `${part.zhTW}的選擇器不能含 >>>（只有轉寫區域可以跨入框架）：${sel}` : `${part.zhTW}的 CSS 選擇器無效：${sel}`,
        en: chained ? `The ${part.en} selector may not contain >>> (only the transcript area may step into frames): ${sel}` : `Invalid CSS selector for the ${part.en}: ${sel}`,
      });
  }
  for (const key of TRANSCRIPT_LABEL_KEYS) {
    const label = rule[key];
    if (label !== undefined && (!label.trim() || /[\u0000-\u001f\u007f\u2028\u2029]/.test(label)))
      issues.push({
        path: `${at}${key}`,
        zh: `说话人标签必须是一行可见文字：${JSON.stringify(label)}`,
        zhTW: `說話人標籤必須是一行可見文字：${JSON.stringify(label)}`,
        en: `A speaker label must be one line of visible text: ${JSON.stringify(label)}`,
      });
  }
  return issues;
}

export function exportAdapters(adapters: readonly SiteAdapter[]): string {
  return JSON.stringify({ format: 'daihou-adapters', version: 1, adapters }, null, 2);
}

export type ImportResult = { ok: true; adapters: SiteAdapter[] } | { ok: false; issues: AdapterIssue[] };

function zodIssues(error: z.core.$ZodError, prefix: string): AdapterIssue[] {
  return error.issues.slice(0, 20).map((i) => {
    const path = prefix + i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const field = String(i.path[i.path.length - 1] ?? '');
    if (i.code === 'invalid_key' || (i.code === 'invalid_value' && i.path.includes('fields')))
      return { path, zh: `未知字段：${field}`, en: `Unknown field: ${field}` };
    if (i.code === 'invalid_type')
      return { path, zh: `${path || '内容'} 类型不对（应为 ${i.expected}）`, en: `${path || 'content'} has the wrong type (expected ${i.expected})` };
    return { path, zh: `${path || '内容'} 无效：${i.message}`, en: `${path || 'content'} is invalid: ${i.message}` };
  });
}

/**
 * Read adapters from exported JSON (the file above, a bare array, or one adapter). Every
 * problem is reported in Chinese and English; nothing is imported unless all are valid.
 */
export function importAdapters(input: string | unknown): ImportResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, issues: [{ path: '', zh: `不是有效的 JSON：${msg}`, en: `Not valid JSON: ${msg}` }] };
    }
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object' && 'adapters' in data) {
    const file = adapterFileSchema.safeParse(data);
    if (!file.success) return { ok: false, issues: zodIssues(file.error, '') };
    list = file.data.adapters;
  } else if (data && typeof data === 'object' && 'urlPattern' in data) list = [data];
  else
    return {
      ok: false,
      issues: [{ path: '', zh: '文件中没有适配器（需要 daihou-adapters 格式）', en: 'No adapters in this file (expected the daihou-adapters format)' }],
    };
  const parsed = z.array(siteAdapterSchema).safeParse(list);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, 'adapters') };
  const adapters = parsed.data as SiteAdapter[];
  const issues = adapters.flatMap((a, i) => checkAdapter(a, `adapters[${i}].`));
  const ids = new Set<string>();
  adapters.forEach((a, i) => {
    if (ids.has(a.id)) issues.push({ path: `adapters[${i}].id`, zh: `适配器 id 重复：${a.id}`, en: `Duplicate adapter id: ${a.id}` });
    ids.add(a.id);
  });
  return issues.length ? { ok: false, issues } : { ok: true, adapters };
}

/** Add or replace adapters by id (imported ones win). */
export function mergeAdapters(existing: readonly SiteAdapter[], incoming: readonly SiteAdapter[]): SiteAdapter[] {
  const byId = new Map(existing.map((a) => [a.id, a]));
  for (const a of incoming) byId.set(a.id, a);
  return [...byId.values()];
}

/** A fresh adapter id for the options page. */
export function newAdapterId(): string {
  return `adapter-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
